/** A nomination as the slate builder reads it. */
export interface SlateCandidate {
  id: string;
  stage: string;
  nomineeName: string;
  distinction: { code: string; nameVi: string; nameEn: string };
  campaign: { id: string; title: string; year: number; organization: { id: string } };
  submittingOrganization: { id: string; name: string };
}

export interface CampaignGroup<T extends SlateCandidate = SlateCandidate> {
  campaign: T['campaign'];
  nominations: T[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * What may go on a council's slate (the voting service's rule): nominations `PROPOSED` in a
 * campaign of the council's own organization. Grouped by campaign (newest year first), nominees
 * in Vietnamese alphabetical order.
 */
export function slateCandidates<T extends SlateCandidate>(
  nominations: readonly T[],
  councilOrganizationId: string,
): CampaignGroup<T>[] {
  const groups = new Map<string, CampaignGroup<T>>();
  for (const n of nominations) {
    if (n.stage !== 'PROPOSED' || n.campaign.organization.id !== councilOrganizationId) continue;
    const group: CampaignGroup<T> = groups.get(n.campaign.id) ?? { campaign: n.campaign, nominations: [] };
    group.nominations.push(n);
    groups.set(n.campaign.id, group);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      nominations: [...g.nominations].sort((a, b) => collator.compare(a.nomineeName, b.nomineeName)),
    }))
    .sort(
      (a, b) => b.campaign.year - a.campaign.year || collator.compare(a.campaign.title, b.campaign.title),
    );
}

/** The chosen ids in the order the builder shows them (the slate's order on the ballot). */
export function slateOrder(groups: readonly CampaignGroup[], chosen: ReadonlySet<string>): string[] {
  return groups.flatMap((g) => g.nominations.filter((n) => chosen.has(n.id)).map((n) => n.id));
}
