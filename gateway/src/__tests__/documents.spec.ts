import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { documentRoute } from '../exports/documents';
import type { DecisionDocument } from '../exports/documents/decision-data';
import { decisionDocx } from '../exports/documents/docx.format';
import { certificatePdf, decisionPdf } from '../exports/documents/pdf.format';

const line = (i: number) => ({
  nominationId: `n${i}`,
  collective: i % 2 === 0,
  name: `Nguyễn Văn Thứ ${i}`,
  unit: 'Trường THCS Nguyễn Du',
  distinction: 'Giấy khen',
  reward: 710_000,
});

const decision = (count: number): DecisionDocument => ({
  id: 'd',
  number: '7/QĐ-UBND',
  decidedAt: '2026-12-31T17:30:00Z', // 1 January 2027 in Vietnam
  signer: 'Chủ tịch Lê Văn Ân',
  title: 'Tặng Giấy khen',
  issuer: 'Ủy ban nhân dân xã Đông Hà',
  totalReward: 710_000 * count,
  lines: Array.from({ length: count }, (_, i) => line(i + 1)),
});

/** Each page's content streams, inflated (pdfkit compresses them). */
function pageStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\nstream\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('\nendstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // a font file or an image: not a content stream
    }
  }
  return streams.filter((s) => /\bTJ\b/.test(s));
}

describe('decision documents', () => {
  it('routes the decision and certificate paths, and nothing else', () => {
    expect(documentRoute('/exports/decisions/abc.pdf')).toBeDefined();
    expect(documentRoute('/exports/decisions/abc.docx')).toBeDefined();
    expect(documentRoute('/exports/certificates/abc.pdf')).toBeDefined();
    for (const path of [
      '/exports/decisions/abc.xlsx',
      '/exports/certificates/abc.docx',
      '/exports/decisions/a/b.pdf',
      '/exports/fund.xlsx',
    ])
      expect({ path, route: documentRoute(path) }).toEqual({ path, route: undefined });
  });

  it('a long list runs over several pages, each starting with the header row', async () => {
    const pdf = await decisionPdf(decision(80));
    const pages = pageStreams(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4); // the decision, then the list over 3+ pages
    const kids = /\/Count (\d+)/.exec(pdf.toString('latin1'));
    expect(Number(kids![1])).toBe(pages.length);
    // Every page of the list after the first starts with the header row's first cell (STT, in
    // the bold subset's glyphs), which the first page of the list shows too.
    const firstText = (page: string) => /\[(<[0-9a-f]+>)[^\]]*\] TJ/.exec(page)![1]!;
    const header = firstText(pages[2]!);
    for (const page of pages.slice(3)) expect(firstText(page)).toBe(header);
    expect(pages[1]).toContain(header);
    expect(firstText(pages[0]!)).not.toBe(header);
  });

  it('embeds the fonts it uses, never names one it does not carry', async () => {
    for (const pdf of [
      await decisionPdf(decision(2)),
      await certificatePdf({
        ...line(1),
        year: 2026,
        decisionNumber: '7/QĐ-UBND',
        decidedAt: '2026-06-15T10:00:00Z',
        signer: null,
        issuer: 'Ủy ban nhân dân xã Đông Hà',
      }),
    ]) {
      const raw = pdf.toString('latin1');
      const fonts = raw.match(/\/Type \/FontDescriptor/g)!.length;
      expect(raw.match(/\/FontFile2 \d+ 0 R/g)!.length).toBe(fonts);
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    }
  });

  it('the DOCX dates the decision in Vietnam’s time and lists every line with the total', async () => {
    const zip = await JSZip.loadAsync(await decisionDocx(decision(3)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), ([, t]) => t).join('|');
    expect(text).toContain('ngày 01 tháng 01 năm 2027');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ ĐÔNG HÀ');
    expect(text).toContain('3|Nguyễn Văn Thứ 3|Trường THCS Nguyễn Du|Giấy khen|710.000|');
    expect(text).toContain('Tổng cộng|||2.130.000');
  });
});
