import { isUnder } from '@laurel/auth';
import { InvalidTransitionError, isId, type RequestContext } from '@laurel/graphql';
import { foldVietnamese, normalizeText } from '@laurel/i18n';
import type { DataSource } from 'typeorm';
import type { Directory } from '../directory';
import type { UpdateCampaignInput } from './dto/campaign.input';
import { CampaignEntity, CampaignTransitionEntity } from './campaign.entity';
import { campaignToChange } from './campaign-access';
import { checkCascadeDeadlines, type CampaignDeadlines } from './campaign-cascade';
import { MAX_ITEMS, Problems, checkCriteriaShape, checkQuotasShape, checkTitle } from './campaign-input';
import { checkDistinctionCodes, replaceCriteria, replaceDistinctions, replaceQuotas } from './campaign-lists';

/**
 * Section 9: the launching organization's admins change a campaign. DRAFT: anything; OPEN:
 * deadlines (an extension, recorded in `history` with who and when), criteria and quotas (they
 * apply to registrations from now on); CLOSED and ARCHIVED: nothing. The cascade stays
 * consistent (its deadlines before its parent's escalation deadline, its children's before
 * its own) or nothing changes (BAD_USER_INPUT). One transaction, the campaign row locked.
 */
export class CampaignUpdateService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: Directory,
  ) {}

  async update(ctx: RequestContext, id: string, input: UpdateCampaignInput): Promise<CampaignEntity> {
    const { org } = await campaignToChange(this.db, this.directory, ctx, id);
    const by = ctx.identity.subject ?? `api-key:${ctx.identity.apiKey?.id ?? 'none'}`;

    const shape = new Problems();
    let title: string | undefined;
    if (input.title != null) {
      title = normalizeText(input.title).trim();
      checkTitle(shape, title);
    }
    const criteria = input.criteria ?? null;
    const quotas = input.quotas ?? null;
    const codes = input.distinctionCodes ? [...new Set(input.distinctionCodes)] : null;
    if (codes && input.distinctionCodes && codes.length !== input.distinctionCodes.length)
      shape.add('distinctionCodes', 'lists a code twice');
    if (criteria && criteria.length > MAX_ITEMS) shape.add('criteria', `at most ${MAX_ITEMS}`);
    if (quotas && quotas.length > MAX_ITEMS) shape.add('quotas', `at most ${MAX_ITEMS}`);
    if (criteria) checkCriteriaShape(shape, criteria);
    if (quotas) checkQuotasShape(shape, quotas);
    shape.throwIfAny();

    // What the lists name must exist and sit where create's rules say.
    const problems = new Problems();
    if (codes && codes.length > 0) await checkDistinctionCodes(this.db, codes, problems);
    const orgs = await this.directory.organizations(
      [
        ...(criteria ?? []).map((c) => c.evaluatorOrganizationId),
        ...(quotas ?? []).map((q) => q.organizationId),
      ].filter((v): v is string => typeof v === 'string' && isId(v)),
    );
    criteria?.forEach((c, i) => {
      if (!c.evaluatorOrganizationId) return;
      const evaluator = orgs.get(c.evaluatorOrganizationId);
      if (!evaluator || !isUnder(evaluator.path, org.path))
        problems.add(
          `criteria[${i}].evaluatorOrganizationId`,
          "must be an organization of the campaign's scope",
        );
    });
    const groupIds = (quotas ?? []).map((q) => q.groupId).filter(isId);
    const groups = await this.directory.groups(groupIds);
    quotas?.forEach((q, i) => {
      if (q.organizationId) {
        const target = orgs.get(q.organizationId);
        if (!target || !isUnder(target.path, org.path))
          problems.add(`quotas[${i}].organizationId`, "must be an organization of the campaign's scope");
      }
      if (q.groupId) {
        const g = groups.get(q.groupId);
        if (!g || !(isUnder(g.ownerPath, org.path) || isUnder(org.path, g.ownerPath)))
          problems.add(`quotas[${i}].groupId`, 'is not an emulation group the campaign can use');
      }
    });
    problems.throwIfAny();

    return this.db.transaction(async (m) => {
      const current = await m
        .getRepository(CampaignEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOneOrFail();
      if (current.status === 'CLOSED' || current.status === 'ARCHIVED')
        throw new InvalidTransitionError(`A ${current.status} campaign cannot change`, {
          from: current.status,
          to: current.status,
        });
      const rules = new Problems();
      if (current.status === 'OPEN') {
        if (title !== undefined && title !== current.title)
          rules.add('title', 'an OPEN campaign keeps its title');
        if (codes) rules.add('distinctionCodes', 'an OPEN campaign keeps its distinctions');
      }
      const next: CampaignDeadlines = {
        registrationDeadline: input.registrationDeadline ?? current.registrationDeadline,
        proposalDeadline: input.proposalDeadline ?? current.proposalDeadline,
        escalationDeadline: input.escalationDeadline ?? current.escalationDeadline,
      };
      if (next.registrationDeadline.getTime() > next.proposalDeadline.getTime())
        rules.add('proposalDeadline', 'must not be before the registration deadline');
      if (next.escalationDeadline && next.escalationDeadline.getTime() < next.proposalDeadline.getTime())
        rules.add('escalationDeadline', 'must not be before the proposal deadline');
      // The cascade: before the parent's bound, and the children's deadlines before ours.
      await checkCascadeDeadlines(m, current, next, rules);
      rules.throwIfAny();

      const changes: string[] = [];
      const patch: Partial<CampaignEntity> = {};
      if (title !== undefined && title !== current.title) {
        patch.title = title;
        patch.titleFolded = foldVietnamese(title);
        changes.push(`title "${current.title}" → "${title}"`);
      }
      for (const field of ['registrationDeadline', 'proposalDeadline', 'escalationDeadline'] as const) {
        const before = current[field];
        const after = next[field];
        if ((before?.getTime() ?? null) !== (after?.getTime() ?? null)) {
          patch[field] = after as Date;
          changes.push(`${field} ${before?.toISOString() ?? 'none'} → ${after?.toISOString() ?? 'none'}`);
        }
      }
      if (Object.keys(patch).length > 0) await m.getRepository(CampaignEntity).update({ id }, patch);
      if (codes) changes.push(await replaceDistinctions(m, id, codes));
      if (criteria) changes.push(await replaceCriteria(m, id, criteria));
      if (quotas) changes.push(await replaceQuotas(m, id, quotas));
      if (changes.length > 0)
        await m.getRepository(CampaignTransitionEntity).insert({
          campaignId: id,
          fromStatus: current.status,
          toStatus: current.status,
          by,
          change: changes.join('; '),
        });
      return m.getRepository(CampaignEntity).findOneByOrFail({ id });
    });
  }
}
