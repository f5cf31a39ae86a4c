/** One deadline of an open campaign, for the home page's "deadlines at a glance". */
export interface DueItem {
  campaignId: string;
  title: string;
  organizationName: string;
  stage: 'REGISTRATION' | 'PROPOSAL' | 'ESCALATION';
  at: string;
  passed: boolean;
}

export const HORIZON_DAYS = 30;

/**
 * What is due in the next `HORIZON_DAYS` days and what is late (passed in the last
 * `HORIZON_DAYS` days while the campaign is still open), each once, sorted by date.
 */
export function dueSoon(items: readonly DueItem[], now: Date): { upcoming: DueItem[]; late: DueItem[] } {
  const horizon = HORIZON_DAYS * 86_400_000;
  const seen = new Set<string>();
  const upcoming: DueItem[] = [];
  const late: DueItem[] = [];
  for (const item of items) {
    const key = `${item.campaignId}:${item.stage}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const delta = new Date(item.at).getTime() - now.getTime();
    if (delta >= 0 && delta <= horizon) upcoming.push(item);
    else if (delta < 0 && -delta <= horizon) late.push(item);
  }
  const byDate = (a: DueItem, b: DueItem) => a.at.localeCompare(b.at);
  return { upcoming: upcoming.sort(byDate), late: late.sort(byDate) };
}
