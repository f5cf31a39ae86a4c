export type VoteBase = 'TOTAL_MEMBERS' | 'BALLOTS_CAST';
export type VoteComparison = 'AT_LEAST' | 'MORE_THAN';

export interface Fraction {
  numerator: number;
  denominator: number;
}

/** A catalogue vote rule (Distinction.rules.vote). */
export interface CatalogueVote {
  threshold: Fraction;
  base: VoteBase;
  comparison: VoteComparison;
  confirmed: boolean;
  source: string;
}

/** The rule as the form holds it: text, so that nothing typed is lost or rewritten. */
export interface RuleForm {
  thresholdNumerator: string;
  thresholdDenominator: string;
  base: VoteBase;
  comparison: VoteComparison;
  quorumNumerator: string;
  quorumDenominator: string;
}

export interface Prefill {
  form: RuleForm;
  /** The catalogue rule the figures come from, and whether the catalogue confirmed it. */
  source: string;
  confirmed: boolean;
}

/** No distinction chosen yet, or none with a rule: a simple majority of the ballots, half present. */
export const EMPTY_RULE: RuleForm = {
  thresholdNumerator: '1',
  thresholdDenominator: '2',
  base: 'BALLOTS_CAST',
  comparison: 'MORE_THAN',
  quorumNumerator: '1',
  quorumDenominator: '2',
};

/**
 * The rule the catalogue asks for a slate, as the voting service computes it when the client
 * leaves it out: the strictest threshold of the slate's distinctions (MORE_THAN beats AT_LEAST at
 * the same figure), on all the members if any of them needs it, with a quorum of half.
 * The chosen rule's source is shown; it is "not confirmed" when any rule of the slate is.
 */
export function prefillRule(
  codes: readonly string[],
  catalogue: ReadonlyMap<string, CatalogueVote | null>,
): Prefill | null {
  const rules = [...new Set(codes)].map((c) => catalogue.get(c)).filter((r): r is CatalogueVote => !!r);
  let best: CatalogueVote | null = null;
  for (const r of rules) {
    if (!best) {
      best = r;
      continue;
    }
    const a = r.threshold.numerator * best.threshold.denominator;
    const b = best.threshold.numerator * r.threshold.denominator;
    if (a > b || (a === b && r.comparison === 'MORE_THAN' && best.comparison === 'AT_LEAST')) best = r;
  }
  if (!best) return null;
  const base: VoteBase = rules.some((r) => r.base === 'TOTAL_MEMBERS') ? 'TOTAL_MEMBERS' : best.base;
  return {
    form: {
      thresholdNumerator: String(best.threshold.numerator),
      thresholdDenominator: String(best.threshold.denominator),
      base,
      comparison: best.comparison,
      quorumNumerator: '1',
      quorumDenominator: '2',
    },
    source: best.source,
    confirmed: rules.every((r) => r.confirmed),
  };
}

export type RuleProblem = 'threshold.integers' | 'threshold.range' | 'quorum.integers' | 'quorum.range';

function fraction(numerator: string, denominator: string): Fraction | null {
  const n = numerator.trim();
  const d = denominator.trim();
  if (!/^\d+$/.test(n) || !/^\d+$/.test(d)) return null;
  return { numerator: Number(n), denominator: Number(d) };
}

/**
 * The voting service's rules for the figures, checked as the user types: integers, denominator
 * 1–1000; the threshold in (0, 1], the quorum in [0, 1].
 */
export function ruleProblems(form: RuleForm): { threshold?: RuleProblem; quorum?: RuleProblem } {
  const problems: { threshold?: RuleProblem; quorum?: RuleProblem } = {};
  const threshold = fraction(form.thresholdNumerator, form.thresholdDenominator);
  if (!threshold || threshold.denominator < 1 || threshold.denominator > 1000)
    problems.threshold = 'threshold.integers';
  else if (threshold.numerator < 1 || threshold.numerator > threshold.denominator)
    problems.threshold = 'threshold.range';
  const quorum = fraction(form.quorumNumerator, form.quorumDenominator);
  if (!quorum || quorum.denominator < 1 || quorum.denominator > 1000) problems.quorum = 'quorum.integers';
  else if (quorum.numerator > quorum.denominator) problems.quorum = 'quorum.range';
  return problems;
}

/** The form's rule as CreateVotingSessionInput wants it (only once ruleProblems is empty). */
export function ruleInput(form: RuleForm) {
  return {
    threshold: fraction(form.thresholdNumerator, form.thresholdDenominator)!,
    quorum: fraction(form.quorumNumerator, form.quorumDenominator)!,
    base: form.base,
    comparison: form.comparison,
  };
}
