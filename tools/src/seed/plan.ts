import type { NominationStageValue } from '@laurel/contracts';
/**
 * The reference dataset of docs/API.md §4, as arithmetic: how many of everything at a scale, which
 * organization each row hangs under, which stage each nomination reached. `national.ts` turns the
 * same formulas into set-based SQL; this file also counts what they produce, so that the sizes
 * (council size, ballot choices) are known before a row is written.
 */

/** docs/API.md §4's national figures (scale 1). */
export const FULL = {
  provinces: 34,
  districts: 700,
  institutions: 55_000,
  units: 250_000,
  people: 1_500_000,
  nominations: 1_000_000,
  ballotChoices: 5_000_000,
} as const;

/** A nomination's stage (`@laurel/contracts`). */
export type Stage = NominationStageValue;

/** Levels of the cascade: district campaigns (where schools submit), province, nation. */
export type Level = 0 | 1 | 2;

/**
 * Stage by bucket (0–99) per level, as `[upper bound, stage]`. District campaigns hold every stage;
 * what is escalated reaches the province campaign as PROPOSED, and a few go on to the nation.
 */
export const STAGE_BUCKETS: Record<Level, readonly (readonly [number, Stage])[]> = {
  0: [
    [25, 'REGISTERED'],
    [40, 'PROPOSED'],
    [45, 'UNDER_REVIEW'],
    [55, 'COUNCIL_APPROVED'],
    [63, 'COUNCIL_REJECTED'],
    [85, 'RECOGNIZED'],
    [90, 'ESCALATED'],
    [95, 'RETURNED'],
    [100, 'WITHDRAWN'],
  ],
  1: [
    [40, 'PROPOSED'],
    [50, 'UNDER_REVIEW'],
    [62, 'COUNCIL_APPROVED'],
    [72, 'COUNCIL_REJECTED'],
    [92, 'RECOGNIZED'],
    [100, 'ESCALATED'],
  ],
  2: [
    [50, 'PROPOSED'],
    [60, 'UNDER_REVIEW'],
    [75, 'COUNCIL_APPROVED'],
    [85, 'COUNCIL_REJECTED'],
    [100, 'RECOGNIZED'],
  ],
};

/**
 * The bucket of the base nomination `k` at each level, as integer arithmetic that SQL computes
 * the same way (`bucketSql`). Level 0 depends on `k mod 100`, the others mostly on `k div 100`,
 * so that the few escalated ones still spread over the stages above.
 */
export function bucket(level: Level, k: number): number {
  const r = k % 100;
  const q = Math.floor(k / 100);
  if (level === 0) return (r * 19) % 100;
  if (level === 1) return (q * 61 + r * 7 + 17) % 100;
  return (q * 43 + r * 29 + Math.floor(k / 10_000) * 7 + 5) % 100;
}

export function bucketSql(level: Level, k: string): string {
  if (level === 0) return `((${k} % 100) * 19 % 100)`;
  if (level === 1) return `(((${k} / 100) * 61 + (${k} % 100) * 7 + 17) % 100)`;
  return `(((${k} / 100) * 43 + (${k} % 100) * 29 + (${k} / 10000) * 7 + 5) % 100)`;
}

/** Without a sealing key no open session can be seeded: UNDER_REVIEW becomes PROPOSED. */
export function stageOf(level: Level, k: number, openSessions: boolean): Stage {
  const b = bucket(level, k);
  const stage = STAGE_BUCKETS[level].find(([upper]) => b < upper)![1];
  return stage === 'UNDER_REVIEW' && !openSessions ? 'PROPOSED' : stage;
}

export function stageSql(level: Level, k: string, openSessions: boolean): string {
  const b = bucketSql(level, k);
  const arms = STAGE_BUCKETS[level].map(
    ([upper, stage]) =>
      `WHEN ${b} < ${upper} THEN '${stage === 'UNDER_REVIEW' && !openSessions ? 'PROPOSED' : stage}'`,
  );
  return `(CASE ${arms.join(' ')} END)`;
}

/** Stages a nomination reaches only through a council vote, and those of a closed session. */
export const VOTED: readonly Stage[] = [
  'UNDER_REVIEW',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
  'RECOGNIZED',
  'ESCALATED',
];
export const DECIDED: readonly Stage[] = VOTED.filter((s) => s !== 'UNDER_REVIEW');
export const PASSED: readonly Stage[] = ['COUNCIL_APPROVED', 'RECOGNIZED', 'ESCALATED'];

/**
 * The stages a nomination went through to reach `stage`, in order. Escalated (linked) nominations
 * start PROPOSED in the campaign above; a withdrawal here is from REGISTERED.
 */
export function pathTo(stage: Stage, linked: boolean): Stage[] {
  const council: Record<string, Stage[]> = {
    UNDER_REVIEW: ['UNDER_REVIEW'],
    COUNCIL_APPROVED: ['UNDER_REVIEW', 'COUNCIL_APPROVED'],
    COUNCIL_REJECTED: ['UNDER_REVIEW', 'COUNCIL_REJECTED'],
    RECOGNIZED: ['UNDER_REVIEW', 'COUNCIL_APPROVED', 'RECOGNIZED'],
    ESCALATED: ['UNDER_REVIEW', 'COUNCIL_APPROVED', 'RECOGNIZED', 'ESCALATED'],
    // Not seeded (no bucket): a revocation follows a recognition.
    REVOKED: ['UNDER_REVIEW', 'COUNCIL_APPROVED', 'RECOGNIZED', 'REVOKED'],
  };
  const start: Stage[] = linked ? ['PROPOSED'] : ['REGISTERED', 'PROPOSED'];
  if (stage === 'REGISTERED') return ['REGISTERED'];
  if (stage === 'WITHDRAWN') return ['REGISTERED', 'WITHDRAWN'];
  if (stage === 'PROPOSED') return start;
  if (stage === 'RETURNED') return [...start, 'RETURNED'];
  return [...start, ...council[stage]!];
}

/** Distinctions without prerequisites in the catalogue: what district campaigns lead to. */
export const INDIVIDUAL_CODES = ['LAO_DONG_TIEN_TIEN', 'DIEN_HINH_TIEN_TIEN_CA_NHAN', 'GIAY_KHEN'] as const;
export const COLLECTIVE_CODES = ['TAP_THE_LAO_DONG_TIEN_TIEN', 'DIEN_HINH_TIEN_TIEN_TAP_THE'] as const;

/** Slates of at most this many nominations per voting session. */
export const SLATE = 50;

export interface SeedPlan {
  scale: number;
  /** The campaigns' emulation year. */
  year: number;
  provinces: number;
  districts: number;
  institutions: number;
  units: number;
  /** Members of each council (nation, provinces, district offices), chosen to reach the ballot choices. */
  councilSize: number;
  /** Organizations with a council: the nation, every province, every district office. */
  councilOrgs: number;
  /** Staff of the councils' organizations (councilSize each), then leaders, then teachers. */
  officials: number;
  staff: number;
  people: number;
  /** Nominations submitted by schools and units into their district's campaign. */
  base: number;
  /** Escalated to the province campaigns, and from there to the nation's. */
  toProvince: number;
  toNation: number;
  nominations: number;
  openSessions: boolean;
  /** Nominations decided in closed sessions, and their ballot choices (× councilSize). */
  decided: number;
  ballotChoices: number;
  byStage: Record<string, number>;
}

/**
 * District-level nominations are added one by one (with what each escalation adds above) until
 * the total reaches `wanted`: one pass, whatever the scale.
 */
function count(wanted: number, openSessions: boolean) {
  let base = 0;
  let toProvince = 0;
  let toNation = 0;
  let decided = 0;
  const byStage: Record<string, number> = {};
  for (let k = 0; ; k++) {
    const chain: Stage[] = [stageOf(0, k, openSessions)];
    if (chain[0] === 'ESCALATED') chain.push(stageOf(1, k, openSessions));
    if (chain[1] === 'ESCALATED') chain.push(stageOf(2, k, openSessions));
    if (base + toProvince + toNation + chain.length > wanted) break;
    base += 1;
    if (chain.length > 1) toProvince += 1;
    if (chain.length > 2) toNation += 1;
    for (const stage of chain) {
      byStage[stage] = (byStage[stage] ?? 0) + 1;
      if (DECIDED.includes(stage)) decided += 1;
    }
  }
  return { base, toProvince, toNation, decided, byStage };
}

/** Every size at `scale` (1 = docs/API.md §4's national figures), never below a coherent minimum. */
export function planNational(scale: number, options: { year: number; openSessions: boolean }): SeedPlan {
  if (!(scale > 0) || scale > 10) throw new Error(`SEED_SCALE must be above 0 and at most 10 (got ${scale})`);
  const at = (n: number) => Math.round(n * scale);
  const provinces = Math.max(2, at(FULL.provinces));
  const districts = Math.max(provinces, at(FULL.districts));
  const institutions = Math.max(districts * 2, at(FULL.institutions));
  const units = Math.max(institutions * 2, at(FULL.units));
  const wanted = Math.max(50, at(FULL.nominations));

  const counted = count(wanted, options.openSessions);
  const base = counted.base;

  const councilSize = Math.min(
    31,
    Math.max(5, Math.round(at(FULL.ballotChoices) / Math.max(1, counted.decided))),
  );
  const councilOrgs = 1 + provinces + districts;
  const officials = councilSize * councilOrgs;
  // Every school and unit has its head; the rest teach in units. Individuals nominated are
  // teachers (never heads: the leader rule stays trivially true), at most three distinctions each.
  const individuals = base - Math.floor((base + 1) / 5);
  const staff = Math.max(
    at(FULL.people) - officials - institutions - units,
    Math.ceil(individuals / 3) + units,
  );
  const people = officials + institutions + units + staff;
  if (Math.floor(base / 5) >= units * 2 || Math.floor(base / 25) >= institutions * 2)
    throw new Error('too many collective nominations for the organizations at this scale');
  return {
    scale,
    year: options.year,
    provinces,
    districts,
    institutions,
    units,
    councilSize,
    councilOrgs,
    officials,
    staff,
    people,
    base,
    toProvince: counted.toProvince,
    toNation: counted.toNation,
    nominations: base + counted.toProvince + counted.toNation,
    openSessions: options.openSessions,
    decided: counted.decided,
    ballotChoices: counted.decided * councilSize,
    byStage: counted.byStage,
  };
}
