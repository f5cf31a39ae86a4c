import { ExportError } from './export-http';
import type { Cell, ExportColumn, ExportTable } from './export-table';
import type { ExportDefinition, GraphQLRunner } from './export-definition';

const TOTALS = `registered proposed underReview councilApproved councilRejected recognized escalated revoked collectives individuals`;

const QUERY = /* GraphQL */ `
  query ReportExport($organizationId: ID!, $campaignId: ID!) {
    orgReport(organizationId: $organizationId, campaignId: $campaignId) {
      organization { name code }
      campaign { title periodLabel }
      totals { ${TOTALS} }
      children { organization { name code } totals { ${TOTALS} } }
    }
  }
`;

type Totals = Record<
  | 'registered'
  | 'proposed'
  | 'underReview'
  | 'councilApproved'
  | 'councilRejected'
  | 'recognized'
  | 'escalated'
  | 'revoked'
  | 'collectives'
  | 'individuals',
  number
>;

interface ReportAnswer {
  orgReport: {
    organization: { name: string; code: string };
    campaign: { title: string; periodLabel: string } | null;
    totals: Totals;
    children: { organization: { name: string; code: string }; totals: Totals }[];
  } | null;
}

const COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, center: true },
  { header: 'Mã đơn vị', width: 14 },
  { header: 'Đơn vị', width: 36 },
  { header: 'Đăng ký', width: 10, center: true },
  { header: 'Đề nghị', width: 10, center: true },
  { header: 'Đang xét', width: 10, center: true },
  { header: 'Hội đồng nhất trí', width: 12, center: true },
  { header: 'Hội đồng không nhất trí', width: 12, center: true },
  { header: 'Công nhận', width: 11, center: true },
  { header: 'Đề nghị cấp trên', width: 12, center: true },
  { header: 'Thu hồi', width: 10, center: true },
  { header: 'Tập thể', width: 10, center: true },
  { header: 'Cá nhân', width: 10, center: true },
];

const cells = (t: Totals): Cell[] => [
  t.registered,
  t.proposed,
  t.underReview,
  t.councilApproved,
  t.councilRejected,
  t.recognized,
  t.escalated,
  t.revoked,
  t.collectives,
  t.individuals,
];

/**
 * `GET /exports/report.{xlsx,csv}?organizationId=…&campaignId=…` (docs/API.md §3): the organization's
 * report as reporting tools pull it (API keys included), one row per child organization and a
 * total row. Authorization is the reporting subgraph's: a report the caller may not read is 404.
 */
export const reportExport: ExportDefinition = {
  parse(search) {
    const problems: { field: string; message: string }[] = [];
    const organizationId = search.get('organizationId')?.trim();
    const campaignId = search.get('campaignId')?.trim();
    if (!organizationId) problems.push({ field: 'organizationId', message: 'organizationId is required' });
    if (!campaignId) problems.push({ field: 'campaignId', message: 'campaignId is required' });
    if (problems.length > 0) throw ExportError.badInput(problems);
    return async (run: GraphQLRunner): Promise<ExportTable> => {
      const { orgReport } = await run<ReportAnswer>(QUERY, { organizationId, campaignId });
      if (!orgReport)
        throw new ExportError(404, [{ message: 'Report not found', extensions: { code: 'NOT_FOUND' } }]);
      const rows: Cell[][] = orgReport.children.map((c, i) => [
        i + 1,
        c.organization.code,
        c.organization.name,
        ...cells(c.totals),
      ]);
      rows.push([
        '',
        orgReport.organization.code,
        `Tổng cộng ${orgReport.organization.name}`,
        ...cells(orgReport.totals),
      ]);
      const campaign = orgReport.campaign;
      return {
        fileName: `Báo cáo thi đua ${orgReport.organization.name}`,
        sheetName: 'Báo cáo',
        title: [
          'BÁO CÁO KẾT QUẢ THI ĐUA, KHEN THƯỞNG',
          campaign ? `${campaign.title} (${campaign.periodLabel})` : '',
          `Đơn vị: ${orgReport.organization.name}`,
        ],
        columns: COLUMNS,
        pages: (async function* () {
          yield rows;
        })(),
      };
    };
  },
};
