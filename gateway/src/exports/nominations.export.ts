import { NOMINATION_STAGES, type NominationStageValue } from '@laurel/contracts';
import { ExportError } from './export-http';
import type { Cell, ExportColumn, ExportTable } from './export-table';
import type { ExportDefinition, GraphQLRunner } from './export-definition';

/** The `NominationStage` enum (docs/API.md, "Nominations"), from `@laurel/contracts`. */
export { NOMINATION_STAGES };
export type NominationStage = NominationStageValue;

/** The two seed forms (seed 000): the start-of-year registration and the end-of-year proposal. */
export type NominationForm = 'registration' | 'proposal';

export interface NominationsExportParams {
  organizationId: string;
  campaignId: string;
  stage: NominationStage | null;
  form: NominationForm;
}

const PAGE_SIZE = 100;

const FORMS: Record<NominationForm, { title: string; file: string; distinction: string }> = {
  registration: {
    title: 'DANH SÁCH ĐĂNG KÝ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG',
    file: 'Danh sách đăng ký',
    distinction: 'Danh hiệu đăng ký',
  },
  proposal: {
    title: 'DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG',
    file: 'Danh sách đề nghị',
    distinction: 'Danh hiệu đề nghị',
  },
};

/** The seed form's columns (its own wording), with the submitting unit before the summary. */
function columnsOf(form: NominationForm): ExportColumn[] {
  return [
    { header: 'STT', width: 6, center: true },
    { header: 'Họ và tên', width: 28 },
    { header: 'Chức vụ Đảng, đoàn thể', width: 22 },
    { header: 'Chức vụ chính quyền', width: 22 },
    { header: FORMS[form].distinction, width: 28 },
    { header: 'Đơn vị', width: 28 },
    { header: 'Tóm tắt thành tích', width: 60 },
  ];
}

/** Checks the query string, reporting every problem at once. */
export function parseNominationsParams(search: URLSearchParams): NominationsExportParams {
  const problems: { field: string; message: string }[] = [];
  const one = (name: string): string | null => {
    const values = search.getAll(name);
    if (values.length > 1) problems.push({ field: name, message: `${name} is given more than once` });
    const value = values[0]?.trim();
    return value ? value : null;
  };
  const organizationId = one('organizationId');
  const campaignId = one('campaignId');
  const stage = one('stage');
  const form = one('form');
  if (!organizationId) problems.push({ field: 'organizationId', message: 'organizationId is required' });
  if (!campaignId) problems.push({ field: 'campaignId', message: 'campaignId is required' });
  if (stage !== null && !(NOMINATION_STAGES as readonly string[]).includes(stage))
    problems.push({
      field: 'stage',
      message: `stage must be one of ${NOMINATION_STAGES.join(', ')}; got ${JSON.stringify(stage)}`,
    });
  if (form !== null && form !== 'registration' && form !== 'proposal')
    problems.push({
      field: 'form',
      message: `form must be registration or proposal; got ${JSON.stringify(form)}`,
    });
  if (problems.length > 0) throw ExportError.badInput(problems);
  return {
    organizationId: organizationId as string,
    campaignId: campaignId as string,
    stage: stage as NominationStage | null,
    // Past registration a nomination carries a dossier: the proposal form is the one to print.
    form:
      (form as NominationForm | null) ??
      (stage === null || stage === 'REGISTERED' ? 'registration' : 'proposal'),
  };
}

const PAGE_QUERY = /* GraphQL */ `
  query NominationsExport(
    $organizationId: ID!
    $campaignId: ID!
    $stage: NominationStage
    $first: Int!
    $after: String
    $heading: Boolean!
  ) {
    organization(id: $organizationId) @include(if: $heading) {
      name
    }
    campaign(id: $campaignId) @include(if: $heading) {
      title
      periodLabel
    }
    nominations(
      organizationId: $organizationId
      campaignId: $campaignId
      stage: $stage
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          nomineeName
          nominee {
            __typename
            ... on Person {
              fullName
              partyPosition
              governmentPosition
            }
            ... on Organization {
              name
            }
          }
          distinction {
            nameVi
          }
          dossier {
            summary
          }
          submittingOrganization {
            name
          }
        }
      }
    }
  }
`;

interface NominationNode {
  nomineeName: string;
  nominee:
    | {
        __typename: 'Person';
        fullName: string;
        partyPosition: string | null;
        governmentPosition: string | null;
      }
    | { __typename: 'Organization'; name: string };
  distinction: { nameVi: string };
  dossier: { summary: string } | null;
  submittingOrganization: { name: string };
}

interface NominationsPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: NominationNode }[];
}

interface PageData {
  organization?: { name: string } | null;
  campaign?: { title: string; periodLabel: string } | null;
  nominations: NominationsPage;
}

const text = (value: string | null | undefined): string | null => (value ? value.normalize('NFC') : null);

/** One line of the form; a collective is named by its organization and holds no positions. */
export function nominationRow(stt: number, node: NominationNode): Cell[] {
  const person = node.nominee.__typename === 'Person' ? node.nominee : null;
  const name = person
    ? person.fullName
    : node.nominee.__typename === 'Organization'
      ? node.nominee.name
      : null;
  return [
    stt,
    text(name ?? node.nomineeName),
    text(person?.partyPosition),
    text(person?.governmentPosition),
    text(node.distinction.nameVi),
    text(node.submittingOrganization.name),
    text(node.dossier?.summary),
  ];
}

async function* pagesOf(
  run: GraphQLRunner,
  variables: Record<string, unknown>,
  first: NominationsPage,
): AsyncGenerator<Cell[][]> {
  let stt = 0;
  let page = first;
  for (;;) {
    yield page.edges.map(({ node }) => nominationRow(++stt, node));
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage || !endCursor) return;
    page = (await run<PageData>(PAGE_QUERY, { ...variables, after: endCursor, heading: false })).nominations;
  }
}

/**
 * `GET /exports/nominations.{xlsx,csv}`: pages through `nominations` as the caller, so the
 * nominations subgraph decides what the caller sees (an API key or another school sees none).
 */
export const nominationsExport: ExportDefinition = {
  parse(search) {
    const params = parseNominationsParams(search);
    return async (run): Promise<ExportTable> => {
      const variables = {
        organizationId: params.organizationId,
        campaignId: params.campaignId,
        stage: params.stage,
        first: PAGE_SIZE,
      };
      // The first page comes before any byte is sent, so its errors still get a status code.
      const data = await run<PageData>(PAGE_QUERY, { ...variables, after: null, heading: true });
      const organization = data.organization;
      // The directory is public (docs/API.md §2): an unknown organization is a mistake worth reporting.
      if (!organization)
        throw new ExportError(404, [
          {
            message: `Organization ${params.organizationId} not found`,
            extensions: { code: 'NOT_FOUND', field: 'organizationId' },
          },
        ]);
      const form = FORMS[params.form];
      // A campaign the caller may not read names nothing, and its list is empty anyway.
      const campaign = data.campaign;
      return {
        fileName: [form.file, organization.name, campaign?.periodLabel].filter(Boolean).join(' - '),
        sheetName: form.file,
        title: [
          campaign ? `${form.title} ${campaign.periodLabel.toLocaleUpperCase('vi')}` : form.title,
          campaign?.title ?? '',
          `Đơn vị: ${organization.name}`,
        ],
        columns: columnsOf(params.form),
        pages: pagesOf(run, variables, data.nominations),
      };
    };
  },
};
