import { ExportError } from '../export-http';
import type { GraphQLRunner } from '../export-definition';

/** One line of a decision's attached list (danh sách kèm theo). */
export interface DecisionLine {
  nominationId: string;
  collective: boolean;
  name: string;
  unit: string;
  distinction: string;
  reward: number | null;
}

export interface DecisionDocument {
  id: string;
  number: string;
  decidedAt: string;
  signer: string;
  title: string;
  issuer: string;
  totalReward: number;
  lines: DecisionLine[];
}

export interface CertificateDocument {
  nominationId: string;
  collective: boolean;
  name: string;
  unit: string;
  distinction: string;
  year: number;
  reward: number | null;
  decisionNumber: string;
  decidedAt: string;
  signer: string | null;
  issuer: string;
}

const NOMINATION_FIELDS = /* GraphQL */ `
  id target year nomineeName reward stage decisionNumber decidedAt
  distinction { nameVi }
  submittingOrganization { name }
`;

const DECISION_QUERY = /* GraphQL */ `
  query DecisionDocument($id: ID!) {
    recognitionDecision(id: $id) {
      id number decidedAt signer title totalReward
      organization { name }
      nominations { ${NOMINATION_FIELDS} }
    }
  }
`;

const CERTIFICATE_QUERY = /* GraphQL */ `
  query CertificateDocument($id: ID!) {
    nomination(id: $id) {
      ${NOMINATION_FIELDS}
      decision { number decidedAt signer organization { name } }
    }
  }
`;

interface NominationAnswer {
  id: string;
  target: string;
  year: number;
  nomineeName: string;
  reward: number | null;
  stage: string;
  decisionNumber: string | null;
  decidedAt: string | null;
  distinction: { nameVi: string };
  submittingOrganization: { name: string };
}

const notFound = (what: string) =>
  new ExportError(404, [{ message: `${what} not found`, extensions: { code: 'NOT_FOUND' } }]);

/** Ids are UUIDs: anything else is refused before a request, as a random id would be (404). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const lineOf = (n: NominationAnswer): DecisionLine => ({
  nominationId: n.id,
  collective: n.target === 'COLLECTIVE',
  name: n.nomineeName,
  unit: n.submittingOrganization.name,
  distinction: n.distinction.nameVi,
  reward: n.reward,
});

/**
 * The decision and its list as the caller reads them through the gateway: a decision the caller
 * may not read (another tenant's, an API key's) answers as one that does not exist.
 */
export async function loadDecision(run: GraphQLRunner, id: string): Promise<DecisionDocument> {
  if (!UUID.test(id)) throw notFound('Decision');
  const answer = await run<{
    recognitionDecision: {
      id: string;
      number: string;
      decidedAt: string;
      signer: string;
      title: string;
      totalReward: number;
      organization: { name: string };
      nominations: NominationAnswer[];
    } | null;
  }>(DECISION_QUERY, { id });
  const d = answer.recognitionDecision;
  if (!d) throw notFound('Decision');
  return {
    id: d.id,
    number: d.number,
    decidedAt: d.decidedAt,
    signer: d.signer,
    title: d.title,
    issuer: d.organization.name,
    totalReward: d.totalReward,
    lines: d.nominations.map(lineOf),
  };
}

/** The certificate of a recognized nomination; one not (or no longer) recognized has none. */
export async function loadCertificate(run: GraphQLRunner, id: string): Promise<CertificateDocument> {
  if (!UUID.test(id)) throw notFound('Certificate');
  const answer = await run<{
    nomination:
      | (NominationAnswer & {
          decision: {
            number: string;
            decidedAt: string;
            signer: string;
            organization: { name: string };
          } | null;
        })
      | null;
  }>(CERTIFICATE_QUERY, { id });
  const n = answer.nomination;
  if (!n) throw notFound('Certificate');
  const decisionNumber = n.decision?.number ?? n.decisionNumber;
  const decidedAt = n.decision?.decidedAt ?? n.decidedAt;
  if (n.stage !== 'RECOGNIZED' || !decisionNumber || !decidedAt)
    throw new ExportError(404, [
      {
        message: `Nomination ${n.id} is ${n.stage}: only a recognized nomination has a certificate`,
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
  return {
    ...lineOf(n),
    year: n.year,
    decisionNumber,
    decidedAt,
    signer: n.decision?.signer ?? null,
    issuer: n.decision?.organization.name ?? n.submittingOrganization.name,
  };
}

/** A date as Vietnam reads it (UTC+7), in the words of an administrative document. */
export function vnDateWords(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${pad(d.getUTCDate())} tháng ${pad(d.getUTCMonth() + 1)} năm ${d.getUTCFullYear()}`;
}

/** Đồng with Vietnamese grouping: 2.120.000. */
export const money = (n: number): string => n.toLocaleString('vi-VN');

/** What the emblem's place says until the issuer's template fills it. */
export const EMBLEM_PLACEHOLDER = 'Vị trí Quốc huy / biểu trưng theo mẫu của cơ quan ban hành';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const LIST_HEADERS = ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Danh hiệu', 'Số tiền (đồng)'] as const;
