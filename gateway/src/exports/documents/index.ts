import type { GraphQLRunner } from '../export-definition';
import { loadCertificate, loadDecision } from './decision-data';
import { decisionDocx } from './docx.format';
import { certificatePdf, decisionPdf } from './pdf.format';

/** A generated document: its bytes and what to call it. */
export interface RenderedDocument {
  fileName: string;
  extension: string;
  contentType: string;
  body: Buffer;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The documents of docs/API.md §8: `/exports/decisions/:id.{docx,pdf}` and
 * `/exports/certificates/:nominationId.pdf`. Returns how to render one once the caller is known,
 * or undefined when the path names no document.
 */
export function documentRoute(
  pathname: string,
): ((run: GraphQLRunner) => Promise<RenderedDocument>) | undefined {
  const decision = /^\/exports\/decisions\/([^/.]+)\.(docx|pdf)$/.exec(pathname);
  if (decision) {
    const [, id, extension] = decision as unknown as [string, string, 'docx' | 'pdf'];
    return async (run) => {
      const data = await loadDecision(run, decodeURIComponent(id));
      return {
        fileName: `Quyết định ${data.number}`,
        extension,
        contentType: extension === 'pdf' ? PDF : DOCX,
        body: extension === 'pdf' ? await decisionPdf(data) : await decisionDocx(data),
      };
    };
  }
  const certificate = /^\/exports\/certificates\/([^/.]+)\.pdf$/.exec(pathname);
  if (certificate) {
    const id = decodeURIComponent(certificate[1]!);
    return async (run) => {
      const data = await loadCertificate(run, id);
      return {
        fileName: `${data.distinction} ${data.name}`,
        extension: 'pdf',
        contentType: PDF,
        body: await certificatePdf(data),
      };
    };
  }
  return undefined;
}
