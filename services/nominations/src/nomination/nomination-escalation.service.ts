import { isUnder } from '@laurel/auth';
import type { DirectoryReader } from '@laurel/directory';
import { BadUserInputError, InvalidTransitionError, type RequestContext } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import type { CampaignsClient } from '../campaigns-client';
import type { CatalogueClient } from '../catalogue-client';
import { NominationEntity } from './nomination.entity';
import { assertSeen, subjectOf, type NominationAccess } from './nomination-access';
import type { NominationJournal } from './nomination-history';
import { assertBeforeDeadline, lockNomination } from './nomination.workflow';
import type { NominationWriter } from './nomination.writer';
import { assertDistinction, assertHigherDistinction } from './registration-checks';

/** RECOGNIZED → ESCALATED, with a new, linked nomination in an ancestor's campaign. */
export class NominationEscalationService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly campaigns: CampaignsClient,
    private readonly catalogue: CatalogueClient,
    private readonly access: NominationAccess,
    private readonly writer: NominationWriter,
    private readonly journal: NominationJournal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Forwards a RECOGNIZED nomination to an ancestor's campaign; returns the new, linked one. With
   * `distinctionCode` (section 9), for a higher distinction there (a school's Giấy khen goes up for
   * the province's Bằng khen): the catalogue's level and prerequisites apply to it.
   */
  async escalate(
    ctx: RequestContext,
    id: string,
    toCampaignId: string,
    distinctionCode: string | null = null,
  ): Promise<NominationEntity> {
    const { nomination, campaign, campaignOrg } = await this.access.load(ctx, id);
    assertSeen(ctx, 'manage', campaignOrg.path, 'escalate');
    if (nomination.stage !== 'RECOGNIZED')
      throw new InvalidTransitionError(
        `Only a RECOGNIZED nomination can be escalated (this one is ${nomination.stage})`,
      );
    const chain = await this.campaigns.chain(campaign.id);
    const source = chain[0];
    const target = chain.slice(1).find((c) => c.id === toCampaignId);
    if (!source || !target)
      throw new BadUserInputError(
        "toCampaignId: escalation goes to a campaign above this nomination's campaign in its cascade",
        { field: 'toCampaignId' },
      );
    const targetOrg = await this.directory.organization(target.organizationId);
    if (!targetOrg || !isUnder(campaignOrg.path, targetOrg.path) || targetOrg.id === campaignOrg.id)
      throw new BadUserInputError('toCampaignId: the campaign must belong to an ancestor organization', {
        field: 'toCampaignId',
      });
    if (target.status !== 'OPEN') throw new InvalidTransitionError(`The target campaign is ${target.status}`);
    assertBeforeDeadline(
      this.now(),
      new Date(source.escalationDeadline ?? target.proposalDeadline),
      'escalation',
    );
    if (nomination.nomineePersonId) {
      // Escalation makes a new nomination: not for a person who has left (section 9).
      const person = await this.directory.person(nomination.nomineePersonId, { fresh: true });
      if (person?.leftAt)
        throw new BadUserInputError(
          `${person.fullName} left on ${new Date(person.leftAt).toISOString().slice(0, 10)} and can no longer be nominated`,
          { field: 'id', reason: 'PERSON_INACTIVE' },
        );
    }
    const code = distinctionCode ?? nomination.distinctionCode;
    await assertDistinction(this.catalogue, target, code, nomination.target);
    if (code !== nomination.distinctionCode)
      await assertHigherDistinction(this.db, this.catalogue, nomination, code, target, targetOrg);

    const escalated = this.db.transaction(async (m) => {
      const current = await lockNomination(m, nomination.id);
      if (current.stage !== 'RECOGNIZED')
        throw new InvalidTransitionError(
          `Only a RECOGNIZED nomination can be escalated (this one is ${current.stage})`,
        );
      const linked = await this.writer.insertIn(m, {
        by: subjectOf(ctx),
        campaign: target,
        // "submitted into the parent campaign by the organization that escalated it" (docs/API.md §3)
        submitter: campaignOrg,
        nominee: {
          personId: current.nomineePersonId,
          organizationId: current.nomineeOrganizationId,
          name: current.nomineeName,
          target: current.target,
        },
        distinctionCode: code,
        stage: 'PROPOSED',
        dossier: current.dossier,
        escalatedFromId: current.id,
        idempotencyKey: null,
        requestHash: null,
      });
      await m
        .getRepository(NominationEntity)
        .update({ id: current.id }, { stage: 'ESCALATED', escalatedToId: linked.id });
      await this.journal.record(m, current, 'ESCALATED', subjectOf(ctx), null);
      await this.journal.emit(
        m,
        'nomination.escalated',
        { ...current, stage: 'ESCALATED' },
        { from: 'RECOGNIZED', to: 'ESCALATED', linkedId: linked.id },
      );
      return linked;
    });
    try {
      return await escalated;
    } catch (error) {
      throw await this.access.readableDuplicate(ctx, error);
    }
  }
}
