/**
 * What a person said about their own skills: skill id → level on the guide's scale.
 * A missing (or undefined) entry means "not rated yet", which is deliberately not the
 * same as a rating of the bottom level: the app can then say "rate this" rather than
 * "you are far from this".
 */
export type Ratings = Readonly<Record<string, number | undefined>>;
