import { randomUUID } from 'node:crypto';
import { isUnder } from '@laurel/auth';
import type { KnownOrganization } from '@laurel/directory';
import { ConflictError, DuplicateNominationError, QuotaExceededError } from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignInfo } from '../campaigns-client';
import {
  CampaignQuotaEntity,
  NominationEntity,
  type DossierValue,
  type StageValue,
} from './nomination.entity';
import type { NominationJournal } from './nomination-history';

/** A new nomination, checked by its caller (registration, escalation): what is written. */
export interface InsertArgs {
  by: string;
  campaign: CampaignInfo;
  submitter: KnownOrganization;
  nominee: {
    personId: string | null;
    organizationId: string | null;
    name: string;
    target: 'INDIVIDUAL' | 'COLLECTIVE';
  };
  distinctionCode: string;
  stage: StageValue;
  dossier: DossierValue | null;
  escalatedFromId: string | null;
  idempotencyKey: string | null;
  requestHash: string | null;
}

/** The earlier nomination of an idempotency key, if the input is the same (else CONFLICT). */
export function replay(earlier: NominationEntity, requestHash: string): NominationEntity {
  if (earlier.requestHash !== requestHash)
    throw new ConflictError('This idempotency key was used with a different input', {
      nominationId: earlier.id,
    });
  return earlier;
}

export function byIdempotencyKey(
  m: EntityManager,
  by: string,
  key: string,
): Promise<NominationEntity | null> {
  return m.getRepository(NominationEntity).findOneBy({ createdBy: by, idempotencyKey: key });
}

/**
 * The subtrees a quota covers (its organization, or its group's members), read from the directory
 * copy on the transaction's own connection: a second pooled connection taken while this one holds
 * the transaction deadlocks once every connection is held by a registration waiting for another.
 * An organization whose subtree holds the submitter is an ancestor of it, so the copy, which knows
 * the submitter, knows it too.
 */
async function quotaScope(m: EntityManager, quota: CampaignQuotaEntity): Promise<string[]> {
  const rows = (
    quota.organizationId
      ? await m.query(`SELECT path::text AS path FROM nominations.directory_organization WHERE id = $1`, [
          quota.organizationId,
        ])
      : await m.query(
          `SELECT o.path::text AS path FROM nominations.directory_group g
             JOIN nominations.directory_organization o ON o.id = ANY(g.member_ids)
            WHERE g.id = $1`,
          [quota.groupId],
        )
  ) as { path: string }[];
  return rows.map((r) => r.path);
}

/** Writes new nominations: under the quota locks, with their history row and outbox event. */
export class NominationWriter {
  constructor(
    private readonly db: DataSource,
    private readonly journal: NominationJournal,
  ) {}

  /** One transaction; a retry with the same idempotency key waits for the first, then replays it. */
  insert(args: InsertArgs): Promise<NominationEntity> {
    return this.db.transaction(async (m) => {
      if (args.idempotencyKey) {
        await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `nomination:${args.by}:${args.idempotencyKey}`,
        ]);
        const earlier = await byIdempotencyKey(m, args.by, args.idempotencyKey);
        if (earlier) return replay(earlier, args.requestHash ?? '');
      }
      return this.insertIn(m, args);
    });
  }

  /** Inserts under the quota locks of every quota the submitter counts against. */
  async insertIn(m: EntityManager, args: InsertArgs): Promise<NominationEntity> {
    // The quotas the submitter counts against; their rows are locked (in id order, so that
    // concurrent registrations queue instead of deadlocking), then counted: exact, not racy.
    const all = await m.getRepository(CampaignQuotaEntity).findBy({ campaignId: args.campaign.id });
    const applicable: { quota: CampaignQuotaEntity; scope: string[] }[] = [];
    for (const quota of all) {
      const scope = await quotaScope(m, quota);
      if (scope.some((path) => isUnder(args.submitter.path, path))) applicable.push({ quota, scope });
    }
    if (applicable.length > 0)
      await m
        .getRepository(CampaignQuotaEntity)
        .createQueryBuilder('q')
        .setLock('pessimistic_write')
        .where('q.id IN (:...ids)', { ids: applicable.map((a) => a.quota.id) })
        .orderBy('q.id', 'ASC')
        .getMany();
    for (const { quota, scope } of applicable) {
      const [{ count }] = (await m.query(
        `SELECT count(*)::int AS count FROM nominations.nomination n
           JOIN nominations.directory_organization o ON o.id = n.submitting_organization_id
          WHERE n.campaign_id = $1 AND n.stage <> 'WITHDRAWN' AND o.path <@ ANY($2::ltree[])`,
        [args.campaign.id, scope],
      )) as [{ count: number }];
      if (count >= quota.max)
        throw new QuotaExceededError(`The quota of ${quota.max} nominations is reached`, {
          quotaId: quota.id,
          max: quota.max,
        });
    }
    const duplicate = await m.getRepository(NominationEntity).findOne({
      where: {
        campaignId: args.campaign.id,
        distinctionCode: args.distinctionCode,
        ...(args.nominee.personId
          ? { nomineePersonId: args.nominee.personId }
          : { nomineeOrganizationId: args.nominee.organizationId as string }),
      },
    });
    if (duplicate && duplicate.stage !== 'WITHDRAWN')
      throw new DuplicateNominationError(
        'This nominee is already nominated for this distinction in this campaign',
        {
          nominationId: duplicate.id,
        },
      );
    const entity = m.getRepository(NominationEntity).create({
      id: randomUUID(),
      campaignId: args.campaign.id,
      year: args.campaign.year,
      distinctionCode: args.distinctionCode,
      target: args.nominee.target,
      nomineePersonId: args.nominee.personId,
      nomineeOrganizationId: args.nominee.organizationId,
      nomineeName: normalizeText(args.nominee.name),
      nomineeNameFolded: foldVietnamese(args.nominee.name),
      submittingOrganizationId: args.submitter.id,
      stage: args.stage,
      dossier: args.dossier,
      escalatedFromId: args.escalatedFromId,
      escalatedToId: null,
      createdBy: args.by,
      idempotencyKey: args.idempotencyKey,
      requestHash: args.requestHash,
    });
    await m.getRepository(NominationEntity).insert(entity);
    await this.journal.record(m, entity, args.stage, args.by, null, null);
    await this.journal.emit(m, 'nomination.registered', entity, { from: null, to: args.stage });
    return m.getRepository(NominationEntity).findOneByOrFail({ id: entity.id });
  }
}
