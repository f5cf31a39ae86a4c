import { InvalidTransitionError, type RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { Directory } from '../directory';
import { CampaignEntity, CampaignTransitionEntity, type CampaignStatusValue } from './campaign.entity';
import { campaignToChange } from './campaign-access';

/** The only moves of the lifecycle (issue 3): anything else is INVALID_TRANSITION. */
const TRANSITIONS: Record<'open' | 'close' | 'archive', [CampaignStatusValue, CampaignStatusValue]> = {
  open: ['DRAFT', 'OPEN'],
  close: ['OPEN', 'CLOSED'],
  archive: ['CLOSED', 'ARCHIVED'],
};

export type CampaignMove = keyof typeof TRANSITIONS;

/** A campaign's lifecycle: DRAFT → OPEN → CLOSED → ARCHIVED. */
export class CampaignLifecycleService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: Directory,
  ) {}

  /** DRAFT → OPEN → CLOSED → ARCHIVED, one step at a time, recorded. */
  async transition(ctx: RequestContext, id: string, move: CampaignMove): Promise<CampaignEntity> {
    await campaignToChange(this.db, this.directory, ctx, id, `You may not ${move} this campaign`);
    const [from, to] = TRANSITIONS[move];
    const by = ctx.identity.subject ?? 'unknown';
    return this.db.transaction(async (m) => {
      const current = await m
        .getRepository(CampaignEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOneOrFail();
      if (current.status !== from) {
        throw new InvalidTransitionError(`A ${current.status} campaign cannot move to ${to}`, {
          from: current.status,
          to,
        });
      }
      if (move === 'open' && current.parentId) {
        const parent = await m.getRepository(CampaignEntity).findOneByOrFail({ id: current.parentId });
        if (parent.status !== 'OPEN')
          throw new InvalidTransitionError(`The parent campaign is ${parent.status}; open it first`, {
            from: current.status,
            to,
          });
      }
      await m.getRepository(CampaignEntity).update({ id }, { status: to });
      await m
        .getRepository(CampaignTransitionEntity)
        .insert({ campaignId: id, fromStatus: from, toStatus: to, by });
      return m.getRepository(CampaignEntity).findOneByOrFail({ id });
    });
  }
}
