import { E2017 } from './eras';
import { deepFreeze } from './freeze';

/**
 * Rewards that depend on who issues the decision, not only on the distinction: multiples in
 * hundredths of the base salary (0.15 is no whole number of tenths), in force over calendar dates
 * (Asia/Ho_Chi_Minh, `inForceTo` exclusive). They replace the national catalogue's multiple for a
 * decision by an organization of `issuerKind`; an issuer's own version of the rules (a province's,
 * where the decree delegates them) still wins over them.
 */
export interface IssuerKindReward {
  code: string;
  issuerKind: string;
  inForceFrom: string;
  inForceTo: string | null;
  individualHundredths: number;
  collectiveHundredths: number;
  source: string;
}

export const ISSUER_KIND_REWARDS: readonly IssuerKindReward[] = [
  {
    // Giấy khen of the chairman of a commune's People's Committee.
    code: 'GIAY_KHEN',
    issuerKind: 'COMMUNE',
    inForceFrom: E2017.from,
    inForceTo: E2017.to,
    individualHundredths: 15,
    collectiveHundredths: 30,
    source:
      'Nghị định 91/2017/NĐ-CP, Điều 73: Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã 0,15 lần mức lương cơ sở; tập thể gấp đôi [figure per secondary copies (issue 19); official text to confirm]',
  },
].map(deepFreeze);

/** The issuer-kind reward in force on a calendar date (YYYY-MM-DD), if any. */
export function issuerKindReward(code: string, issuerKind: string | null | undefined, day: string) {
  if (!issuerKind) return null;
  return (
    ISSUER_KIND_REWARDS.find(
      (r) =>
        r.code === code &&
        r.issuerKind === issuerKind &&
        r.inForceFrom <= day &&
        (r.inForceTo === null || day < r.inForceTo),
    ) ?? null
  );
}
