import { randomUUID } from 'node:crypto';
import { BadUserInputError, NotFoundError } from '@laurel/graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { DistinctionEntity, type TargetValue } from './distinction.entity';
import { BaseSalaryEntity, DistinctionRuleEntity } from './distinction-rule.entity';
import { toEntityFields, toRulesVersion, type DistinctionRulesVersion } from './distinction-rules.version';
import { assertStandardReferences, type DistinctionStandardInput } from './distinction-standard';
import { issuerKindReward } from './catalogue';
import { rewardAmountVndHundredths } from './reward-amount';

/** The platform's calendar (docs/API.md §1): a rule in force "on a date" means this zone's date. */
export const CALENDAR_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const CALENDAR = new Intl.DateTimeFormat('en-CA', {
  timeZone: CALENDAR_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Asia/Ho_Chi_Minh calendar date of an instant, as YYYY-MM-DD. */
export function calendarDate(at: Date): string {
  return CALENDAR.format(at);
}

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RewardValue {
  target: TargetValue;
  /** Null when the multiple is no whole number of tenths (0.15): see `multipleHundredths`. */
  multipleTenths: number | null;
  multipleHundredths: number;
  multipleSource: string;
  baseSalaryVnd: number;
  baseSalarySource: string;
  amountVnd: number;
  /** The calendar date of the decision: the rules and the base salary of that date apply. */
  decidedOn: string;
}

function isExclusionViolation(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return (e?.driverError?.code ?? e?.code) === '23P01';
}

/**
 * The versioned rules of the catalogue: which version is in force for a distinction on a date
 * for an issuer, the reward a decision carries, and the issuers' own standards.
 */
export class DistinctionRulesService {
  constructor(private readonly db: DataSource) {}

  /**
   * The rules in force on the Asia/Ho_Chi_Minh calendar date of `at`, for each of `codes` that
   * has any: the version of the nearest issuer of `issuerIds` (nearest first, e.g. a campaign's
   * organization then its ancestors) that has one, else the national version. One query.
   */
  rulesInForce(
    codes: readonly string[],
    at: Date,
    issuerIds: readonly string[] = [],
  ): Promise<Map<string, DistinctionRulesVersion>> {
    return this.rulesInForceOn(codes, calendarDate(at), issuerIds);
  }

  /** As `rulesInForce`, on a calendar date (YYYY-MM-DD). */
  async rulesInForceOn(
    codes: readonly string[],
    day: string,
    issuerIds: readonly string[] = [],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, DistinctionRulesVersion>> {
    if (codes.length === 0 || !isCalendarDate(day)) return new Map();
    // Ids are opaque: one that is not ours has no version (and must not break the uuid cast).
    const issuers = [...new Set(issuerIds.filter((id) => UUID.test(id)))];
    const rows = await manager
      .getRepository(DistinctionRuleEntity)
      .createQueryBuilder('r')
      .distinctOn(['r.code'])
      .where('r.code = ANY(CAST(:codes AS text[]))', { codes: [...new Set(codes)] })
      .andWhere('r.in_force_from <= CAST(:day AS date)', { day })
      .andWhere('(r.in_force_to IS NULL OR r.in_force_to > CAST(:day AS date))')
      .andWhere(
        '(r.issuer_organization_id IS NULL OR r.issuer_organization_id = ANY(CAST(:issuers AS uuid[])))',
        {
          issuers,
        },
      )
      .orderBy('r.code', 'ASC')
      // Nearest issuer first; the national version (not in the list) last.
      .addOrderBy(
        'COALESCE(array_position(CAST(:issuers AS uuid[]), r.issuer_organization_id), 2147483647)',
        'ASC',
      )
      .getMany();
    return new Map(rows.map((row) => [row.code, toRulesVersion(row)]));
  }

  /** Lương cơ sở in force on the calendar date. */
  async baseSalaryOn(day: string): Promise<BaseSalaryEntity | null> {
    return this.db
      .getRepository(BaseSalaryEntity)
      .createQueryBuilder('s')
      .where('s.in_force_from <= CAST(:day AS date)', { day })
      .orderBy('s.in_force_from', 'DESC')
      .limit(1)
      .getOne();
  }

  /**
   * The money a decision on `decidedAt` carries: the multiple of the rules in force that day
   * for `target` × the base salary in force that day, rounded up to 10,000 đồng. Null when the
   * rules carry no multiple for that target or no base salary is known for the date. When the
   * national rules apply and the decree sets another multiple for an issuer of `issuerKind`
   * (a commune chairman's Giấy khen under Decree 91/2017: 0.15), that multiple applies.
   */
  async reward(
    code: string,
    target: TargetValue,
    decidedAt: Date,
    issuerIds: readonly string[] = [],
    issuerKind: string | null = null,
  ): Promise<RewardValue | null> {
    const decidedOn = calendarDate(decidedAt);
    const [rules, salary] = await Promise.all([
      this.rulesInForceOn([code], decidedOn, issuerIds),
      this.baseSalaryOn(decidedOn),
    ]);
    const version = rules.get(code);
    const byKind =
      version && version.issuerId === null ? issuerKindReward(code, issuerKind, decidedOn) : null;
    const reward = version?.reward;
    const multipleTenths = target === 'INDIVIDUAL' ? reward?.individualTenths : reward?.collectiveTenths;
    const multipleHundredths = byKind
      ? target === 'INDIVIDUAL'
        ? byKind.individualHundredths
        : byKind.collectiveHundredths
      : multipleTenths
        ? multipleTenths * 10
        : null;
    const multipleSource = byKind ? byKind.source : reward?.source;
    if (!multipleHundredths || !multipleSource || !salary) return null;
    return {
      target,
      multipleTenths: multipleHundredths % 10 === 0 ? multipleHundredths / 10 : null,
      multipleHundredths,
      multipleSource,
      baseSalaryVnd: salary.amountVnd,
      baseSalarySource: salary.source,
      amountVnd: rewardAmountVndHundredths(multipleHundredths, salary.amountVnd),
      decidedOn,
    };
  }

  /**
   * A new version of an issuer's standard for a delegated distinction, from `inForceFrom`: it
   * inherits what the input leaves out from the version it follows (the issuer's own, else the
   * national one in force that day) and closes the issuer's open version at that date. One
   * transaction; the distinction's row lock serializes concurrent changes, and the exclusion
   * constraint backs it.
   */
  async setStandard(input: DistinctionStandardInput, actor: string | null): Promise<DistinctionRulesVersion> {
    const day = input.inForceFrom;
    if (!isCalendarDate(day)) {
      throw new BadUserInputError('inForceFrom must be a calendar date YYYY-MM-DD', { field: 'inForceFrom' });
    }
    try {
      return await this.db.transaction(async (m) => {
        const distinction = await m
          .getRepository(DistinctionEntity)
          .createQueryBuilder('d')
          .setLock('pessimistic_write')
          .where('d.code = :code', { code: input.code })
          .getOne();
        if (!distinction) throw new NotFoundError('Distinction', input.code);
        if (!distinction.delegated) {
          throw new BadUserInputError(
            `${input.code} is not delegated: its standards are national and cannot be set by an issuer`,
            { field: 'code' },
          );
        }
        await assertStandardReferences(m, input, distinction);

        const rules = m.getRepository(DistinctionRuleEntity);
        const latest = await rules
          .createQueryBuilder('r')
          .where('r.code = :code AND r.issuer_organization_id = :issuer', {
            code: input.code,
            issuer: input.issuerId,
          })
          .orderBy('r.in_force_from', 'DESC')
          .limit(1)
          .getOne();
        if (latest && (latest.inForceFrom >= day || (latest.inForceTo !== null && latest.inForceTo > day))) {
          throw new BadUserInputError(
            `inForceFrom ${day} collides with the issuer's version in force from ${latest.inForceFrom}: a new version must start after it`,
            { field: 'inForceFrom' },
          );
        }
        const national = (await this.rulesInForceOn([input.code], day, [], m)).get(input.code) ?? null;
        const base = latest && latest.inForceTo === null ? toRulesVersion(latest) : national;
        if (latest && latest.inForceTo === null) {
          await rules.update({ id: latest.id }, { inForceTo: day });
        }

        const fields = toEntityFields({
          code: input.code,
          inForceFrom: day,
          inForceTo: null,
          vote: input.vote ? { ...input.vote, confirmed: true } : (base?.vote ?? null),
          prerequisites: input.prerequisites ?? base?.prerequisites ?? [],
          prerequisitesExhaustive: input.prerequisitesExhaustive ?? base?.prerequisitesExhaustive ?? true,
          exclusions: base?.exclusions ?? [],
          ratioCap: input.ratioCap ?? base?.ratioCap ?? null,
          reward: input.rewardMultiples ?? base?.reward ?? null,
          standardVi: input.standardVi,
          source: input.source,
        });
        const entity = rules.create({
          ...fields,
          id: randomUUID(),
          issuerOrganizationId: input.issuerId,
          createdBy: actor,
        });
        await rules.insert(entity);
        return toRulesVersion(await rules.findOneByOrFail({ id: entity.id }));
      });
    } catch (error) {
      if (isExclusionViolation(error)) {
        throw new BadUserInputError(`inForceFrom ${day} overlaps another version of the issuer's standard`, {
          field: 'inForceFrom',
        });
      }
      throw error;
    }
  }
}
