import guideJson from '../../data/careers/customer-care-representative.json';
import { parseGuide, type Guide, type Skill } from '../../src/domain/guide';

// The strings below were copied verbatim from the source career guide
// (customer-care-representative-career-guide.txt). The project never reads that file;
// these constants are the test's record of what the guide says.
const SOURCE = {
  growth: 'Growth Rate: 8%',
  growthStatus: 'Status: Growing faster than average',
  marketSource: 'Source: U.S. Bureau of Labor Statistics',
  range: '32,000—60,000',
  median: 'Median: $46,000',
  entryLevel: ['Entry-Level', '$36,200'] as const,
  midLevel: ['Mid-Level', '$46,000'] as const,
  seniorLevel: ['Senior-Level', '$55,800'] as const,
  top10: 'Top 10% of earners in this field can expect salaries starting from $60,000+ per year',
  tiers: [
    ['Junior Customer Care Representative', 'Experience: 0-2 years'],
    ['Mid-Level Customer Care Representative', 'Experience: 2-5 years'],
    ['Senior Customer Care Representative', 'Experience: 5-8 years'],
    ['Customer Care Team Lead / Supervisor', 'Experience: 8+ years'],
  ],
  skillMap: {
    'Foundational Skills': [
      'Effective Verbal Communication',
      'Active Listening',
      'Basic Computer Navigation',
      'Customer Empathy',
      'Time Management',
    ],
    'Technical & Process Skills': [
      'CRM Software Proficiency',
      'Helpdesk Ticket Management',
      'Multichannel Communication (Email, Chat, Social)',
      'Data Entry and Accuracy',
      'Basic Product Troubleshooting',
    ],
    'Professional & Leadership Skills': [
      'Conflict Resolution and De-escalation',
      'Performance Metrics Analysis',
      'Training and Mentoring Peers',
      'Cross-departmental Communication',
      'Emotional Intelligence',
    ],
  },
  techSkills: [
    'Proficiency in Customer Relationship Management (CRM) software',
    'Experience with helpdesk ticketing systems',
    'Knowledge of call center telephony systems and VOIP',
    'Familiarity with live chat and messaging platforms',
    'Basic troubleshooting for company products or services',
    'Data entry accuracy and speed',
    'Multitasking across multiple communication channels',
    'Use of Microsoft Office Suite (Word, Excel, Outlook)',
    'Understanding of knowledge base navigation',
    'Scheduling and workforce management software',
    'Basic analytics and performance reporting',
    'Use of social media to communicate with customers',
    'Conflict resolution software tools',
    'Call monitoring and recording technologies',
    'Multilingual support tools',
    'Security and data privacy protocols',
    'Screen sharing and remote assistance tools',
  ],
  softAbilities: [
    'Empathy and emotional intelligence',
    'Active listening',
    'Clear verbal communication',
    'Written communication proficiency',
    'Problem-solving mindset',
    'Patience and resilience',
    'Time management',
    'Adaptability and flexibility',
    'Team collaboration',
    'Conflict resolution and de-escalation',
    'Attention to detail',
    'Positive attitude',
    'Stress management',
    'Customer-centric approach',
    'Cultural sensitivity',
  ],
  techStack: [
    'Customer Relationship Management (CRM) Software – Salesforce, Zendesk, Freshdesk',
    'Helpdesk Ticketing Systems – Jira Service Desk, ServiceNow',
    'Call Center Software – Five9, Talkdesk, Genesys',
    'Live Chat Platforms – LiveChat, Intercom, Drift',
    'Email Management Tools – Microsoft Outlook, Gmail',
    'Social Media Management Tools – Hootsuite, Sprout Social',
    'Interactive Voice Response (IVR) Systems',
    'Knowledge Base Software – Confluence, Guru',
    'Collaboration Platforms – Slack, Microsoft Teams',
    'Phone and VOIP Systems – RingCentral, Zoom Phone',
    'Analytics and Reporting Tools – Tableau, Power BI',
    'Screen Sharing and Remote Support Tools – TeamViewer, LogMeIn',
    'Scheduling and Workforce Management Software – Kronos, When I Work',
    'Typing and Data Entry Software – TextExpander, Grammarly',
    'Customer Feedback and Survey Tools – SurveyMonkey, Qualtrics',
    'Multilingual Support Tools – Google Translate, LanguageLine Solutions',
    'Call Recording and Monitoring Software',
    'Security and Compliance Monitoring Platforms',
  ],
  // A sample of the guide's prose, for the "not copied" check.
  sentences: [
    'A Customer Care Representative serves as the frontline liaison between a company and its customers, ensuring inquiries, concerns, and requests are handled efficiently and with empathy. They play a pivotal role in maintaining customer satisfaction by providing timely solutions, helping retain business, and positively shaping the brand’s reputation through every interaction.',
    'At the entry level, Junior Customer Care Representatives focus on mastering company products and services, honing communication techniques, and learning to navigate CRM and support systems. These individuals handle routine inquiries and straightforward requests under supervision while developing the ability to manage multiple communication channels effectively. Emphasis is placed on acquiring listening skills, patience, and basic problem-solving. They often receive structured guidance and feedback to build confidence and professionalism.',
    'Mid-level representatives possess refined interpersonal and technical skills that enable them to handle complex queries independently. They are proficient in a variety of support tools and may specialize in areas such as technical support, billing, or escalations. These agents contribute to process improvements by sharing insights from customer feedback and may assist in training junior team members. Reliability, multitasking, and consistent achievement of performance metrics characterize this stage.',
    'Senior Customer Care Representatives are seasoned professionals who manage high-pressure situations and difficult clients with confidence and empathy. They serve as role models and may oversee critical accounts or complex service issues. Their contributions extend to developing training materials, leading small teams, and working closely with cross-functional departments to enhance customer experience strategies. Expertise in data-driven insights and leadership skills becomes essential at this level.',
    'In leadership roles, Customer Care Team Leads coordinate daily operations, monitor team performance, and implement quality assurance processes. They act as the bridge between frontline staff and management, resolving workflow issues and facilitating training programs. Strategic planning and reporting responsibilities increase, with a focus on achieving department goals and nurturing talent within the team. Experience with workforce management software and advanced communication is critical.',
    'Core competencies every Customer Care Representative must develop to succeed in day-to-day communications and problem-solving.',
    'Intermediate skills involving technology, process adherence, and data handling required for efficient customer service delivery.',
    'Skills that support team collaboration, leadership potential, and career growth in customer care environments.',
    'Deep product or service knowledge significantly influences your ability to resolve issues quickly and accurately, boosting customer trust and satisfaction. Continuous learning about company offerings is key.',
    'Always prioritize active listening before responding to fully understand the customer’s needs.',
    'Many companies now offer remote customer service positions, especially for roles that primarily handle digital communications. However, some employers require onsite attendance, particularly for technical or sensitive support positions.',
  ],
};

/** "$36,200" / "32,000" / "Median: $46,000" → the first number in the string. */
const firstAmount = (s: string): number => Number(/\d[\d,]*/.exec(s)![0].replace(/,/g, ''));

const parsed = parseGuide(guideJson);
if (!parsed.ok) throw new Error(`The default guide does not parse:\n${parsed.errors.join('\n')}`);
const guide: Guide = parsed.guide;
const tierIds = guide.tiers.map((t) => t.id);
const figure = (id: string) => guide.salary.figures.find((f) => f.id === id);
const vector = (skill: Skill) => tierIds.map((t) => skill.requirements[t]).join('/');
const lower = (s: string) => s.toLowerCase();

describe('default guide: customer care representative', () => {
  it('parses with no errors', () => {
    expect(parseGuide(guideJson)).toMatchObject({ ok: true });
    expect(guide.formatVersion).toBe(1);
    expect(guide.id).toBe('customer-care-representative');
    expect(guide.role.title).toBe('Customer Care Representative');
  });

  it('carries the market figures over from the source', () => {
    expect(guide.role.market.growthRatePercent).toBe(firstAmount(SOURCE.growth));
    expect(guide.role.market.growthStatus).toBe(SOURCE.growthStatus.replace('Status: ', ''));
    expect(guide.role.market.source).toBe(SOURCE.marketSource.replace('Source: ', ''));
    expect(guide.role.market.demand).toBe('high');
    expect(guide.role.market.remoteFriendly).toBe(true);
  });

  it('carries the salary figures over from the source', () => {
    const [min, max] = SOURCE.range.split('—').map(firstAmount);
    expect(guide.salary).toMatchObject({ currency: 'USD', period: 'year', range: { min, max } });
    expect(guide.salary.median).toBe(firstAmount(SOURCE.median));
    const levels = [
      ['entry-level', 'junior', SOURCE.entryLevel],
      ['mid-level', 'mid', SOURCE.midLevel],
      ['senior-level', 'senior', SOURCE.seniorLevel],
    ] as const;
    for (const [id, tierId, [label, amount]] of levels) {
      expect(figure(id)).toMatchObject({ label, amount: firstAmount(amount), kind: 'point', tierId });
    }
  });

  it('shows the top-10% threshold as a lower bound, never as the team lead’s salary', () => {
    const top = figure('top-10-percent');
    expect(top).toMatchObject({ amount: firstAmount(SOURCE.top10.split('$')[1]!), kind: 'lowerBound' });
    expect(SOURCE.top10).toContain('starting from');
    expect(top?.note).toMatch(/no .*Team Lead/i);
    const teamLeadFigures = guide.salary.figures.filter((f) => f.tierId === 'team-lead');
    expect(teamLeadFigures.every((f) => f.kind !== 'point' && f.kind !== 'median')).toBe(true);
  });

  it('has the four tiers with the exact titles and experience ranges', () => {
    expect(tierIds).toEqual(['junior', 'mid', 'senior', 'team-lead']);
    guide.tiers.forEach((tier, i) => {
      const [title, experience] = SOURCE.tiers[i]!;
      expect(tier.title).toBe(title);
      const [, from, to] = /(\d+)(?:-(\d+)|\+)/.exec(experience!)!;
      expect(tier.experience).toEqual({
        minYears: Number(from),
        maxYears: to === undefined ? null : Number(to),
      });
    });
  });

  it('has exactly the five skill-map skills in each skill-map category', () => {
    for (const [categoryName, names] of Object.entries(SOURCE.skillMap)) {
      const category = guide.categories.find((c) => c.name === categoryName);
      expect(category, categoryName).toBeDefined();
      const inCategory = guide.skills.filter((s) => s.categoryId === category!.id).map((s) => s.name);
      expect(inCategory).toEqual(names);
    }
  });

  it('links the skill-map categories in the order of the map, supporting categories into them', () => {
    const leadsTo = Object.fromEntries(guide.categories.map((c) => [c.id, c.leadsTo ?? []]));
    expect(guide.categories.map((c) => c.id)).toEqual([
      'foundational',
      'technical-process',
      'professional-leadership',
      'tech-skills',
      'soft-abilities',
    ]);
    expect(leadsTo).toEqual({
      foundational: ['technical-process'],
      'technical-process': ['professional-leadership'],
      'professional-leadership': [],
      'tech-skills': ['technical-process'],
      'soft-abilities': ['professional-leadership'],
    });
  });

  it('accounts for every Tech Skills and Soft Abilities item exactly once', () => {
    for (const item of [...SOURCE.techSkills, ...SOURCE.softAbilities]) {
      const matches = guide.skills.filter(
        (s) => lower(s.name) === lower(item) || (s.aliases ?? []).some((a) => lower(a) === lower(item)),
      );
      expect(
        matches.map((s) => s.name),
        item,
      ).toHaveLength(1);
      // Either the skill is named after the item, or the guide's exact wording is kept as an alias.
      const [skill] = matches;
      expect(lower(skill!.name) === lower(item) || (skill!.aliases ?? []).includes(item), item).toBe(true);
    }
    const supporting = guide.skills.filter((s) => ['tech-skills', 'soft-abilities'].includes(s.categoryId));
    expect(guide.skills).toHaveLength(15 + supporting.length);
    expect(guide.skills).toHaveLength(34);
  });

  it('names no ability twice', () => {
    const terms = guide.skills.flatMap((s) => [s.name, ...(s.aliases ?? [])]).map(lower);
    expect(terms.length).toBe(new Set(terms).size);
    const ids = guide.skills.map((s) => s.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('gives every skill a requirement for every tier, never decreasing with the tier', () => {
    for (const skill of guide.skills) {
      const levels = tierIds.map((t) => skill.requirements[t]);
      expect(
        levels.every((l) => typeof l === 'number'),
        skill.id,
      ).toBe(true);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]!, skill.id).toBeGreaterThanOrEqual(levels[i - 1]!);
    }
  });

  it('explains every departure from a category’s usual requirements, and only those', () => {
    for (const category of guide.categories) {
      const skills = guide.skills.filter((s) => s.categoryId === category.id);
      const counts = new Map<string, number>();
      for (const skill of skills) counts.set(vector(skill), (counts.get(vector(skill)) ?? 0) + 1);
      const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      // The default must be unambiguous: strictly more common than any other vector.
      expect(sorted.length === 1 || sorted[0]![1] > sorted[1]![1], category.id).toBe(true);
      const usual = sorted[0]![0];
      for (const skill of skills) {
        if (vector(skill) === usual) expect(skill.rationale, skill.id).toBeUndefined();
        else expect(skill.rationale?.length ?? 0, skill.id).toBeGreaterThan(20);
      }
    }
    expect(guide.requirementsNote).toBeTruthy();
  });

  it('gives every category a rationale for every tier', () => {
    for (const category of guide.categories) {
      expect(Object.keys(category.rationale).sort(), category.id).toEqual([...tierIds].sort());
    }
  });

  it('carries over the tech stack with exact tool names', () => {
    expect(guide.techStack).toHaveLength(SOURCE.techStack.length);
    guide.techStack.forEach((entry, i) => {
      const [name, tools] = SOURCE.techStack[i]!.split(' – ');
      expect(entry.name).toBe(name);
      expect(entry.examples).toEqual(tools ? tools.split(', ') : []);
      expect(entry.skillIds.length, entry.name).toBeGreaterThan(0);
    });
  });

  it('has 8 advice items and 8 mistakes, each linked to skills', () => {
    expect(guide.advice).toHaveLength(8);
    expect(guide.commonMistakes).toHaveLength(8);
    for (const item of [...guide.advice, ...guide.commonMistakes]) {
      expect(item.skillIds.length, item.id).toBeGreaterThan(0);
    }
    const linked = new Set([...guide.advice, ...guide.commonMistakes].flatMap((item) => item.skillIds));
    const skillMap = Object.values(SOURCE.skillMap).flat();
    for (const name of skillMap) {
      const skill = guide.skills.find((s) => s.name === name)!;
      expect(linked.has(skill.id), name).toBe(true);
    }
  });

  it('has the other sections complete', () => {
    expect(guide.responsibilities).toHaveLength(15);
    expect(guide.dayInTheLife.map((d) => d.hours)).toEqual([
      '9:00 AM - 12:00 PM',
      '12:00 PM - 3:00 PM',
      '3:00 PM - 6:00 PM',
    ]);
    expect(guide.prosAndCons?.pros).toHaveLength(6);
    expect(guide.prosAndCons?.cons).toHaveLength(6);
    expect(guide.faq).toHaveLength(8);
    expect(guide.education?.certifications).toContain('Certified Customer Service Professional (CCSP)');
    expect(guide.scale.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
  });

  it('has the three portfolio metrics with their units and directions', () => {
    expect(
      guide.portfolioMetrics.map(({ id, unit, higherIsBetter }) => ({ id, unit, higherIsBetter })),
    ).toEqual([
      { id: 'customer-satisfaction', unit: 'percent', higherIsBetter: true },
      { id: 'first-contact-resolution', unit: 'percent', higherIsBetter: true },
      { id: 'average-handle-time', unit: 'minutes', higherIsBetter: false },
    ]);
  });

  it('words its descriptions itself instead of copying the guide', () => {
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’']/g, "'")
        .split(/[^a-z0-9']+/)
        .filter(Boolean);
    const RUN = 12;
    const runs = new Set<string>();
    for (const sentence of SOURCE.sentences) {
      const w = words(sentence);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
    const prose = [
      guide.role.summary,
      ...guide.tiers.map((t) => t.description),
      ...guide.categories.map((c) => c.description),
      ...guide.skills.map((s) => s.description),
      ...guide.advice.map((a) => a.text),
      ...guide.commonMistakes.map((m) => m.text),
      ...guide.faq.map((f) => f.answer),
    ];
    for (const text of prose) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++)
        expect(runs.has(w.slice(i, i + RUN).join(' ')), text).toBe(false);
    }
  });
});
