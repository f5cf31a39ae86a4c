import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { ChildrenTable } from '../components/children-table';
import { ComplianceTable, quotaStanding, type ComplianceEntry } from '../components/compliance-table';
import { nextSort, sortRows, type ChildRow } from '../sort';
import { TOTAL_KEYS, type Totals } from '../totals';

const totals = (registered: number): Totals =>
  Object.fromEntries(TOTAL_KEYS.map((k) => [k, k === 'registered' ? registered : 0])) as Totals;
const row = (id: string, name: string, registered: number): ChildRow => ({
  organization: { id, name },
  totals: totals(registered),
});
const rows = [
  row('a', 'Trường Tiểu học Đông Hà', 5),
  row('b', 'Trường THCS Âu Cơ', 9),
  row('c', 'Trường THCS Bắc Sơn', 5),
];

describe('sorting the children', () => {
  it('by name with Vietnamese collation, by figures high first with ties by name', () => {
    expect(sortRows(rows, { column: 'name', descending: false }).map((r) => r.organization.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(sortRows(rows, { column: 'registered', descending: true }).map((r) => r.organization.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(sortRows(rows, { column: 'registered', descending: false }).map((r) => r.organization.id)).toEqual(
      ['c', 'a', 'b'],
    );
    expect(nextSort({ column: 'name', descending: false }, 'name')).toEqual({
      column: 'name',
      descending: true,
    });
    expect(nextSort({ column: 'name', descending: false }, 'proposed')).toEqual({
      column: 'proposed',
      descending: true,
    });
  });

  it('renders a row per child (virtualised), sorts on a header click, opens a child on click', () => {
    // jsdom lays nothing out: the scroller is given the size it has in a browser.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(448);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(38);
    const onOpen = vi.fn();
    const many = Array.from({ length: 1000 }, (_, i) =>
      row(`id-${i}`, `Đơn vị ${String(i).padStart(4, '0')}`, i),
    );
    render(
      <I18nProvider language="vi">
        <ChildrenTable rows={many} hrefOf={(id) => `/o/${id}`} onOpen={onOpen} />
      </I18nProvider>,
    );
    const rendered = screen.getAllByTestId('report-child-row');
    // Only the rows in view are in the page, not a thousand.
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]!.getAttribute('data-organization-id')).toBe('id-0');
    fireEvent.click(screen.getByRole('button', { name: /Đăng ký/ }));
    expect(screen.getAllByTestId('report-child-row')[0]!.getAttribute('data-organization-id')).toBe('id-999');
    fireEvent.click(screen.getAllByTestId('report-child-row')[0]!);
    expect(onOpen).toHaveBeenCalledWith('id-999');
  });
});

describe('the compliance table', () => {
  const entries: ComplianceEntry[] = [
    {
      organization: { id: 'a', name: 'A' },
      registered: 3,
      proposed: 2,
      quotaMin: 2,
      quotaMax: 3,
      onTime: true,
      withinQuota: true,
    },
    {
      organization: { id: 'b', name: 'B' },
      registered: 1,
      proposed: 1,
      quotaMin: 2,
      quotaMax: 3,
      onTime: false,
      withinQuota: false,
    },
    {
      organization: { id: 'c', name: 'C' },
      registered: 5,
      proposed: 5,
      quotaMin: 0,
      quotaMax: 3,
      onTime: true,
      withinQuota: false,
    },
  ];

  it('marks late, under and over quota, with the contract attributes', () => {
    expect(entries.map(quotaStanding)).toEqual(['within', 'under', 'over']);
    render(
      <I18nProvider language="vi">
        <ComplianceTable rows={entries} />
      </I18nProvider>,
    );
    const trs = screen.getAllByTestId('compliance-row');
    expect(trs.map((tr) => [tr.dataset.organizationId, tr.dataset.onTime, tr.dataset.withinQuota])).toEqual([
      ['a', 'true', 'true'],
      ['b', 'false', 'false'],
      ['c', 'true', 'false'],
    ]);
    expect(trs[1]!.textContent).toContain('Trễ hạn');
    expect(trs[1]!.textContent).toContain('Dưới chỉ tiêu');
    expect(trs[2]!.textContent).toContain('Vượt chỉ tiêu');
    expect(trs[0]!.className).toBe('');
    expect(trs[1]!.className).toBe('bad');
  });
});
