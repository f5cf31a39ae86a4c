import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import {
  EMBLEM_PLACEHOLDER,
  LIST_HEADERS,
  MOTTO,
  NATION,
  money,
  vnDateWords,
  type CertificateDocument,
  type DecisionDocument,
} from './decision-data';

/**
 * DejaVu Serif (from the `dejavu-fonts-ttf` package, read from node_modules, never downloaded)
 * covers Vietnamese, combining and precomposed; pdfkit embeds the subset of glyphs it uses.
 */
let fonts: { regular: Buffer; bold: Buffer; italic: Buffer } | undefined;
function fontFiles() {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf')),
    italic: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf')),
  };
  return fonts;
}

function newDocument(title: string, layout: 'portrait' | 'landscape'): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margins: { top: 57, bottom: 57, left: 85, right: 57 }, // 2 cm, 3 cm left (Decree 30/2020)
    info: { Title: title, Creator: 'Laurel', Producer: 'Laurel (pdfkit)' },
    lang: 'vi-VN',
    displayTitle: true,
  });
  const f = fontFiles();
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  doc.registerFont('italic', f.italic);
  doc.font('regular');
  return doc;
}

function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A dashed box where the issuer's template puts the emblem. */
function emblemPlace(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc.save().dash(3, { space: 3 }).lineWidth(0.5).rect(x, y, size, size).stroke().undash().restore();
  doc
    .font('italic')
    .fontSize(7)
    .text(EMBLEM_PLACEHOLDER, x + 4, y + size / 2 - 12, { width: size - 8, align: 'center' });
}

/** The two-column heading of an administrative document: issuer and number | nation and date. */
function heading(doc: PDFKit.PDFDocument, issuer: string, number: string, decidedAt: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  const leftWidth = width * 0.4;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  doc.font('bold').fontSize(12).text(issuer.toLocaleUpperCase('vi-VN'), left, top, {
    width: leftWidth,
    align: 'center',
  });
  doc
    .font('regular')
    .fontSize(12)
    .text(`Số: ${number}`, left, doc.y + 6, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;
  doc.font('bold').fontSize(10).text(NATION, rightX, top, { width: rightWidth, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .text(MOTTO, rightX, doc.y, { width: rightWidth, align: 'center', underline: true });
  doc
    .font('italic')
    .fontSize(12)
    .text(vnDateWords(decidedAt), rightX, doc.y + 6, { width: rightWidth, align: 'center' });
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + 18;
}

const COLUMN_SHARES = [0.09, 0.26, 0.25, 0.22, 0.18];

/** The attached list as a ruled table, its header repeated on each page; the total last. */
function listTable(doc: PDFKit.PDFDocument, decision: DecisionDocument): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const widths = COLUMN_SHARES.map((s) => s * width);
  const pad = 4;
  const row = (cells: string[], font: 'regular' | 'bold', aligns: ('left' | 'center' | 'right')[]) => {
    doc.font(font).fontSize(11);
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (font === 'regular')
        row([...LIST_HEADERS], 'bold', ['center', 'center', 'center', 'center', 'center']);
      doc.font(font).fontSize(11);
    }
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.lineWidth(0.5).rect(x, y, widths[i]!, height).stroke();
      doc.text(cell, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: aligns[i] });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + height;
  };
  row([...LIST_HEADERS], 'bold', ['center', 'center', 'center', 'center', 'center']);
  decision.lines.forEach((line, index) =>
    row(
      [
        String(index + 1),
        line.name,
        line.unit,
        line.distinction,
        line.reward === null ? '' : money(line.reward),
      ],
      'regular',
      ['center', 'left', 'left', 'left', 'right'],
    ),
  );
  row(['', 'Tổng cộng', '', '', money(decision.totalReward)], 'bold', [
    'center',
    'left',
    'left',
    'left',
    'right',
  ]);
}

/** The decision (quyết định) and, on its own page, the attached list with the total. */
export async function decisionPdf(decision: DecisionDocument): Promise<Buffer> {
  const doc = newDocument(`Quyết định ${decision.number}`, 'portrait');
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  heading(doc, decision.issuer, decision.number, decision.decidedAt);
  doc.font('bold').fontSize(14).text('QUYẾT ĐỊNH', { align: 'center' });
  doc.font('bold').fontSize(13).text(decision.title, { align: 'center' });
  doc.moveDown(1);
  doc.font('bold').fontSize(13).text(decision.signer.toLocaleUpperCase('vi-VN'), { align: 'center' });
  doc.moveDown(0.5);
  doc.font('regular').fontSize(13);
  const paragraph = (text: string) => doc.text(text, { align: 'justify', indent: 28 }).moveDown(0.4);
  paragraph('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
  paragraph('Căn cứ kết quả xét duyệt của Hội đồng Thi đua - Khen thưởng,');
  doc.moveDown(0.4).font('bold').text('QUYẾT ĐỊNH:', { align: 'center' }).moveDown(0.4).font('regular');
  paragraph(
    `Điều 1. ${decision.title} cho ${decision.lines.length} tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này.`,
  );
  paragraph(
    `Điều 2. Kinh phí khen thưởng: ${money(decision.totalReward)} đồng, chi từ quỹ thi đua, khen thưởng của ${decision.issuer}.`,
  );
  paragraph(
    'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
  );
  doc.moveDown(1.5);
  doc.font('bold').text(decision.signer, left + width / 2, doc.y, { width: width / 2, align: 'center' });
  doc.x = left;

  doc.addPage();
  doc.font('bold').fontSize(13).text('DANH SÁCH KÈM THEO', { align: 'center' });
  doc
    .font('italic')
    .fontSize(12)
    .text(
      `(Kèm theo Quyết định số ${decision.number} ${vnDateWords(decision.decidedAt)} của ${decision.issuer})`,
      {
        align: 'center',
      },
    );
  doc.moveDown(1);
  listTable(doc, decision);
  return toBuffer(doc);
}

/** The certificate (Giấy khen, Bằng khen…) of one recognized nominee, A4 landscape. */
export async function certificatePdf(c: CertificateDocument): Promise<Buffer> {
  const doc = newDocument(`${c.distinction} - ${c.name}`, 'landscape');
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc
    .save()
    .lineWidth(3)
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke()
    .restore();
  doc
    .save()
    .lineWidth(0.8)
    .rect(36, 36, doc.page.width - 72, doc.page.height - 72)
    .stroke()
    .restore();
  emblemPlace(doc, left + width / 2 - 40, 50, 80);
  doc.y = 140;
  doc.font('bold').fontSize(13).text(NATION, left, doc.y, { width, align: 'center' });
  doc.font('bold').fontSize(13).text(MOTTO, { width, align: 'center' });
  doc.moveDown(1);
  doc.font('bold').fontSize(15).text(c.issuer.toLocaleUpperCase('vi-VN'), { width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(30).text(c.distinction.toLocaleUpperCase('vi-VN'), { width, align: 'center' });
  doc.moveDown(0.5);
  doc
    .font('regular')
    .fontSize(15)
    .text(c.collective ? 'Tặng tập thể' : 'Tặng', { width, align: 'center' });
  doc.font('bold').fontSize(22).text(c.name, { width, align: 'center' });
  doc.font('regular').fontSize(14).text(`Đơn vị: ${c.unit}`, { width, align: 'center' });
  doc.moveDown(0.5);
  doc.font('italic').fontSize(14).text(`Đã có thành tích xuất sắc năm ${c.year}`, { width, align: 'center' });
  if (c.reward !== null)
    doc
      .font('regular')
      .fontSize(12)
      .text(`Kèm theo tiền thưởng: ${money(c.reward)} đồng`, { width, align: 'center' });
  const bottom = doc.page.height - 150;
  doc
    .font('regular')
    .fontSize(12)
    .text(`Quyết định số ${c.decisionNumber}`, left, bottom + 40, { width: width / 2, align: 'center' });
  doc
    .font('italic')
    .fontSize(12)
    .text(vnDateWords(c.decidedAt), left + width / 2, bottom, { width: width / 2, align: 'center' });
  if (c.signer)
    doc
      .font('bold')
      .fontSize(13)
      .text(c.signer, left + width / 2, doc.y + 6, { width: width / 2, align: 'center' });
  return toBuffer(doc);
}
