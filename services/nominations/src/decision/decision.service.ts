import { randomUUID } from 'node:crypto';
import { isUnder, subject } from '@laurel/auth';
import { idsOfPath, type DirectoryReader, type KnownOrganization } from '@laurel/directory';
import {
  BadUserInputError,
  ConflictError,
  DomainError,
  NotFoundError,
  assertCan,
  hashRequest,
  isId,
  type ErrorCode,
  type RequestContext,
} from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import type { NominationEntity } from '../nomination/nomination.entity';
import type { NominationService } from '../nomination/nomination.service';
import { DecisionLineEntity, FundEntryEntity, RecognitionDecisionEntity } from './decision.entity';
import { rewardKey, type RewardClient, type RewardQuote } from './reward-client';

/** The largest list one decision carries. */
export const MAX_DECISION_NOMINATIONS = 500;

export interface IssueDecision {
  organizationId: string;
  number: string;
  decidedAt: Date;
  signer: string;
  title: string;
  nominationIds: string[];
  idempotencyKey?: string | null;
}

export interface Refusal {
  id: string;
  code: ErrorCode;
  reason: string;
  /** The rule that refused it, where the error names one (e.g. LEADER_REQUIRES_COLLECTIVE). */
  rule?: string;
}

function refusalOf(id: string, error: DomainError): Refusal {
  const rule = error.extensions.reason;
  return typeof rule === 'string'
    ? { id, code: error.code, reason: error.message, rule }
    : { id, code: error.code, reason: error.message };
}

/** A decision refused as a whole: each refused nomination with its code and reason (docs/API.md §8). */
export class DecisionRefusedError extends DomainError {
  readonly code: ErrorCode;
  constructor(refusals: Refusal[]) {
    super(
      `The decision is refused as a whole: ${refusals.length} nomination(s) cannot be recognized (${refusals
        .map((r) => `${r.id}: ${r.reason}`)
        .join('; ')})`,
      { nominations: refusals },
    );
    this.code = refusals[0]!.code;
  }
}

function subjectOf(ctx: RequestContext): string {
  return ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;
}

/** The calendar year in Vietnam (UTC+7, no daylight saving) of an instant. */
export function vietnamYear(at: Date): number {
  return new Date(at.getTime() + 7 * 3600_000).getUTCFullYear();
}

/**
 * docs/API.md §8: the head's decision, all or nothing over its list. Lives in nominations because the
 * decision is the stage machine's RECOGNIZED move (and its eligibility rules, judged together
 * over the whole list); the fund's PAYMENT is written in the same transaction.
 */
export class DecisionService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly nominations: NominationService,
    private readonly rewards: RewardClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `recognizeNomination`: a decision of one, by the campaign's organization. */
  async recognizeOne(
    ctx: RequestContext,
    id: string,
    decisionNumber: string,
    decidedAt: Date,
  ): Promise<NominationEntity> {
    const { campaignOrg } = await this.nominations.load(ctx, id);
    // Loaded through the read rules: a nominee or a council member sees it, and is FORBIDDEN.
    assertCan(ctx.ability, 'manage', 'Nomination', { orgPath: campaignOrg.path }, 'nomination', {
      visible: true,
      message: 'You may not recognize this nomination',
    });
    const number = normalizeText(decisionNumber ?? '').trim();
    await this.issue(
      ctx,
      {
        organizationId: campaignOrg.id,
        number,
        decidedAt,
        signer: subjectOf(ctx),
        title: `Quyết định ${number}`,
        nominationIds: [id],
      },
      { single: true },
    );
    const { nomination } = await this.nominations.load(ctx, id);
    return nomination;
  }

  async issue(
    ctx: RequestContext,
    input: IssueDecision,
    options: { single?: boolean } = {},
  ): Promise<RecognitionDecisionEntity> {
    const by = subjectOf(ctx);
    const number = normalizeText(input.number ?? '').trim();
    const signer = normalizeText(input.signer ?? '').trim();
    const title = normalizeText(input.title ?? '').trim();
    const problems: string[] = [];
    if (!isId(input.organizationId)) problems.push('organizationId is not an id');
    if (!number) problems.push('number: the decision needs its number');
    if (number.length > 100) problems.push('number: at most 100 characters');
    if (!signer) problems.push('signer: who signs the decision');
    if (!title) problems.push('title: the decision needs its title');
    if (signer.length > 300 || title.length > 1000) problems.push('signer or title too long');
    if (!Array.isArray(input.nominationIds) || input.nominationIds.length === 0)
      problems.push('nominationIds: the list is empty');
    else if (input.nominationIds.length > MAX_DECISION_NOMINATIONS)
      problems.push(`nominationIds: at most ${MAX_DECISION_NOMINATIONS} a decision`);
    else if (new Set(input.nominationIds).size !== input.nominationIds.length)
      problems.push('nominationIds: a nomination is listed twice');
    if (
      input.idempotencyKey != null &&
      (input.idempotencyKey.length < 1 || input.idempotencyKey.length > 200)
    )
      problems.push('idempotencyKey must be 1 to 200 characters');
    if (!(input.decidedAt instanceof Date) || Number.isNaN(input.decidedAt.getTime()))
      problems.push('decidedAt is not a date');
    else if (input.decidedAt.getTime() > this.now().getTime() + 24 * 3600_000)
      problems.push('decidedAt: a decision cannot be dated in the future');
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));

    const issuer = await this.directory.organization(input.organizationId);
    if (!issuer) throw new NotFoundError('Organization', input.organizationId);
    assertCan(ctx.ability, 'manage', 'Nomination', { orgPath: issuer.path }, 'organization', {
      id: input.organizationId,
    });

    const requestHash = hashRequest({ ...input, number, signer, title });
    if (input.idempotencyKey) {
      const earlier = await this.byKey(this.db.manager, by, input.idempotencyKey);
      if (earlier) return replay(earlier, requestHash);
    }

    // Outside the transaction: what the caller may see, where it lies, its campaign's rules.
    const refused: Refusal[] = [];
    const errors = new Map<string, DomainError>();
    const listed: {
      id: string;
      position: number;
      nomination: NominationEntity;
      judged: { at: Date; issuerIds: readonly string[] };
    }[] = [];
    for (const [index, id] of input.nominationIds.entries()) {
      try {
        const { nomination, campaign, campaignOrg } = await this.nominations.load(ctx, id);
        if (!isUnder(campaignOrg.path, issuer.path))
          throw new BadUserInputError(
            `the nomination's campaign belongs to ${campaignOrg.name}, outside the issuing organization's subtree`,
            { field: 'nominationIds' },
          );
        assertCan(ctx.ability, 'manage', 'Nomination', { orgPath: campaignOrg.path }, 'nomination', {
          visible: true,
          message: 'You may not recognize this nomination',
        });
        listed.push({
          id,
          position: index + 1,
          nomination,
          judged: {
            at: new Date(campaign.proposalDeadline),
            issuerIds: idsOfPath(campaignOrg.path).reverse(),
          },
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.push(refusalOf(id, error));
        errors.set(id, error);
      }
    }

    const quotes = await this.rewards.quotes(
      listed.map(({ nomination }) => ({
        code: nomination.distinctionCode,
        target: nomination.target as 'INDIVIDUAL' | 'COLLECTIVE',
      })),
      input.decidedAt,
      idsOfPath(issuer.path).reverse(),
      // Who signs matters for some forms (a commune chairman's Giấy khen, Decree 91/2017).
      issuer.kind,
    );

    const decision = await this.db.transaction(async (m) => {
      if (input.idempotencyKey) {
        await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `decision:${by}:${input.idempotencyKey}`,
        ]);
        const earlier = await this.byKey(m, by, input.idempotencyKey);
        if (earlier) return replay(earlier, requestHash);
      }
      // Every row locked up front, in id order: concurrent decisions queue, never deadlock.
      if (listed.length > 0)
        await m.query(
          `SELECT id FROM nominations.nomination WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [listed.map((l) => l.id)],
        );
      // Judged together: collectives first, so that a leader and the collective he or she heads
      // on the same decision pass the leader rule; caps count the list's earlier lines.
      const ordered = [
        ...listed.filter((l) => l.nomination.target === 'COLLECTIVE'),
        ...listed.filter((l) => l.nomination.target !== 'COLLECTIVE'),
      ];
      for (const line of ordered) {
        try {
          await this.nominations.moveIn(m, ctx, line.id, 'recognize', {
            decisionNumber: number,
            decidedAt: input.decidedAt,
            judged: line.judged,
          });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          refused.push(refusalOf(line.id, error));
          errors.set(line.id, error);
        }
      }
      if (refused.length > 0) {
        // A decision of one answers as recognizeNomination always has: its own error.
        if (options.single && refused.length === 1) throw errors.get(refused[0]!.id)!;
        const order = new Map(input.nominationIds.map((id, i) => [id, i]));
        refused.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
        throw new DecisionRefusedError(refused);
      }

      const lines = listed.map((l) => {
        const quote: RewardQuote | undefined = quotes.get(
          rewardKey({
            code: l.nomination.distinctionCode,
            target: l.nomination.target as 'INDIVIDUAL' | 'COLLECTIVE',
          }),
        );
        return {
          nominationId: l.id,
          position: l.position,
          reward: quote?.amountVnd ?? null,
          multipleTenths: quote?.amountVnd != null ? quote.multipleTenths : null,
          multipleHundredths: quote?.amountVnd != null ? quote.multipleHundredths : null,
          baseSalary: quote?.amountVnd != null ? quote.baseSalaryVnd : null,
        };
      });
      const total = lines.reduce((sum, l) => sum + (l.reward ?? 0), 0);
      const row = m.getRepository(RecognitionDecisionEntity).create({
        id: randomUUID(),
        organizationId: issuer.id,
        number,
        decidedAt: input.decidedAt,
        signer,
        title,
        totalReward: total,
        createdBy: by,
        idempotencyKey: input.idempotencyKey ?? null,
        requestHash: input.idempotencyKey ? requestHash : null,
      });
      await m.getRepository(RecognitionDecisionEntity).insert(row);
      await m.getRepository(DecisionLineEntity).insert(lines.map((l) => ({ ...l, decisionId: row.id })));
      if (total > 0)
        await m.getRepository(FundEntryEntity).insert({
          id: randomUUID(),
          organizationId: issuer.id,
          year: vietnamYear(input.decidedAt),
          at: input.decidedAt,
          amount: total,
          kind: 'PAYMENT',
          note: `${number}: ${title}`,
          decisionId: row.id,
          createdBy: by,
        });
      return row;
    });
    return decision;
  }

  private byKey(m: EntityManager, by: string, key: string): Promise<RecognitionDecisionEntity | null> {
    return m.getRepository(RecognitionDecisionEntity).findOneBy({ createdBy: by, idempotencyKey: key });
  }
}

function replay(earlier: RecognitionDecisionEntity, requestHash: string): RecognitionDecisionEntity {
  if (earlier.requestHash !== requestHash)
    throw new ConflictError('This idempotency key was used with a different input', {
      decisionId: earlier.id,
    });
  return earlier;
}

/** The organization, if the caller may read its nominations (its decisions, its fund); else null. */
export async function readableOrganization(
  ctx: RequestContext,
  directory: DirectoryReader,
  organizationId: string,
): Promise<KnownOrganization | null> {
  if (!isId(organizationId)) return null;
  const org = await directory.organization(organizationId);
  if (!org || !ctx.ability.can('read', subject('Nomination', { orgPath: org.path }))) return null;
  return org;
}

/** The decision if the caller may read its organization's nominations; else null. */
export async function readableDecision(
  ctx: RequestContext,
  db: DataSource,
  directory: DirectoryReader,
  id: string,
): Promise<RecognitionDecisionEntity | null> {
  if (!isId(id)) return null;
  const row = await db.getRepository(RecognitionDecisionEntity).findOneBy({ id });
  if (!row) return null;
  return (await readableOrganization(ctx, directory, row.organizationId)) ? row : null;
}
