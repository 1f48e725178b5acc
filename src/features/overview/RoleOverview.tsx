import type { Guide } from '../../domain/guide';
import { CareerLadder } from './CareerLadder';
import { RoleSummary } from './RoleSummary';

/** The role and its ladder as the guide describes them. Default export: loaded on demand. */
export default function RoleOverview({ guide }: { guide: Guide }) {
  return (
    <>
      <RoleSummary guide={guide} />
      <CareerLadder guide={guide} />
    </>
  );
}
