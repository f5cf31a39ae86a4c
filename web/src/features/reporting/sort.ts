import type { TotalKey, Totals } from './totals';

export type SortColumn = 'name' | TotalKey;
export interface Sort {
  column: SortColumn;
  descending: boolean;
}
export interface ChildRow {
  organization: { id: string; name: string };
  totals: Totals;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Children sorted by name (Vietnamese collation) or by a figure, ties broken by name. */
export function sortRows<T extends ChildRow>(rows: readonly T[], sort: Sort): T[] {
  const byName = (a: T, b: T) => collator.compare(a.organization.name, b.organization.name);
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return direction * byName(a, b);
    const diff = a.totals[sort.column] - b.totals[sort.column];
    return diff !== 0 ? direction * diff : byName(a, b);
  });
}

/** Clicking a column: the same one flips the direction; another starts with figures high first. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'name' };
}
