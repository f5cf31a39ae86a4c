import { authorizationKey } from '@laurel/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, Kind, print, type DocumentNode, type ExecutionResult } from 'graphql';
import { identityOf, type IdentityContext } from './signing';

/**
 * Root query fields whose whole answer (nested entities included) depends only on the
 * arguments and on what the caller may read, and that dashboards ask again and again: the
 * reports. Their figures are folded rollups that already lag the nominations by up to about
 * two event polls (`EVENTS_POLL_MS`), so serving the same answer for a second more is within
 * what a report promises.
 */
export const SHARED_REPORT_FIELDS: ReadonlySet<string> = new Set(['orgReport']);

export interface ReportCacheOptions {
  /** How long an answer is served again; 0 turns the cache off. */
  ttlMs: number;
  /** Answers kept at most (the oldest go first). */
  maxEntries?: number;
}

interface Entry {
  expires: number;
  result: ExecutionResult;
}

/** Whether the operation is a query of report fields alone (the only ones looked up or kept). */
function cacheableOperation(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') return false;
  // Plain fields only at the root (no fragments to look through), every one a report.
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && SHARED_REPORT_FIELDS.has(selection.name.value),
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Answers a report query from memory when a caller with the same reads (`authorizationKey`:
 * same grants, API key, people and tenant, whoever the subject) asked the same document with the
 * same variables less than `ttlMs` ago. Only complete answers are kept (no errors, no null
 * report), and nothing but report queries is ever looked up or stored. Per gateway process.
 */
export function useReportCache(options: ReportCacheOptions): GatewayPlugin<IdentityContext> {
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<string, Entry>();
  // Yoga hands out the same parsed document for the same text, so each is printed once.
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = printed.get(document);
    if (text === undefined) printed.set(document, (text = print(document)));
    return text;
  };

  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (options.ttlMs <= 0 || !cacheableOperation(args.document, args.operationName)) return;
      const key = JSON.stringify([
        authorizationKey(identityOf(args.contextValue)),
        textOf(args.document),
        args.operationName ?? null,
        args.variableValues ?? {},
      ]);
      const now = Date.now();
      const entry = entries.get(key);
      if (entry && entry.expires > now) {
        setResultAndStopExecution(entry.result);
        return;
      }
      if (entry) entries.delete(key);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in Object(result)) return;
          const answer = result as ExecutionResult;
          const data = answer.data as Record<string, unknown> | null | undefined;
          if (answer.errors?.length || !data || Object.values(data).some((v) => v === null)) return;
          entries.delete(key);
          entries.set(key, { expires: Date.now() + options.ttlMs, result: deepFreeze(answer) });
          // The Map keeps insertion order: the first keys are the oldest.
          for (const oldest of entries.keys()) {
            if (entries.size <= maxEntries) break;
            entries.delete(oldest);
          }
        },
      };
    },
  };
}
