import { randomUUID } from 'node:crypto';
import { idsOfPath, type DirectoryReader } from '@laurel/directory';
import { BadUserInputError, assertCan, type RequestContext } from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import type { CampaignsClient } from '../campaigns-client';
import type { CatalogueClient } from '../catalogue-client';
import { NominationEntity } from '../nomination/nomination.entity';
import type { NominationService } from '../nomination/nomination.service';
import {
  DecisionLineEntity,
  FundEntryEntity,
  RecognitionDecisionEntity,
  RevocationEntity,
} from './decision.entity';
import { vietnamYear } from './decision.service';

/**
 * The grounds of Law 06/2022 art. 93 cl. 2, as words a reason must contain (compared without
 * diacritics): a false declaration, a forged dossier, a proposal against the law, a standard
 * later found unmet.
 */
export const REVOCATION_GROUNDS: readonly { ground: string; words: readonly string[] }[] = [
  {
    ground: 'khai man, gian dối (false declaration)',
    words: ['khai man', 'gian doi', 'khai khong dung', 'false declaration'],
  },
  { ground: 'giả mạo hồ sơ (forged dossier)', words: ['gia mao', 'forged'] },
  {
    ground: 'đề nghị khen thưởng trái pháp luật (a proposal against the law)',
    words: ['trai phap luat', 'trai quy dinh', 'against the law'],
  },
  {
    ground: 'không đạt tiêu chuẩn (a standard later found unmet)',
    words: [
      'khong dat tieu chuan',
      'khong du tieu chuan',
      'khong dung tieu chuan',
      'khong dap ung tieu chuan',
      'standard not met',
      'standard unmet',
    ],
  },
];

export function groundOf(reason: string): string | null {
  const folded = foldVietnamese(reason);
  return REVOCATION_GROUNDS.find((g) => g.words.some((w) => folded.includes(w)))?.ground ?? null;
}

function subjectOf(ctx: RequestContext): string {
  return ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;
}

/**
 * docs/API.md §8: revokeRecognition. The nomination becomes REVOKED, the ledger forgets the distinction
 * (prerequisites computed later no longer see it), later recognitions whose prerequisites relied
 * on it are listed (flagged, not revoked), and the reward to recover is entered in the fund.
 */
export class RevocationService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly nominations: NominationService,
    private readonly campaigns: CampaignsClient,
    private readonly catalogue: CatalogueClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async revoke(
    ctx: RequestContext,
    nominationId: string,
    decisionNumber: string,
    decidedAt: Date,
    reasonText: string,
  ): Promise<NominationEntity> {
    const number = normalizeText(decisionNumber ?? '').trim();
    const reason = normalizeText(reasonText ?? '').trim();
    const problems: string[] = [];
    if (!number || number.length > 100) problems.push('decisionNumber: the revoking decision’s number');
    if (!reason || reason.length > 2000) problems.push('reason: why, in at most 2000 characters');
    else if (!groundOf(reason))
      problems.push(
        `reason: name one of the grounds of Law 06/2022 art. 93 cl. 2: ${REVOCATION_GROUNDS.map((g) => g.ground).join('; ')}`,
      );
    if (Number.isNaN(decidedAt.getTime())) problems.push('decidedAt is not a date');
    else if (decidedAt.getTime() > this.now().getTime() + 24 * 3600_000)
      problems.push('decidedAt: a decision cannot be dated in the future');
    if (problems.length > 0) throw new BadUserInputError(problems.join('; '));

    const { nomination, campaignOrg } = await this.nominations.load(ctx, nominationId);
    const line = await this.db.getRepository(DecisionLineEntity).findOneBy({ nominationId: nomination.id });
    const decision = line
      ? await this.db.getRepository(RecognitionDecisionEntity).findOneBy({ id: line.decisionId })
      : null;
    // The issuer's admins or those above them revoke.
    const issuer = (decision && (await this.directory.organization(decision.organizationId))) ?? campaignOrg;
    assertCan(ctx.ability, 'manage', 'Nomination', { orgPath: issuer.path }, 'nomination');

    const affected = await this.affected(nomination);
    const reward = line?.reward ?? 0;
    const by = subjectOf(ctx);
    await this.db.transaction(async (m) => {
      await this.nominations.moveIn(m, ctx, nomination.id, 'revoke', { reason });
      // The ledger forgets it: prerequisites judged from now on no longer count it.
      await m.query(`DELETE FROM nominations.distinction_record WHERE nomination_id = $1`, [nomination.id]);
      await m.getRepository(RevocationEntity).insert({
        nominationId: nomination.id,
        decisionNumber: number,
        decidedAt,
        reason,
        revokedBy: by,
        rewardToRecover: reward,
        affectedIds: affected,
      });
      if (reward > 0)
        await m.getRepository(FundEntryEntity).insert({
          id: randomUUID(),
          organizationId: issuer.id,
          year: vietnamYear(decidedAt),
          at: decidedAt,
          amount: reward,
          kind: 'RECOVERY',
          note: `${number}: thu hồi ${nomination.nomineeName} (${nomination.distinctionCode})`,
          decisionId: line?.decisionId ?? null,
          createdBy: by,
        });
    });
    return this.db.getRepository(NominationEntity).findOneByOrFail({ id: nomination.id });
  }

  /** What `revoke` would do to a recognized nomination (the caller has read it): nothing written. */
  async preview(n: NominationEntity): Promise<{ rewardToRecover: number; affectedIds: string[] }> {
    const line = await this.db.getRepository(DecisionLineEntity).findOneBy({ nominationId: n.id });
    return { rewardToRecover: line?.reward ?? 0, affectedIds: await this.affected(n) };
  }

  /**
   * The holder's later recognitions (same year or after) whose distinction's rules, as judged
   * for their campaign, require the revoked distinction in one of their routes, in a window of
   * years that contains the revoked one (see `reliedOnYear`).
   */
  private async affected(n: NominationEntity): Promise<string[]> {
    const holder = n.nomineePersonId
      ? { column: 'nominee_person_id', id: n.nomineePersonId }
      : { column: 'nominee_organization_id', id: n.nomineeOrganizationId as string };
    const later = (await this.db.query(
      `SELECT id, campaign_id AS "campaignId", distinction_code AS code, target, year
         FROM nominations.nomination
        WHERE ${holder.column} = $1 AND id <> $2 AND stage IN ('RECOGNIZED', 'ESCALATED')
          AND (year > $3 OR (year = $3 AND decided_at >= $4))
        ORDER BY year, decided_at, id`,
      [holder.id, n.id, n.year, n.decidedAt ?? new Date(0)],
    )) as { id: string; campaignId: string; code: string; target: string; year: number }[];
    const out: string[] = [];
    for (const row of later) {
      const campaign = await this.campaigns.one(row.campaignId);
      const org = campaign ? await this.directory.organization(campaign.organizationId) : null;
      if (!campaign || !org) continue;
      const rules = await this.catalogue.rules(
        row.code,
        new Date(campaign.proposalDeadline),
        idsOfPath(org.path).reverse(),
      );
      const relied = (rules?.prerequisites ?? []).some(
        (route) =>
          (route.target === null || route.target === row.target) &&
          route.requirements.some(
            (r) =>
              r.kind === 'DISTINCTION' &&
              'code' in r &&
              r.code === n.distinctionCode &&
              'times' in r &&
              reliedOnYear(r, n.year, row.year),
          ),
      );
      if (relied) out.push(row.id);
    }
    return out;
  }
}

/**
 * Whether a prerequisite "held `times` times (consecutively)" of a recognition for `laterYear`
 * could have counted the distinction held in `revokedYear`, as eligibility judges it: once, not
 * consecutive: that very year; several times, not consecutive: any year up to it; consecutive: a
 * run of `times` years ending that year or the year before, so the `times + 1` years up to it.
 */
export function reliedOnYear(
  requirement: { times: number; consecutive: boolean },
  revokedYear: number,
  laterYear: number,
): boolean {
  if (revokedYear > laterYear) return false;
  if (!requirement.consecutive) return requirement.times <= 1 ? revokedYear === laterYear : true;
  return revokedYear >= laterYear - requirement.times;
}
