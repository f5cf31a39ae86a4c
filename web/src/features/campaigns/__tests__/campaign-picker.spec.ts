import { describe, expect, it } from 'vitest';
import { cascadeOrder, type PickerCampaign } from '../components/campaign-picker';

const c = (id: string, parent: string | null): PickerCampaign => ({
  id,
  title: id,
  year: 2027,
  organization: { id: `org-${id}`, name: id },
  parent: parent ? { id: parent } : null,
});

describe('the campaign cascade', () => {
  it('lists each campaign followed by its children, deeper ones indented', () => {
    const order = cascadeOrder([
      c('school', 'district'),
      c('province', null),
      c('district', 'province'),
      c('other', null),
    ]);
    expect(order.map((o) => [o.campaign.id, o.depth])).toEqual([
      ['province', 0],
      ['district', 1],
      ['school', 2],
      ['other', 0],
    ]);
  });

  it('shows a campaign whose parent is not in the list at the top', () => {
    expect(cascadeOrder([c('district', 'hidden')]).map((o) => o.depth)).toEqual([0]);
  });
});
