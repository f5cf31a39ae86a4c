import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n';

export interface PickerCampaign {
  id: string;
  title: string;
  year: number;
  organization: { id: string; name: string };
  parent?: { id: string } | null;
}

/** Campaigns in cascade order: each one followed by its children, indented by depth. */
export function cascadeOrder(
  campaigns: readonly PickerCampaign[],
): { campaign: PickerCampaign; depth: number }[] {
  const ids = new Set(campaigns.map((c) => c.id));
  const childrenOf = new Map<string | null, PickerCampaign[]>();
  for (const campaign of campaigns) {
    const parent = campaign.parent && ids.has(campaign.parent.id) ? campaign.parent.id : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), campaign]);
  }
  const out: { campaign: PickerCampaign; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const campaign of childrenOf.get(parent) ?? []) {
      out.push({ campaign, depth });
      walk(campaign.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function CampaignPicker({
  campaigns,
  value,
  onChange,
}: {
  campaigns: readonly PickerCampaign[];
  value: string | null;
  onChange: (campaignId: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('dashboard.campaign')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {value ? null : <option value="">{t('dashboard.chooseCampaign')}</option>}
        {cascadeOrder(campaigns).map(({ campaign, depth }) => (
          <option key={campaign.id} value={campaign.id}>
            {`${'\u00a0\u00a0'.repeat(depth)}${depth ? '└ ' : ''}${campaign.title} (${campaign.year}) — ${campaign.organization.name}`}
          </option>
        ))}
      </select>
    </div>
  );
}
