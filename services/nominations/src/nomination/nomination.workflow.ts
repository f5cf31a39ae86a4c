import { randomUUID } from 'node:crypto';
import type { DirectoryReader } from '@laurel/directory';
import {
  DeadlinePassedError,
  InvalidTransitionError,
  NotEligibleError,
  NotFoundError,
  type RequestContext,
} from '@laurel/graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { CatalogueClient } from '../catalogue-client';
import { NominationEntity, type DossierValue, type StageValue } from './nomination.entity';
import { subjectOf } from './nomination-access';
import type { NominationJournal } from './nomination-history';

/** Which stages a move may start from (docs/API.md §1). Council stages come only from voting. */
export const MOVES = {
  propose: { from: ['REGISTERED', 'RETURNED'], to: 'PROPOSED' },
  return: { from: ['PROPOSED'], to: 'RETURNED' },
  withdraw: { from: ['REGISTERED', 'PROPOSED', 'RETURNED'], to: 'WITHDRAWN' },
  recognize: { from: ['COUNCIL_APPROVED'], to: 'RECOGNIZED' },
  escalate: { from: ['RECOGNIZED'], to: 'ESCALATED' },
  revoke: { from: ['RECOGNIZED', 'ESCALATED'], to: 'REVOKED' },
} as const satisfies Record<string, { from: readonly StageValue[]; to: StageValue }>;

export type MoveName = keyof typeof MOVES;

/** What a move writes besides the stage. */
export interface MoveChange {
  dossier?: DossierValue;
  reason?: string;
  decisionNumber?: string;
  decidedAt?: Date;
  judged?: { at: Date; issuerIds: readonly string[] };
}

/** A stage of the campaign (registration, proposal, escalation) is over after its deadline. */
export function assertBeforeDeadline(now: Date, deadline: Date, stage: string): void {
  if (now.getTime() > deadline.getTime())
    throw new DeadlinePassedError(`The ${stage} deadline passed at ${deadline.toISOString()}`, {
      deadline: deadline.toISOString(),
    });
}

/** The nomination's row, locked for the rest of the caller's transaction. */
export async function lockNomination(m: EntityManager, id: string): Promise<NominationEntity> {
  const row = await m
    .getRepository(NominationEntity)
    .createQueryBuilder('n')
    .setLock('pessimistic_write')
    .where('n.id = :id', { id })
    .getOne();
  if (!row) throw new NotFoundError('Nomination', id);
  return row;
}

/** The stage machine: a move from the stages MOVES allows, recorded and announced with it. */
export class NominationWorkflow {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly catalogue: CatalogueClient,
    private readonly journal: NominationJournal,
  ) {}

  move(ctx: RequestContext, id: string, name: MoveName, change: MoveChange): Promise<NominationEntity> {
    return this.db.transaction((m) => this.moveIn(m, ctx, id, name, change));
  }

  /** A move inside the caller's transaction (decisions recognize many at once: docs/API.md §8). */
  async moveIn(
    m: EntityManager,
    ctx: RequestContext,
    id: string,
    name: MoveName,
    change: MoveChange,
  ): Promise<NominationEntity> {
    const { from, to } = MOVES[name];
    const by = subjectOf(ctx);
    const current = await lockNomination(m, id);
    if (!(from as readonly string[]).includes(current.stage))
      throw new InvalidTransitionError(`A ${current.stage} nomination cannot become ${to}`, {
        from: current.stage,
        to,
      });
    if (name === 'recognize' && change.judged) await this.assertEligible(m, current, change.judged);
    await m.getRepository(NominationEntity).update(
      { id },
      {
        stage: to,
        ...(change.dossier ? { dossier: change.dossier } : {}),
        ...(change.decisionNumber
          ? { decisionNumber: change.decisionNumber, decidedAt: change.decidedAt }
          : {}),
      },
    );
    if (name === 'recognize') await this.recordRecognition(m, current, change.decisionNumber ?? null);
    await this.journal.record(m, current, to, by, change.reason ?? null);
    await this.journal.emit(
      m,
      'nomination.transitioned',
      { ...current, stage: to },
      { from: current.stage, to },
    );
    return m.getRepository(NominationEntity).findOneByOrFail({ id });
  }

  /** The platform's recognition is the record of that year: it replaces an imported one. */
  private async recordRecognition(
    m: EntityManager,
    current: NominationEntity,
    decisionNumber: string | null,
  ): Promise<void> {
    const holder = current.nomineePersonId ? 'person_id' : 'organization_id';
    await m.query(
      `INSERT INTO nominations.distinction_record
             (id, person_id, organization_id, year, distinction_code, decision_number, source, nomination_id)
           VALUES ($1, $2, $3, $4, $5, $6, 'PLATFORM', $7)
           ON CONFLICT (${holder}, year, distinction_code) WHERE ${holder} IS NOT NULL
           DO UPDATE SET source = 'PLATFORM', decision_number = EXCLUDED.decision_number,
                         nomination_id = EXCLUDED.nomination_id`,
      [
        randomUUID(),
        current.nomineePersonId,
        current.nomineeOrganizationId,
        current.year,
        current.distinctionCode,
        decisionNumber,
        current.id,
      ],
    );
  }

  /** Eligibility at recognition (docs/API.md §3): the leader rule, then the catalogue's rules. */
  private async assertEligible(
    m: EntityManager,
    n: NominationEntity,
    judged: { at: Date; issuerIds: readonly string[] },
  ): Promise<void> {
    if (n.nomineePersonId) {
      const person = await this.directory.person(n.nomineePersonId);
      if (person?.leadsId) {
        const [{ count }] = (await m.query(
          `SELECT count(*)::int AS count FROM nominations.nomination
            WHERE campaign_id = $1 AND nominee_organization_id = $2 AND stage IN ('RECOGNIZED', 'ESCALATED')`,
          [n.campaignId, person.leadsId],
        )) as [{ count: number }];
        if (count === 0)
          throw new NotEligibleError(
            'A leader is recognized only if the collective he or she heads is recognized in the same campaign',
            'LEADER_REQUIRES_COLLECTIVE',
            { organizationId: person.leadsId },
          );
      }
    }
    await this.catalogue.assertEligible(m, n, judged);
  }
}
