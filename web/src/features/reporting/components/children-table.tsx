import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { Figure } from '../../../ui/figure';
import { nextSort, sortRows, type ChildRow, type Sort, type SortColumn } from '../sort';
import { TOTAL_KEYS, totalLabel } from '../totals';

const ROW_HEIGHT = 38;

/**
 * One row per child organization, sortable, virtualised (a province has up to a thousand
 * children: only the rows in view are in the page). A row opens the child's dashboard.
 */
export function ChildrenTable({
  rows,
  hrefOf,
  onOpen,
}: {
  rows: readonly ChildRow[];
  hrefOf: (organizationId: string) => string;
  onOpen: (organizationId: string) => void;
}) {
  const { t } = useI18n();
  const [sort, setSort] = useState<Sort>({ column: 'name', descending: false });
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: 28 * 16 },
  });
  const columns: { key: SortColumn; label: string }[] = [
    { key: 'name', label: t('column.organization') },
    ...TOTAL_KEYS.map((key) => ({ key, label: t(totalLabel(key)) })),
  ];
  const ariaSort = (column: SortColumn) =>
    sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none';

  return (
    <div
      className="grid-table"
      role="table"
      aria-label={t('dashboard.children')}
      aria-rowcount={sorted.length + 1}
    >
      <div role="rowgroup">
        <div className="grid-row grid-head" role="row" aria-rowindex={1}>
          {columns.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={ariaSort(column.key)}
              className={column.key === 'name' ? undefined : 'num'}
            >
              <button type="button" onClick={() => setSort((s) => nextSort(s, column.key))}>
                {column.label}
                <span className="visually-hidden">{t('dashboard.sortBy', { column: column.label })}</span>
                {sort.column === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </div>
          ))}
        </div>
      </div>
      <div className="grid-body" ref={scroller} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sorted[item.index]!;
            const id = row.organization.id;
            return (
              <div
                key={id}
                className="grid-row"
                role="row"
                aria-rowindex={item.index + 2}
                data-testid="report-child-row"
                data-organization-id={id}
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('a')) return;
                  onOpen(id);
                }}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <div role="cell">
                  <a
                    href={hrefOf(id)}
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      onOpen(id);
                    }}
                  >
                    {row.organization.name}
                  </a>
                </div>
                {TOTAL_KEYS.map((key) => (
                  <div role="cell" className="num" key={key}>
                    <Figure value={row.totals[key]} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
