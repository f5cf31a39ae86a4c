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

/** How long a report's answer is served again unless told otherwise (REPORT_CACHE_MS). */
export const DEFAULT_REPORT_CACHE_MS = 1_000;

export interface ReportCacheOptions {
  /** How long an answer is served again; 0 turns the cache off. */
  ttlMs: number;
  /** Told of every lookup of a cacheable report (metrics). */
  onLookup?: (result: 'hit' | 'miss') => void;
  /** Answers kept at most (the oldest go first). */
  maxEntries?: number;
}

interface Entry {
  /** When the answer's computation began: its figures are no older than that. */
  computed: number;
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

/** An answer worth serving to others: no errors, no null report, not a stream. */
function completeAnswer(result: unknown): ExecutionResult | undefined {
  if (!result || Symbol.asyncIterator in Object(result)) return undefined;
  const answer = result as ExecutionResult;
  const data = answer.data as Record<string, unknown> | null | undefined;
  if (answer.errors?.length || !data || Object.values(data).some((v) => v === null)) return undefined;
  return answer;
}

/**
 * Answers a report query from memory when a caller with the same reads (`authorizationKey`:
 * same grants, API key, people and tenant, whoever the subject) asked the same document with the
 * same variables, and the answer's computation began less than `ttlMs` ago. Only complete answers
 * are kept (no errors, no null report), and nothing but report queries is ever looked up or
 * stored. Per gateway process.
 *
 * Under steady load nobody waits for a recomputation: in the last quarter of an answer's life the
 * first caller computes the next one while the others are still served the current one, and
 * callers who find no answer while one is being computed wait for it instead of computing it again
 * (a dashboard wall opening at once costs one computation, not one per screen).
 */
export function useReportCache(options: ReportCacheOptions): GatewayPlugin<IdentityContext> {
  const maxEntries = options.maxEntries ?? 10_000;
  const refreshAfter = options.ttlMs * 0.75;
  const entries = new Map<string, Entry>();
  /** Computations under way, by key: what they kept (undefined when the answer was not kept). */
  const computing = new Map<string, Promise<ExecutionResult | undefined>>();
  // Yoga hands out the same parsed document for the same text, so each is printed once.
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = printed.get(document);
    if (text === undefined) printed.set(document, (text = print(document)));
    return text;
  };
  const keep = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    // The Map keeps insertion order: the first keys are the oldest.
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  };

  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      if (options.ttlMs <= 0 || !cacheableOperation(args.document, args.operationName)) return;
      const key = JSON.stringify([
        authorizationKey(identityOf(args.contextValue)),
        textOf(args.document),
        args.operationName ?? null,
        args.variableValues ?? {},
      ]);
      const now = Date.now();
      const entry = entries.get(key);
      const pending = computing.get(key);
      if (entry && now - entry.computed < options.ttlMs) {
        // Fresh: served, unless this caller is the first in the answer's last quarter.
        if (pending || now - entry.computed < refreshAfter) {
          options.onLookup?.('hit');
          setResultAndStopExecution(entry.result);
          return;
        }
      } else {
        if (entry) entries.delete(key);
        if (pending) {
          // Being computed: that answer, or (when it is not kept) this caller's own execution.
          return pending.then((kept) => {
            options.onLookup?.(kept ? 'hit' : 'miss');
            if (kept) setResultAndStopExecution(kept);
          });
        }
      }

      options.onLookup?.('miss');
      let settle!: (kept: ExecutionResult | undefined) => void;
      computing.set(key, new Promise((resolve) => (settle = resolve)));
      setExecuteFn(async (executionArgs) => {
        let kept: ExecutionResult | undefined;
        try {
          const result = await executeFn(executionArgs);
          kept = completeAnswer(result);
          if (kept) keep(key, { computed: now, result: deepFreeze(kept) });
          return result;
        } finally {
          computing.delete(key);
          settle(kept);
        }
      });
    },
  };
}
