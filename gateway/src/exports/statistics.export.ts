import { normalizeText } from '@laurel/i18n';
import { ExportError } from './export-http';
import type { Cell, ExportColumn, ExportSheet, ExportTable } from './export-table';
import type { ExportDefinition, GraphQLRunner } from './export-definition';

const QUERY = /* GraphQL */ `
  query StatisticsExport($organizationId: ID!, $year: Int!) {
    yearlyStatistics(organizationId: $organizationId, year: $year) {
      organization {
        name
        code
        kind
        parent {
          name
        }
      }
      campaigns {
        own {
          annual
          thematic
          phase
          total
        }
        below {
          annual
          thematic
          phase
          total
        }
        above {
          annual
          thematic
          phase
          total
        }
      }
      distinctions {
        distinction {
          code
        }
        registered {
          collectives
          individuals
        }
        proposed {
          collectives
          individuals
        }
        recognized {
          collectives
          individuals
        }
      }
    }
    distinctions {
      code
      nameVi
      kind
      targets
    }
  }
`;

interface KindCounts {
  annual: number;
  thematic: number;
  phase: number;
  total: number;
}

interface TargetCounts {
  collectives: number;
  individuals: number;
}

export interface DistinctionFigures {
  distinction: { code: string };
  registered: TargetCounts;
  proposed: TargetCounts;
  recognized: TargetCounts;
}

export interface CatalogueEntry {
  code: string;
  nameVi: string;
  kind: string;
  targets: string[];
}

export interface StatisticsAnswer {
  yearlyStatistics: {
    organization: { name: string; code: string; kind: string; parent: { name: string } | null };
    campaigns: { own: KindCounts; below: KindCounts; above: KindCounts };
    distinctions: DistinctionFigures[];
  } | null;
  distinctions: CatalogueEntry[];
}

/** The yearly report goes up by the end of the year (issue 6's reading of the circular). */
const DUE_DAY = '15/12';
const MINISTRY = 'Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương)';
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The catalogue's kinds as the form's sections, in the form's order; anything else comes last. */
const SECTIONS: { kind: string; label: string }[] = [
  { kind: 'TITLE', label: 'Danh hiệu thi đua' },
  { kind: 'AWARD', label: 'Hình thức khen thưởng' },
  { kind: 'RECOGNITION', label: 'Điển hình tiên tiến, mô hình tiêu biểu' },
  { kind: 'INITIATIVE', label: 'Sáng kiến' },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

const CAMPAIGN_COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, center: true },
  { header: 'Chỉ tiêu', width: 60 },
  { header: 'Tổng số', width: 12, center: true },
  { header: 'Thường xuyên (hằng năm)', width: 16, center: true },
  { header: 'Theo đợt, chuyên đề', width: 16, center: true },
  { header: 'Giai đoạn (nhiều năm)', width: 16, center: true },
];

const DISTINCTION_COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, center: true },
  { header: 'Danh hiệu thi đua, hình thức khen thưởng', width: 44 },
  { header: 'Mã', width: 30 },
  { header: 'Đăng ký – Tập thể', width: 12, center: true },
  { header: 'Đăng ký – Cá nhân', width: 12, center: true },
  { header: 'Đề nghị – Tập thể', width: 12, center: true },
  { header: 'Đề nghị – Cá nhân', width: 12, center: true },
  { header: 'Được công nhận, khen thưởng – Tập thể', width: 16, center: true },
  { header: 'Được công nhận, khen thưởng – Cá nhân', width: 16, center: true },
];

export interface StatisticsParams {
  organizationId: string;
  year: number;
}

/** Checks the query string, reporting every problem at once. */
export function parseStatisticsParams(search: URLSearchParams): StatisticsParams {
  const problems: { field: string; message: string }[] = [];
  const one = (name: string): string | null => {
    const values = search.getAll(name);
    if (values.length > 1) problems.push({ field: name, message: `${name} is given more than once` });
    const value = values[0]?.trim();
    return value ? value : null;
  };
  const organizationId = one('organizationId');
  const rawYear = one('year');
  if (!organizationId) problems.push({ field: 'organizationId', message: 'organizationId is required' });
  const year = rawYear !== null && /^\d{4}$/.test(rawYear) ? Number(rawYear) : null;
  if (rawYear === null) problems.push({ field: 'year', message: 'year is required (YYYY)' });
  else if (year === null || year < MIN_YEAR || year > MAX_YEAR)
    problems.push({
      field: 'year',
      message: `year must be a year from ${MIN_YEAR} to ${MAX_YEAR} (YYYY); got ${JSON.stringify(rawYear)}`,
    });
  if (problems.length > 0) throw ExportError.badInput(problems);
  return { organizationId: organizationId!, year: year! };
}

const kindCells = (c: KindCounts): Cell[] => [c.total, c.annual, c.thematic, c.phase];

const sum = (a: KindCounts, b: KindCounts): KindCounts => ({
  annual: a.annual + b.annual,
  thematic: a.thematic + b.thematic,
  phase: a.phase + b.phase,
  total: a.total + b.total,
});

/** Biểu 1: the movements launched in the year, by kind and by who launched them. */
export function campaignRows(
  organizationName: string,
  campaigns: { own: KindCounts; below: KindCounts; above: KindCounts },
): Cell[][] {
  return [
    [
      null,
      'Tổng số phong trào thi đua được phát động trong năm (1 + 2)',
      ...kindCells(sum(campaigns.own, campaigns.below)),
    ],
    [1, `Do ${organizationName} phát động`, ...kindCells(campaigns.own)],
    [2, 'Do các cơ quan, đơn vị trực thuộc phát động', ...kindCells(campaigns.below)],
    [
      3,
      'Phong trào do cấp trên phát động, triển khai tại đơn vị (không cộng vào tổng số)',
      ...kindCells(campaigns.above),
    ],
  ];
}

/** Six counts: registered, proposed, recognized, each collective then individual. */
type Six = [number, number, number, number, number, number];

const sixOf = (f: DistinctionFigures | undefined): Six =>
  f
    ? [
        f.registered.collectives,
        f.registered.individuals,
        f.proposed.collectives,
        f.proposed.individuals,
        f.recognized.collectives,
        f.recognized.individuals,
      ]
    : [0, 0, 0, 0, 0, 0];

const addSix = (a: Six, b: Six): Six => a.map((v, i) => v + b[i]!) as Six;

/**
 * Biểu 2: every distinction of the catalogue, by section (titles, award forms, recognitions,
 * initiatives), with a total and a subtotal per section. A target the distinction cannot go to
 * is left empty, as paper forms leave it.
 */
export function distinctionRows(catalogue: CatalogueEntry[], figures: DistinctionFigures[]): Cell[][] {
  const byCode = new Map(figures.map((f) => [f.distinction.code, f]));
  const known = new Set(catalogue.map((d) => d.code));
  const entries: CatalogueEntry[] = [
    ...catalogue,
    // Figures of a distinction the catalogue no longer lists still count.
    ...figures
      .filter((f) => !known.has(f.distinction.code))
      .map((f) => ({ code: f.distinction.code, nameVi: f.distinction.code, kind: '', targets: [] })),
  ];
  const sections = [...SECTIONS, { kind: '', label: 'Khác' }].map(({ kind, label }) => ({
    label,
    entries: entries.filter((d) => (kind ? d.kind === kind : !SECTIONS.some((s) => s.kind === d.kind))),
  }));
  let total: Six = [0, 0, 0, 0, 0, 0];
  const body: Cell[][] = [];
  sections
    .filter((s) => s.entries.length > 0)
    .forEach((section, index) => {
      let subtotal: Six = [0, 0, 0, 0, 0, 0];
      const rows = section.entries.map((d, i): Cell[] => {
        const six = sixOf(byCode.get(d.code));
        subtotal = addSix(subtotal, six);
        // Empty where the distinction cannot go to that target (unless something was counted there).
        const cell = (value: number, target: string): Cell =>
          value === 0 && d.targets.length > 0 && !d.targets.includes(target) ? null : value;
        return [
          i + 1,
          normalizeText(d.nameVi),
          d.code,
          ...six.map((v, k) => cell(v, k % 2 === 0 ? 'COLLECTIVE' : 'INDIVIDUAL')),
        ];
      });
      total = addSix(total, subtotal);
      body.push([ROMAN[index] ?? String(index + 1), section.label, null, ...subtotal], ...rows);
    });
  return [[null, 'TỔNG SỐ', null, ...total], ...body];
}

const once = (rows: Cell[][]): AsyncIterable<Cell[][]> =>
  (async function* () {
    yield rows;
  })();

/**
 * `GET /exports/statistics.xlsx?organizationId=…&year=YYYY`: the yearly statistical report of
 * emulation and commendation a province sends the Ministry of Home Affairs (chế độ báo cáo thống
 * kê ngành Nội vụ, Thông tư 02/2023/TT-BNV), for any organization's subtree, from reporting's
 * `yearlyStatistics`. Two sheets: the movements launched, and the distinctions by target.
 * Authorization is the reporting subgraph's, as for the report export: not yours to read is 404.
 */
export const statisticsExport: ExportDefinition = {
  formats: ['xlsx'],
  parse(search) {
    const { organizationId, year } = parseStatisticsParams(search);
    return async (run: GraphQLRunner): Promise<ExportTable> => {
      const { yearlyStatistics: stats, distinctions } = await run<StatisticsAnswer>(QUERY, {
        organizationId,
        year,
      });
      if (!stats)
        throw new ExportError(404, [{ message: 'Report not found', extensions: { code: 'NOT_FOUND' } }]);
      const org = stats.organization;
      const name = normalizeText(org.name);
      const receiver = org.kind === 'PROVINCE' || !org.parent ? MINISTRY : normalizeText(org.parent.name);
      const details = [
        'Chế độ báo cáo thống kê ngành Nội vụ (Thông tư số 02/2023/TT-BNV), báo cáo năm',
        `Đơn vị báo cáo: ${name} (mã ${org.code})`,
        `Đơn vị nhận báo cáo: ${receiver}`,
        `Kỳ báo cáo: năm ${year}, từ ngày 01/01/${year} đến ngày 31/12/${year} (giờ Việt Nam)`,
        `Ngày nhận báo cáo: ${DUE_DAY}/${year}`,
      ];
      const heading = `BÁO CÁO THỐNG KÊ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${year}`;
      const awards: ExportSheet = {
        sheetName: 'Biểu 2 – Khen thưởng',
        title: [heading, 'Biểu 2. Số danh hiệu thi đua, hình thức khen thưởng'],
        details,
        columns: DISTINCTION_COLUMNS,
        pages: once(distinctionRows(distinctions, stats.distinctions)),
      };
      return {
        fileName: `Thống kê thi đua, khen thưởng năm ${year} - ${name}`,
        sheetName: 'Biểu 1 – Phong trào thi đua',
        title: [heading, 'Biểu 1. Số phong trào thi đua được phát động'],
        details,
        columns: CAMPAIGN_COLUMNS,
        pages: once(campaignRows(name, stats.campaigns)),
        moreSheets: [awards],
      };
    };
  },
};
