import type { MessageKey } from '../../i18n/catalogue';
import type { FieldProblem } from '../../ui/server-errors';
import { formatDeadline, parseDeadline, yearOfMonth, type DeadlineProblem } from './deadline';

export type CampaignKindValue = 'ANNUAL' | 'THEMATIC' | 'PHASE';
export type CalendarValue = 'SCHOOL_YEAR' | 'CALENDAR_YEAR';
export type CriterionTargetValue = 'COLLECTIVE' | 'INDIVIDUAL' | 'LEADER';

export interface Choice {
  id: string;
  name: string;
}

export interface CriterionDraft {
  key: string;
  target: CriterionTargetValue;
  text: string;
  evaluator: Choice | null;
}

export interface QuotaDraft {
  key: string;
  /** An organization of the campaign's scope or one of the emulation groups it may use. */
  owner: (Choice & { type: 'organization' | 'group' }) | null;
  min: string;
  max: string;
}

export interface CampaignDraft {
  title: string;
  kind: CampaignKindValue;
  calendar: CalendarValue;
  year: string;
  endYear: string;
  registration: string;
  proposal: string;
  escalation: string;
  criteria: CriterionDraft[];
  quotas: QuotaDraft[];
  distinctionCodes: string[];
}

/** The server's limits (services/campaigns: campaign.service.ts). */
export const LIMITS = { title: 500, text: 5_000, minYear: 2000, maxYear: 2100 } as const;

/** The five-year phase holding `year` ends in: 2021–2025, 2026–2030 (SPEC 9). */
export function phaseEnd(year: number): number {
  return 2021 + 5 * Math.floor((year - 2021) / 5) + 4;
}

/** Institutions, their units and mass organizations run by school year (the server's default). */
export function defaultCalendar(orgKind: string | undefined): CalendarValue {
  return orgKind === 'INSTITUTION' || orgKind === 'UNIT' || orgKind === 'MASS_ORGANIZATION'
    ? 'SCHOOL_YEAR'
    : 'CALENDAR_YEAR';
}

export function emptyDraft(orgKind: string | undefined, now = new Date()): CampaignDraft {
  return {
    title: '',
    kind: 'ANNUAL',
    calendar: defaultCalendar(orgKind),
    year: String(now.getFullYear()),
    endYear: '',
    registration: '',
    proposal: '',
    escalation: '',
    criteria: [],
    quotas: [],
    distinctionCodes: [],
  };
}

const DEADLINE_KEYS: Record<DeadlineProblem, MessageKey> = {
  empty: 'campaigns.problem.required',
  format: 'campaigns.problem.deadlineFormat',
  hour: 'campaigns.problem.deadlineHour',
  day: 'campaigns.problem.deadlineDay',
};

export type Problems = Record<string, { key: MessageKey; params?: Record<string, string | number> }>;

function yearOf(draft: CampaignDraft): number | null {
  const year = Number(draft.year);
  return Number.isInteger(year) && draft.year.trim() !== '' ? year : null;
}

/** A deadline field's instant, with the campaign's year filling in a missing one. */
export function deadlineOf(draft: CampaignDraft, text: string) {
  const year = yearOf(draft) ?? new Date().getFullYear();
  return parseDeadline(text, (month) => yearOfMonth(year, draft.calendar, month));
}

/** The input createCampaign takes, once `validateDraft` finds nothing wrong. */
export function toCreateInput(draft: CampaignDraft, organizationId: string, parentId: string | null) {
  const iso = (text: string) => {
    const parsed = deadlineOf(draft, text);
    return parsed.ok ? parsed.iso : '';
  };
  const year = Number(draft.year);
  return {
    organizationId,
    parentId,
    title: draft.title.trim(),
    kind: draft.kind,
    calendar: draft.calendar,
    year,
    endYear: draft.kind === 'PHASE' && draft.endYear.trim() ? Number(draft.endYear) : null,
    registrationDeadline: iso(draft.registration),
    proposalDeadline: iso(draft.proposal),
    escalationDeadline: draft.escalation.trim() ? iso(draft.escalation) : null,
    criteria: criteriaInput(draft),
    quotas: quotasInput(draft),
    distinctionCodes: draft.distinctionCodes,
  };
}

export function criteriaInput(draft: CampaignDraft) {
  return draft.criteria.map((c) => ({
    target: c.target,
    text: c.text.trim(),
    evaluatorOrganizationId: c.evaluator?.id ?? null,
  }));
}

export function quotasInput(draft: CampaignDraft) {
  return draft.quotas.map((q) => ({
    organizationId: q.owner?.type === 'organization' ? q.owner.id : null,
    groupId: q.owner?.type === 'group' ? q.owner.id : null,
    min: Number(q.min),
    max: Number(q.max),
  }));
}

const wholeNumber = (text: string) => /^\d+$/.test(text.trim());

/**
 * The server's rules, checked as the user types (the server still has the last word): a title,
 * a year in range, a PHASE's end year, deadlines with an hour and in order, criteria with text,
 * quotas with an owner and 0 ≤ min ≤ max, each owner once.
 */
export function validateDraft(draft: CampaignDraft, options: { requireDeadlines?: boolean } = {}): Problems {
  const problems: Problems = {};
  const title = draft.title.trim();
  if (!title) problems.title = { key: 'campaigns.problem.required' };
  else if (title.length > LIMITS.title)
    problems.title = { key: 'campaigns.problem.tooLong', params: { max: LIMITS.title } };
  const year = yearOf(draft);
  if (year === null || year < LIMITS.minYear || year > LIMITS.maxYear)
    problems.year = { key: 'campaigns.problem.year', params: { min: LIMITS.minYear, max: LIMITS.maxYear } };
  if (draft.kind === 'PHASE' && draft.endYear.trim() && year !== null) {
    const end = Number(draft.endYear);
    if (!Number.isInteger(end) || end <= year || end > year + 10)
      problems.endYear = { key: 'campaigns.problem.endYear' };
  }
  const required = options.requireDeadlines ?? true;
  const instants: Partial<Record<'registration' | 'proposal' | 'escalation', number>> = {};
  for (const field of ['registration', 'proposal', 'escalation'] as const) {
    const text = draft[field];
    if (!text.trim() && (field === 'escalation' || !required)) continue;
    const parsed = deadlineOf(draft, text);
    if (parsed.ok) instants[field] = new Date(parsed.iso).getTime();
    else problems[field] = { key: DEADLINE_KEYS[parsed.problem] };
  }
  if (instants.registration !== undefined && instants.proposal !== undefined)
    if (instants.proposal < instants.registration)
      problems.proposal = { key: 'campaigns.problem.proposalOrder' };
  if (instants.proposal !== undefined && instants.escalation !== undefined)
    if (instants.escalation < instants.proposal)
      problems.escalation = { key: 'campaigns.problem.escalationOrder' };
  draft.criteria.forEach((c, i) => {
    const text = c.text.trim();
    if (!text) problems[`criteria[${i}].text`] = { key: 'campaigns.problem.required' };
    else if (text.length > LIMITS.text)
      problems[`criteria[${i}].text`] = { key: 'campaigns.problem.tooLong', params: { max: LIMITS.text } };
  });
  const owners = new Set<string>();
  draft.quotas.forEach((q, i) => {
    if (!q.owner) problems[`quotas[${i}]`] = { key: 'campaigns.problem.quotaOwner' };
    else if (owners.has(`${q.owner.type}:${q.owner.id}`))
      problems[`quotas[${i}]`] = { key: 'campaigns.problem.quotaTwice' };
    if (q.owner) owners.add(`${q.owner.type}:${q.owner.id}`);
    if (!wholeNumber(q.min)) problems[`quotas[${i}].min`] = { key: 'campaigns.problem.quotaNumber' };
    if (!wholeNumber(q.max)) problems[`quotas[${i}].max`] = { key: 'campaigns.problem.quotaNumber' };
    else if (wholeNumber(q.min) && Number(q.max) < Number(q.min))
      problems[`quotas[${i}].max`] = { key: 'campaigns.problem.quotaOrder' };
  });
  return problems;
}

/** The server's field names → the form's. */
const SERVER_FIELDS: Record<string, string> = {
  registrationDeadline: 'registration',
  proposalDeadline: 'proposal',
  escalationDeadline: 'escalation',
};

/** The server's problem, in words: known messages by their wording, else "not accepted". */
const SERVER_MESSAGES: [RegExp, MessageKey][] = [
  [/must not be empty/, 'campaigns.problem.required'],
  [/before the registration deadline/, 'campaigns.problem.proposalOrder'],
  [/before the proposal deadline/, 'campaigns.problem.escalationOrder'],
  [/before the parent campaign's/, 'campaigns.problem.parentBound'],
  [/within the parent campaign's years/, 'campaigns.problem.parentYears'],
  [/inside the parent campaign's scope/, 'campaigns.problem.parentScope'],
  [/the parent campaign is/, 'campaigns.problem.parentClosed'],
  [/emulation groups/, 'campaigns.problem.parentGroups'],
  [/campaign's scope/, 'campaigns.problem.scope'],
  [/less than min/, 'campaigns.problem.quotaOrder'],
  [/0 or more/, 'campaigns.problem.quotaNumber'],
  [/second quota/, 'campaigns.problem.quotaTwice'],
  [/exactly one of organizationId and groupId/, 'campaigns.problem.quotaOwner'],
  [/an OPEN campaign keeps/, 'campaigns.problem.openKeeps'],
  [/child campaign .* has a deadline after it/, 'campaigns.problem.childAfter'],
  [/must be after year/, 'campaigns.problem.endYear'],
  [/must be a year between/, 'campaigns.problem.year'],
  [/characters/, 'campaigns.problem.tooLong'],
];

/** The server's `extensions.fields`, placed on the form's fields and said in Vietnamese. */
export function serverProblems(problems: readonly FieldProblem[]): Problems {
  const out: Problems = {};
  for (const { field, message } of problems) {
    const name =
      SERVER_FIELDS[field] ?? field.replace(/\.(evaluatorOrganizationId|organizationId|groupId)$/, '');
    const key = SERVER_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? 'campaigns.problem.server';
    const iso = /\((\d{4}-\d{2}-\d{2}T[^)]+)\)/.exec(message)?.[1];
    const years = /(\d{4})–(\d{4})/.exec(message);
    out[name] ??= {
      key,
      params: {
        max:
          key === 'campaigns.problem.year'
            ? LIMITS.maxYear
            : Number(/at most (\d+)/.exec(message)?.[1] ?? LIMITS.title),
        min: LIMITS.minYear,
        date: iso ? formatDeadline(iso) : '',
        from: years?.[1] ?? '',
        to: years?.[2] ?? '',
      },
    };
  }
  return out;
}

const CHANGE_FIELDS: Record<string, MessageKey> = {
  registrationDeadline: 'campaigns.field.registration',
  proposalDeadline: 'campaigns.field.proposal',
  escalationDeadline: 'campaigns.field.escalation',
};

/**
 * A history entry's `change` ("proposalDeadline 2026-11-30T10:00:00.000Z → 2026-12-15T10:00:00.000Z")
 * with the deadlines' names in words and their instants in local time; other parts as they are.
 */
export function describeChange(change: string, t: (key: MessageKey) => string): string {
  return change
    .split('; ')
    .map((part) => {
      const deadline = /^(\w+Deadline) (\S+) → (\S+)$/.exec(part);
      if (!deadline || !CHANGE_FIELDS[deadline[1]!]) return part;
      const at = (iso: string) => (iso === 'none' ? '—' : formatDeadline(iso));
      return `${t(CHANGE_FIELDS[deadline[1]!]!)}: ${at(deadline[2]!)} → ${at(deadline[3]!)}`;
    })
    .join('; ');
}
