import { ExportError } from './export-http';
import type { Cell, ExportColumn, ExportTable } from './export-table';
import type { ExportDefinition, GraphQLRunner } from './export-definition';

/** Entries a request: the decision of each entry counts against the gateway's query cost limit. */
const PAGE_SIZE = 50;

const QUERY = /* GraphQL */ `
  query FundExport($organizationId: ID!, $year: Int!, $after: String) {
    emulationFund(organizationId: $organizationId, year: $year) {
      organization { name code }
      allocated paid recovered balance
      entries(first: ${PAGE_SIZE}, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { at amount kind note decision { number decidedAt } } }
      }
    }
  }
`;

interface FundAnswer {
  emulationFund: {
    organization: { name: string; code: string };
    allocated: number;
    paid: number;
    recovered: number;
    balance: number;
    entries: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          at: string;
          amount: number;
          kind: string;
          note: string | null;
          decision: { number: string; decidedAt: string } | null;
        };
      }[];
    };
  } | null;
}

const KINDS: Record<string, string> = {
  ALLOCATION: 'Phân bổ',
  PAYMENT: 'Chi khen thưởng',
  RECOVERY: 'Thu hồi',
  ADJUSTMENT: 'Điều chỉnh',
};

const COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, center: true },
  { header: 'Ngày', width: 12, center: true },
  { header: 'Loại', width: 16 },
  { header: 'Thu (đồng)', width: 16 },
  { header: 'Chi (đồng)', width: 16 },
  { header: 'Quyết định', width: 18 },
  { header: 'Nội dung', width: 48 },
];

/** A date as Vietnam reads it (UTC+7): DD/MM/YYYY. */
function vnDate(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const money = (n: number) => n.toLocaleString('vi-VN');

/**
 * `GET /exports/fund.xlsx?organizationId=…&year=…` (docs/API.md §8): the emulation fund's ledger for a
 * year, entries in order with what came in and what went out, the totals and the balance above
 * (a negative balance is flagged). Authorization is the nominations subgraph's: a fund the caller
 * may not read is 404.
 */
export const fundExport: ExportDefinition = {
  formats: ['xlsx'],
  parse(search) {
    const problems: { field: string; message: string }[] = [];
    const organizationId = search.get('organizationId')?.trim();
    const yearText = search.get('year')?.trim();
    const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (!organizationId) problems.push({ field: 'organizationId', message: 'organizationId is required' });
    if (year === null) problems.push({ field: 'year', message: 'year is required, e.g. 2026' });
    if (problems.length > 0) throw ExportError.badInput(problems);
    return async (run: GraphQLRunner): Promise<ExportTable> => {
      const first = await run<FundAnswer>(QUERY, { organizationId, year, after: null });
      const fund = first.emulationFund;
      if (!fund)
        throw new ExportError(404, [{ message: 'Fund not found', extensions: { code: 'NOT_FOUND' } }]);
      let position = 0;
      const rowsOf = (answer: FundAnswer): Cell[][] =>
        (answer.emulationFund?.entries.edges ?? []).map(({ node }) => {
          position += 1;
          const incoming =
            node.kind === 'ALLOCATION' ||
            node.kind === 'RECOVERY' ||
            (node.kind === 'ADJUSTMENT' && node.amount > 0);
          return [
            position,
            vnDate(node.at),
            KINDS[node.kind] ?? node.kind,
            incoming ? Math.abs(node.amount) : null,
            incoming ? null : Math.abs(node.amount),
            node.decision ? `${node.decision.number} (${vnDate(node.decision.decidedAt)})` : '',
            node.note ?? '',
          ];
        });
      return {
        fileName: `Quỹ thi đua khen thưởng ${fund.organization.name} ${year}`,
        sheetName: 'Quỹ thi đua',
        title: ['SỔ THEO DÕI QUỸ THI ĐUA, KHEN THƯỞNG', `Đơn vị: ${fund.organization.name}`, `Năm ${year}`],
        details: [
          `Phân bổ: ${money(fund.allocated)} đồng`,
          `Đã chi khen thưởng: ${money(fund.paid)} đồng`,
          `Thu hồi: ${money(fund.recovered)} đồng`,
          `Số dư: ${money(fund.balance)} đồng${fund.balance < 0 ? ' (ÂM: chi vượt quỹ)' : ''}`,
        ],
        columns: COLUMNS,
        pages: (async function* () {
          let answer = first;
          yield rowsOf(answer);
          while (answer.emulationFund?.entries.pageInfo.hasNextPage) {
            answer = await run<FundAnswer>(QUERY, {
              organizationId,
              year,
              after: answer.emulationFund.entries.pageInfo.endCursor,
            });
            yield rowsOf(answer);
          }
        })(),
      };
    };
  },
};
