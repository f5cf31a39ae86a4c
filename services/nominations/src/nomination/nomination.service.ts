import { BadUserInputError, InvalidTransitionError, type RequestContext } from '@laurel/graphql';
import { normalizeText } from '@laurel/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignsClient } from '../campaigns-client';
import type { DossierInput } from './dto/nomination.input';
import { NominationEntity } from './nomination.entity';
import { assertSeen, type NominationAccess } from './nomination-access';
import type { NominationJournal } from './nomination-history';
import {
  assertBeforeDeadline,
  type MoveChange,
  type MoveName,
  type NominationWorkflow,
} from './nomination.workflow';
import { dossierOf } from './registration-checks';

/**
 * The moves a caller asks for on a nomination it sees (propose, return, withdraw, publish), and
 * the door decisions and revocations take to a nomination (`load`, `moveIn`). Registration and
 * escalation have their own services; council stages come from `council-intake.ts`.
 */
export class NominationService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignsClient,
    private readonly access: NominationAccess,
    private readonly workflow: NominationWorkflow,
    private readonly journal: NominationJournal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async propose(ctx: RequestContext, id: string, dossierInput: DossierInput): Promise<NominationEntity> {
    const { nomination, submitter, campaign } = await this.load(ctx, id);
    assertSeen(ctx, 'submit', submitter.path, 'propose');
    const fresh = await this.campaigns.one(campaign.id);
    if (!fresh || fresh.status !== 'OPEN')
      throw new InvalidTransitionError(`The campaign is ${fresh?.status ?? 'gone'}: proposals are closed`);
    assertBeforeDeadline(this.now(), new Date(fresh.proposalDeadline), 'proposal');
    const dossier = dossierOf(dossierInput, fresh);
    return this.workflow.move(ctx, nomination.id, 'propose', { dossier });
  }

  async returnNomination(ctx: RequestContext, id: string, reason: string): Promise<NominationEntity> {
    const { nomination, campaignOrg } = await this.load(ctx, id);
    assertSeen(ctx, 'manage', campaignOrg.path, 'return');
    const text = normalizeText(reason ?? '').trim();
    if (!text) throw new BadUserInputError('reason: say what must change');
    return this.workflow.move(ctx, nomination.id, 'return', { reason: text });
  }

  async withdraw(ctx: RequestContext, id: string): Promise<NominationEntity> {
    const { nomination, submitter } = await this.load(ctx, id);
    assertSeen(ctx, 'submit', submitter.path, 'withdraw');
    return this.workflow.move(ctx, nomination.id, 'withdraw', {});
  }

  async publish(ctx: RequestContext, id: string, published: boolean): Promise<NominationEntity> {
    const { nomination, campaignOrg } = await this.load(ctx, id);
    assertSeen(ctx, 'manage', campaignOrg.path, 'publish');
    if (nomination.stage !== 'RECOGNIZED' && nomination.stage !== 'ESCALATED')
      throw new InvalidTransitionError('Only a recognized nomination can be published');
    await this.db
      .getRepository(NominationEntity)
      .update({ id }, { published, publishedAt: published ? this.now() : null });
    await this.journal.emitNow(this.db, 'nomination.published', { ...nomination, published });
    return this.db.getRepository(NominationEntity).findOneByOrFail({ id });
  }

  /** The nomination the caller may read, its submitter, campaign and campaign's organization. */
  load(ctx: RequestContext, id: string): ReturnType<NominationAccess['load']> {
    return this.access.load(ctx, id);
  }

  /** A move inside the caller's transaction (decisions recognize many at once: docs/API.md §8). */
  moveIn(
    m: EntityManager,
    ctx: RequestContext,
    id: string,
    name: MoveName,
    change: MoveChange,
  ): Promise<NominationEntity> {
    return this.workflow.moveIn(m, ctx, id, name, change);
  }
}
