import type { CatalogueDistinction, CatalogueRequirement } from '../peers';

/** What the pathway knows of a nominee: its ledger and its recognized initiatives' reaches. */
export interface Standing {
  /** distinction code -> the years it was held. */
  held: Map<string, Set<number>>;
  /** The widest reach of a recognized initiative authored by the nominee, if any. */
  initiativeReach: 'INSTITUTION' | 'PROVINCE' | 'NATION' | null;
}

export interface Step {
  code: string;
  eligible: boolean;
  missing: string[];
  earliestYear: number | null;
}

const REACH_ORDER = ['INSTITUTION', 'PROVINCE', 'NATION'];
const REACH_VI: Record<string, string> = {
  INSTITUTION: 'cấp cơ sở',
  PROVINCE: 'cấp tỉnh',
  NATION: 'toàn quốc',
};

/** A recognized initiative at `reach` or wider satisfies an initiative condition at `reach`. */
export function initiativeSatisfies(have: string | null, wanted: string): boolean {
  return have !== null && REACH_ORDER.indexOf(have) >= REACH_ORDER.indexOf(wanted);
}

function list(years: number[]): string {
  return years.length === 1 ? `năm ${years[0]}` : `các năm ${years.join(', ')}`;
}

interface Judged {
  holds: boolean;
  sentence: string | null;
  /** The first year it can hold, given the distinction every year from `year` on; null: unknown. */
  earliest: number | null;
}

/**
 * One requirement for the year considered (`year`, this year): the same reading as the
 * nominations subgraph's eligibility check — once (without "consecutive") in the year itself, a
 * run of consecutive years ending this year or last, or a number of times up to this year.
 */
function judge(
  req: CatalogueRequirement,
  standing: Standing,
  year: number,
  nameOf: (code: string) => string,
): Judged {
  if (req.kind === 'DISTINCTION' && req.code && req.times) {
    const years = standing.held.get(req.code) ?? new Set<number>();
    const name = nameOf(req.code);
    const times = req.times;
    if (req.consecutive) {
      const run = (end: number) => Array.from({ length: times }, (_, i) => end - times + 1 + i);
      if ([year, year - 1].some((end) => run(end).every((y) => years.has(y))))
        return { holds: true, sentence: null, earliest: year };
      // The first window, ending this year or later, whose past years are all held.
      for (let end = year; ; end++) {
        const window = run(end);
        if (window.every((y) => years.has(y) || y >= year)) {
          const lacking = window.filter((y) => !years.has(y));
          return {
            holds: false,
            sentence: `Cần ${times} năm liên tục đạt ${name}; còn thiếu ${list(lacking)}.`,
            earliest: end,
          };
        }
      }
    }
    if (times === 1) {
      if (years.has(year)) return { holds: true, sentence: null, earliest: year };
      return { holds: false, sentence: `Cần đạt ${name} năm ${year}.`, earliest: year };
    }
    const count = [...years].filter((y) => y <= year).length;
    if (count >= times) return { holds: true, sentence: null, earliest: year };
    const lacking = times - count;
    return {
      holds: false,
      sentence: `Cần ${times} lần đạt ${name}; còn thiếu ${lacking} lần.`,
      earliest: year + lacking - (years.has(year) ? 0 : 1),
    };
  }
  if (req.kind === 'INITIATIVE' && req.reach) {
    if (initiativeSatisfies(standing.initiativeReach, req.reach))
      return { holds: true, sentence: null, earliest: year };
    return {
      holds: false,
      sentence: `Cần một sáng kiến được công nhận ${REACH_VI[req.reach] ?? req.reach}.`,
      // An initiative may be recognized any year, this one included.
      earliest: year,
    };
  }
  // What the platform cannot know (a performance rating, applied research, members' results) is
  // the council's and the dossier's to show, as at recognition.
  return { holds: true, sentence: null, earliest: year };
}

/**
 * The higher distinctions of the nominee's target: those whose prerequisites lead, directly or
 * through others, from a distinction the nominee holds (or its plan's target); each judged by
 * its best route under the rules in force.
 */
export function pathwaySteps(
  catalogue: CatalogueDistinction[],
  target: string,
  standing: Standing,
  year: number,
  extraCodes: string[] = [],
): Step[] {
  const byCode = new Map(catalogue.map((d) => [d.code, d]));
  const nameOf = (code: string) => byCode.get(code)?.nameVi ?? code;
  const routesOf = (d: CatalogueDistinction) =>
    (d.rules?.prerequisites ?? []).filter((r) => r.target === null || r.target === target);
  const requires = (d: CatalogueDistinction, code: string) =>
    routesOf(d).some((r) => r.requirements.some((q) => q.kind === 'DISTINCTION' && q.code === code));

  // code -> how many steps above what the nominee holds: the order of the pathway.
  const reached = new Map<string, number>();
  let frontier = [...standing.held.keys()];
  for (let level = 1; frontier.length > 0; level++) {
    const next: string[] = [];
    for (const d of catalogue) {
      if (reached.has(d.code) || !d.targets.includes(target)) continue;
      if (frontier.some((code) => requires(d, code))) {
        reached.set(d.code, level);
        next.push(d.code);
      }
    }
    frontier = next;
  }
  for (const code of extraCodes)
    if (!reached.has(code) && byCode.get(code)?.targets.includes(target)) reached.set(code, reached.size + 1);

  const steps: Step[] = [];
  for (const d of catalogue) {
    if (!reached.has(d.code)) continue;
    const routes = routesOf(d);
    if (routes.length === 0) {
      steps.push({ code: d.code, eligible: true, missing: [], earliestYear: year });
      continue;
    }
    const judged = routes.map((r) => r.requirements.map((q) => judge(q, standing, year, nameOf)));
    const best = judged
      .map((js) => ({
        js,
        missing: js.filter((j) => !j.holds).length,
        earliest: js.some((j) => j.earliest === null) ? null : Math.max(year, ...js.map((j) => j.earliest!)),
      }))
      .sort((a, b) => a.missing - b.missing || (a.earliest ?? 9999) - (b.earliest ?? 9999))[0]!;
    steps.push({
      code: d.code,
      eligible: best.missing === 0,
      missing: best.js.map((j) => j.sentence).filter((s): s is string => s !== null),
      earliestYear: best.missing === 0 ? year : best.earliest,
    });
  }
  // Lowest first: a distinction ranks above every distinction its routes require.
  const ranks = new Map<string, number>();
  const rank = (code: string, seen: Set<string> = new Set()): number => {
    const known = ranks.get(code);
    if (known !== undefined) return known;
    const d = byCode.get(code);
    if (!d || seen.has(code)) return 0;
    seen.add(code);
    const below = routesOf(d).flatMap((r) =>
      r.requirements.filter((q) => q.kind === 'DISTINCTION' && q.code).map((q) => rank(q.code!, seen) + 1),
    );
    const value = Math.max(0, ...below);
    ranks.set(code, value);
    return value;
  };
  return steps.sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}
