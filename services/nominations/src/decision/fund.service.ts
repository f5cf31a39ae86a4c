import { randomUUID } from 'node:crypto';
import type { DirectoryReader } from '@laurel/directory';
import { BadUserInputError, NotFoundError, assertCan, isId, type RequestContext } from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import { FUND_ENTRY_KINDS, FundEntryEntity, type FundEntryKindValue } from './decision.entity';

export interface FundEntryValue {
  organizationId: string;
  year: number;
  amount: number;
  kind: FundEntryKindValue;
  note?: string | null;
}

export interface FundTotals {
  allocated: number;
  paid: number;
  recovered: number;
  adjusted: number;
  balance: number;
}

const MAX_INT = 2_147_483_647;

/**
 * The emulation fund (quỹ thi đua, khen thưởng) of an organization and year: an append-only
 * ledger (docs/API.md §8). PAYMENT entries come from decisions, RECOVERY from revocations; by hand an
 * admin enters ALLOCATION, ADJUSTMENT (signed) and, for money returned otherwise, RECOVERY.
 */
export class FundService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(ctx: RequestContext, input: FundEntryValue): Promise<FundEntryEntity> {
    const problems: string[] = [];
    if (!isId(input.organizationId)) problems.push('organizationId is not an id');
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      problems.push('year: a year between 2000 and 2100');
    if (!(FUND_ENTRY_KINDS as readonly string[]).includes(input.kind)) problems.push('kind is unknown');
    if (input.kind === 'PAYMENT')
      problems.push('kind: PAYMENT entries come from recognition decisions, not by hand');
    if (!Number.isSafeInteger(input.amount) || Math.abs(input.amount) > MAX_INT)
      problems.push('amount: whole đồng');
    else if (input.kind === 'ADJUSTMENT' ? input.amount === 0 : input.amount <= 0)
      problems.push(
        input.kind === 'ADJUSTMENT'
          ? 'amount: an adjustment is not zero (its sign says which way)'
          : 'amount: positive đồng',
      );
    const note = input.note == null ? null : normalizeText(input.note).trim() || null;
    if (note && note.length > 2000) problems.push('note: at most 2000 characters');
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));
    const org = await this.directory.organization(input.organizationId);
    if (!org) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'manage', 'Nomination', { orgPath: org.path }, 'organization');
    const row = this.db.getRepository(FundEntryEntity).create({
      id: randomUUID(),
      organizationId: org.id,
      year: input.year,
      at: this.now(),
      amount: input.amount,
      kind: input.kind,
      note,
      decisionId: null,
      createdBy: ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`,
    });
    await this.db.getRepository(FundEntryEntity).insert(row);
    return row;
  }

  /** allocated − paid + recovered ± adjustments, in đồng; may go negative. */
  async totals(organizationId: string, year: number): Promise<FundTotals> {
    const [row] = (await this.db.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE kind = 'ALLOCATION'), 0)::bigint AS allocated,
              coalesce(sum(amount) FILTER (WHERE kind = 'PAYMENT'), 0)::bigint AS paid,
              coalesce(sum(amount) FILTER (WHERE kind = 'RECOVERY'), 0)::bigint AS recovered,
              coalesce(sum(amount) FILTER (WHERE kind = 'ADJUSTMENT'), 0)::bigint AS adjusted
         FROM nominations.fund_entry WHERE organization_id = $1 AND year = $2`,
      [organizationId, year],
    )) as { allocated: string; paid: string; recovered: string; adjusted: string }[];
    const allocated = Number(row?.allocated ?? 0);
    const paid = Number(row?.paid ?? 0);
    const recovered = Number(row?.recovered ?? 0);
    const adjusted = Number(row?.adjusted ?? 0);
    return { allocated, paid, recovered, adjusted, balance: allocated - paid + recovered + adjusted };
  }

  /** Entries in the order they were made (time, then id), `first` after the cursor's. */
  async entries(
    organizationId: string,
    year: number,
    first: number,
    after: { at: string; id: string } | null,
  ): Promise<{ rows: FundEntryEntity[]; totalCount: number; hasNextPage: boolean }> {
    const qb = this.db
      .getRepository(FundEntryEntity)
      .createQueryBuilder('f')
      .where('f.organization_id = :organizationId AND f.year = :year', { organizationId, year });
    const totalCount = await qb.clone().getCount();
    if (after) qb.andWhere('(f.at, f.id) > (CAST(:at AS timestamptz), CAST(:id AS uuid))', after);
    const rows = await qb
      .orderBy('f.at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }
}
