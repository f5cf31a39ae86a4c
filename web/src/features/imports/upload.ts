import { currentSession } from '../../auth/session';

/** What `/imports/<kind>` accepts (gateway/src/imports.ts) and the mutation each runs. */
export const IMPORT_KINDS = {
  organizations: 'importOrganizations',
  people: 'importPeople',
  'distinction-records': 'importDistinctionRecords',
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

export type FileFormat = 'csv' | 'xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file's format by its name (what Excel saves), else its type; null for anything else. */
export function formatOfFile(file: { name: string; type: string }): FileFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (file.type === 'text/csv') return 'csv';
  if (file.type === XLSX_TYPE) return 'xlsx';
  return null;
}

export interface ImportRow {
  row: number;
  message: string;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  errors: ImportRow[];
}

/** The answer read: the import's result, or why the request itself failed (an error code). */
export type ImportAnswer = { ok: true; result: ImportOutcome } | { ok: false; code: string; message: string };

function isOutcome(value: unknown): value is ImportOutcome {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.created === 'number' && typeof v.updated === 'number' && Array.isArray(v.errors);
}

/** The gateway answers what `/graphql` would (`{ data: { importPeople: … } }`) or `{ errors }`. */
export function readImportAnswer(kind: ImportKind, status: number, body: string): ImportAnswer {
  if (status === 413) return { ok: false, code: 'TOO_LARGE', message: '' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, code: status === 0 ? 'NETWORK' : 'UNKNOWN', message: '' };
  }
  const json = (parsed ?? {}) as { data?: Record<string, unknown> | null; errors?: unknown };
  const result = json.data?.[IMPORT_KINDS[kind]];
  if (isOutcome(result)) return { ok: true, result };
  const first = Array.isArray(json.errors)
    ? (json.errors[0] as Record<string, unknown> | undefined)
    : undefined;
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const code =
    typeof extensions.code === 'string' ? extensions.code : status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN';
  return { ok: false, code, message: typeof first?.message === 'string' ? first.message : '' };
}

export interface UploadProgress {
  /** Bytes sent so far and in all; `sent === total` then the server checks (or writes) the rows. */
  sent: number;
  total: number;
}

/**
 * POST the file itself to `/imports/<kind>?format=…[&dryRun=true]` with XMLHttpRequest, whose
 * upload events report progress (fetch cannot), as the signed-in user.
 */
export function uploadImport(options: {
  kind: ImportKind;
  file: File;
  format: FileFormat;
  dryRun: boolean;
  onProgress: (progress: UploadProgress) => void;
}): Promise<ImportAnswer> {
  const { kind, file, format, dryRun, onProgress } = options;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/imports/${kind}?format=${format}${dryRun ? '&dryRun=true' : ''}`);
    const session = currentSession();
    if (session) xhr.setRequestHeader('authorization', `Bearer ${session.token}`);
    xhr.setRequestHeader('content-type', format === 'csv' ? 'text/csv' : XLSX_TYPE);
    xhr.upload.onprogress = (event) => {
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onload = () => resolve(readImportAnswer(kind, xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ ok: false, code: 'NETWORK', message: '' });
    xhr.send(file);
  });
}
