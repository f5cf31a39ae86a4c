import { ExportError } from './export-http';
import type { Cell, ExportColumn, ExportTable } from './export-table';
import type { ExportDefinition, GraphQLRunner } from './export-definition';

const ROW = `exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken`;

const QUERY = /* GraphQL */ `
  query ReplicationExport($organizationId: ID!, $year: Int!) {
    replicationReport(organizationId: $organizationId, year: $year) {
      year
      organization { name code }
      totals { ${ROW} }
      children { organization { name code } ${ROW} }
    }
  }
`;

interface Row {
  exemplars: number;
  evaluationsOnTime: number;
  evaluationsOverdue: number;
  adoptionsGiven: number;
  adoptionsTaken: number;
}

interface ReplicationAnswer {
  replicationReport: {
    year: number;
    organization: { name: string; code: string };
    totals: Row;
    children: (Row & { organization: { name: string; code: string } })[];
  } | null;
}

const COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, center: true },
  { header: 'Mã đơn vị', width: 14 },
  { header: 'Đơn vị', width: 36 },
  { header: 'Điển hình được bồi dưỡng', width: 14, center: true },
  { header: 'Đánh giá đúng hạn', width: 12, center: true },
  { header: 'Đánh giá quá hạn', width: 12, center: true },
  { header: 'Lượt nhân rộng mô hình của đơn vị', width: 16, center: true },
  { header: 'Lượt học tập, áp dụng mô hình nơi khác', width: 16, center: true },
];

const cells = (r: Row): Cell[] => [
  r.exemplars,
  r.evaluationsOnTime,
  r.evaluationsOverdue,
  r.adoptionsGiven,
  r.adoptionsTaken,
];

/**
 * `GET /exports/replication.{xlsx,csv}?organizationId=…&year=…` (docs/API.md §7): the replication report
 * beside the others, one row per child organization and a total row, for viewers and API keys
 * alike. Authorization is the exemplars subgraph's: a report the caller may not read is 404.
 */
export const replicationExport: ExportDefinition = {
  parse(search) {
    const problems: { field: string; message: string }[] = [];
    const organizationId = search.get('organizationId')?.trim();
    const yearText = search.get('year')?.trim() ?? '';
    const year = Number(yearText);
    if (!organizationId) problems.push({ field: 'organizationId', message: 'organizationId is required' });
    if (!/^\d{4}$/.test(yearText)) problems.push({ field: 'year', message: 'year is required, e.g. 2027' });
    if (problems.length > 0) throw ExportError.badInput(problems);
    return async (run: GraphQLRunner): Promise<ExportTable> => {
      const { replicationReport: report } = await run<ReplicationAnswer>(QUERY, { organizationId, year });
      if (!report)
        throw new ExportError(404, [{ message: 'Report not found', extensions: { code: 'NOT_FOUND' } }]);
      const rows: Cell[][] = report.children.map((c, i) => [
        i + 1,
        c.organization.code,
        c.organization.name,
        ...cells(c),
      ]);
      rows.push([
        '',
        report.organization.code,
        `Tổng cộng ${report.organization.name}`,
        ...cells(report.totals),
      ]);
      return {
        fileName: `Báo cáo bồi dưỡng, nhân rộng điển hình ${report.organization.name} ${report.year}`,
        sheetName: 'Nhân rộng',
        title: [
          'BÁO CÁO BỒI DƯỠNG, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN',
          `Năm ${report.year}`,
          `Đơn vị: ${report.organization.name}`,
        ],
        columns: COLUMNS,
        pages: (async function* () {
          yield rows;
        })(),
      };
    };
  },
};
