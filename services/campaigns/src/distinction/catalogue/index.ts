/**
 * The national rules of the catalogue as known on 2026-11-21, seeded by migration
 * 1763850000000. Frozen: a later change of the law is a new migration with its own data, never
 * an edit of these files (a fresh database and an old one must end up with the same rows).
 *
 * Legal timeline, one version per period (in force from, exclusive end):
 * - 2017-10-01 → 2024-01-01: Luật Thi đua, Khen thưởng 2003 (amended 2005, 2013) with Nghị định
 *   91/2017/NĐ-CP (in force 2017-10-01).
 * - 2024-01-01 → 2025-07-01: Luật Thi đua, khen thưởng 06/2022/QH15 (in force 2024-01-01) with
 *   Nghị định 98/2023/NĐ-CP (signed 2023-12-31, in force 2024-01-01: date to confirm).
 * - 2025-07-01 → : the same law with Nghị định 152/2025/NĐ-CP (in force 2025-07-01).
 * An amending law takes effect on 2026-10-01; no figure of it is known here, so no version is
 * cut at that date: the 2025-07-01 version stays open until a migration records what changed.
 * Nothing is seeded before 2017-10-01: a campaign of an earlier year has no catalogue rules.
 * An issuer's version (setDistinctionStandard) is a full copy made when it is set, exclusions
 * included: the migration that records a later national change must say what becomes of the
 * issuers' versions open at its date (e.g. cut them and carry the new national figures over).
 *
 * Every source says where its figure comes from; "[to confirm]" marks what could not be checked
 * against the text (an article number, a date, a base, a figure carried from an earlier decree).
 */
export { DISTINCTION_PROFILES_1763850000000, type DistinctionProfile } from './profiles';
export { NATIONAL_RULES_1763850000000 } from './national-rules';
export { BASE_SALARIES_1763850000000, BASE_SALARIES_1765000000000 } from './salaries';
export {
  DISCIPLINE_2017_SOURCE_1765000000000,
  REWARD_CORRECTIONS_1765000000000,
  type RewardCorrection,
} from './corrections';
export { issuerKindReward, ISSUER_KIND_REWARDS, type IssuerKindReward } from './issuer-kind-rewards';
