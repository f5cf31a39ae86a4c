import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { LIST_HEADERS, MOTTO, NATION, money, vnDateWords, type DecisionDocument } from './decision-data';

/** Times New Roman 13–14 pt, as Decree 30/2020 asks of administrative documents. */
const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italics });

const line = (
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; align?: IParagraphOptions['alignment'] } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { after: 60 },
    children: [run(text, options)],
  });

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120 },
    children: [run(text)],
  });

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Issuer and number on the left, the nation, its motto and the date on the right. */
function heading(decision: DecisionDocument): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 42, type: WidthType.PERCENTAGE },
            children: [
              line(decision.issuer.toLocaleUpperCase('vi-VN'), { bold: true, size: 24 }),
              line(`Số: ${decision.number}`),
            ],
          }),
          new TableCell({
            width: { size: 58, type: WidthType.PERCENTAGE },
            children: [
              line(NATION, { bold: true, size: 24 }),
              line(MOTTO, { bold: true }),
              line(vnDateWords(decision.decidedAt), { italics: true }),
            ],
          }),
        ],
      }),
    ],
  });
}

const SHARES = [7, 27, 26, 22, 18];

function cell(
  text: string,
  share: number,
  options: { bold?: boolean; align?: IParagraphOptions['alignment'] },
) {
  return new TableCell({
    width: { size: share, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: options.align ?? AlignmentType.LEFT,
        children: [run(text, { bold: options.bold, size: 24 })],
      }),
    ],
  });
}

/** The attached list: STT, Họ và tên / Tập thể, Đơn vị, Danh hiệu, Số tiền; the total last. */
function listTable(decision: DecisionDocument): Table {
  const header = new TableRow({
    tableHeader: true,
    children: LIST_HEADERS.map((h, i) => cell(h, SHARES[i]!, { bold: true, align: AlignmentType.CENTER })),
  });
  const rows = decision.lines.map(
    (l, index) =>
      new TableRow({
        children: [
          cell(String(index + 1), SHARES[0]!, { align: AlignmentType.CENTER }),
          cell(l.name, SHARES[1]!, {}),
          cell(l.unit, SHARES[2]!, {}),
          cell(l.distinction, SHARES[3]!, {}),
          cell(l.reward === null ? '' : money(l.reward), SHARES[4]!, { align: AlignmentType.RIGHT }),
        ],
      }),
  );
  const total = new TableRow({
    children: [
      cell('', SHARES[0]!, {}),
      cell('Tổng cộng', SHARES[1]!, { bold: true }),
      cell('', SHARES[2]!, {}),
      cell('', SHARES[3]!, {}),
      cell(money(decision.totalReward), SHARES[4]!, { bold: true, align: AlignmentType.RIGHT }),
    ],
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows, total] });
}

/**
 * The decision as Word opens it, for the issuer to put on its letterhead and sign: the same text
 * as the PDF, fonts left to the reader's Times New Roman (Word does not need them embedded).
 */
export async function decisionDocx(decision: DecisionDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Laurel',
    title: `Quyết định ${decision.number}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twentieths of a point
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children: [
          heading(decision),
          line(''),
          line('QUYẾT ĐỊNH', { bold: true, size: 28 }),
          line(decision.title, { bold: true }),
          line(''),
          line(decision.signer.toLocaleUpperCase('vi-VN'), { bold: true }),
          body('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;'),
          body('Căn cứ kết quả xét duyệt của Hội đồng Thi đua - Khen thưởng,'),
          line('QUYẾT ĐỊNH:', { bold: true }),
          body(
            `Điều 1. ${decision.title} cho ${decision.lines.length} tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này.`,
          ),
          body(
            `Điều 2. Kinh phí khen thưởng: ${money(decision.totalReward)} đồng, chi từ quỹ thi đua, khen thưởng của ${decision.issuer}.`,
          ),
          body(
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
          ),
          line(''),
          line(decision.signer, { bold: true, align: AlignmentType.RIGHT }),
          new Paragraph({ children: [new PageBreak()] }),
          line('DANH SÁCH KÈM THEO', { bold: true }),
          line(
            `(Kèm theo Quyết định số ${decision.number} ${vnDateWords(decision.decidedAt)} của ${decision.issuer})`,
            { italics: true },
          ),
          line(''),
          listTable(decision),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
