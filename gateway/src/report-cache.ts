import { authorizationKey, type Identity } from '@laurel/auth';
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
export function isReportQuery(document: DocumentNode, operationName: string | null | undefined): boolean {
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

/** What `ReportCache.lookup` says to do. */
export type ReportLookup =
  /** Serve this answer. */
  | { hit: ExecutionResult }
  /** Another caller is computing it: its answer when kept (`undefined`: compute your own, alone). */
  | { pending: Promise<ExecutionResult | undefined> }
  /** Compute it, then hand the outcome over (`undefined` when it failed). */
  | { compute: (result: unknown) => void };

/**
 * Report answers kept in memory and served again to a caller with the same reads
 * (`authorizationKey`: same grants, API key, people and tenant, whoever the subject) who asks the
 * same document with the same variables, while the answer's computation began less than `ttlMs`
 * ago. Only complete answers are kept (no errors, no null report), and nothing but report queries
 * is ever looked up or stored. Per gateway process, shared by the runtime's path
 * (`useReportCache`) and the single-subgraph fast path.
 *
 * Under steady load nobody waits for a recomputation: in the last quarter of an answer's life the
 * first caller computes the next one while the others are still served the current one, and
 * callers who find no answer while one is being computed wait for it instead of computing it again
 * (a dashboard wall opening at once costs one computation, not one per screen).
 */
export class ReportCache {
  private readonly maxEntries: number;
  private readonly refreshAfter: number;
  private readonly entries = new Map<string, Entry>();
  /** Computations under way, by key: what they kept (undefined when the answer was not kept). */
  private readonly computing = new Map<string, Promise<ExecutionResult | undefined>>();

  constructor(private readonly options: ReportCacheOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.refreshAfter = options.ttlMs * 0.75;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /** The key of a report request: the caller's reads, the printed document, its operation and variables. */
  static key(
    identity: Identity,
    printedDocument: string,
    operationName: string | null | undefined,
    variables: unknown,
  ): string {
    return JSON.stringify([
      authorizationKey(identity),
      printedDocument,
      operationName ?? null,
      variables ?? {},
    ]);
  }

  lookup(key: string): ReportLookup {
    const now = Date.now();
    const entry = this.entries.get(key);
    const pending = this.computing.get(key);
    if (entry && now - entry.computed < this.options.ttlMs) {
      // Fresh: served, unless this caller is the first in the answer's last quarter.
      if (pending || now - entry.computed < this.refreshAfter) {
        this.options.onLookup?.('hit');
        return { hit: entry.result };
      }
    } else {
      if (entry) this.entries.delete(key);
      if (pending)
        return {
          pending: pending.then((kept) => {
            this.options.onLookup?.(kept ? 'hit' : 'miss');
            return kept;
          }),
        };
    }
    this.options.onLookup?.('miss');
    let settle!: (kept: ExecutionResult | undefined) => void;
    this.computing.set(key, new Promise((resolve) => (settle = resolve)));
    return {
      compute: (result) => {
        const kept = completeAnswer(result);
        if (kept) this.keep(key, { computed: now, result: deepFreeze(kept) });
        this.computing.delete(key);
        settle(kept);
      },
    };
  }

  private keep(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // The Map keeps insertion order: the first keys are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

/** The report cache on the runtime's path (see `ReportCache`). */
export function useReportCache(cache: ReportCache): GatewayPlugin<IdentityContext> {
  // Yoga hands out the same parsed document for the same text, so each is printed once.
  const printed = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = printed.get(document);
    if (text === undefined) printed.set(document, (text = print(document)));
    return text;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      if (!cache.enabled || !isReportQuery(args.document, args.operationName)) return;
      const key = ReportCache.key(
        identityOf(args.contextValue),
        textOf(args.document),
        args.operationName,
        args.variableValues,
      );
      const found = cache.lookup(key);
      if ('hit' in found) {
        setResultAndStopExecution(found.hit);
        return;
      }
      if ('pending' in found)
        // Being computed: that answer, or (when it is not kept) this caller's own execution.
        return found.pending.then((kept) => {
          if (kept) setResultAndStopExecution(kept);
        });
      setExecuteFn(async (executionArgs) => {
        let result: unknown;
        try {
          result = await executeFn(executionArgs);
          return result as Awaited<ReturnType<typeof executeFn>>;
        } finally {
          found.compute(result);
        }
      });
    },
  };
}
