import { Query, type QueryConfig } from 'pg';

/**
 * A parameterised statement sent together with the tenant scope in ONE round trip, as one
 * implicit transaction of the extended query protocol: `Parse/Bind/Execute` of
 * `set_config('laurel.scope', …, true)`, then `Parse/Bind/Describe/Execute` of the statement,
 * then a single `Sync`. PostgreSQL runs everything before a `Sync` in one transaction and commits
 * it at the `Sync` (rolled back whole when a statement fails), so the setting is local to the
 * statement and gone for the connection's next user, exactly as with `BEGIN; set_config(…,
 * true)` … `COMMIT` — which cost three round trips and three PostgreSQL command cycles.
 *
 * The hooks below are `pg`'s own protocol callbacks (pg/lib/query.js), not in its type
 * declarations: the first `DataRow` and `CommandComplete` belong to `set_config` and are skipped.
 */
interface Connection {
  parse(message: { text: string; name?: string; types?: unknown[] }): void;
  bind(message: { portal?: string; statement?: string; values?: unknown[] }): void;
  execute(message: { portal?: string; rows?: number }): void;
  parsedStatements: Record<string, string>;
  on(event: 'parseComplete', listener: () => void): void;
  off(event: 'parseComplete', listener: () => void): void;
}

/** The part of `pg`'s Query that this class extends (see pg/lib/query.js). */
interface QueryProtocol {
  name?: string;
  prepare(connection: Connection): void;
  hasBeenParsed(connection: Connection): boolean;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
  handleError(error: Error, connection: Connection): void;
  handleReadyForQuery(connection: Connection): void;
}

const ProtocolQuery = Query as unknown as new (
  config: QueryConfig & {
    callback: (error: Error | undefined, result: unknown) => void;
  },
) => QueryProtocol;

export class ScopedQuery extends ProtocolQuery {
  private scopeAnswered = false;
  /**
   * While this round trip parses its named statement: the ParseCompletes seen (set_config's,
   * then the statement's). `pg` marks the name parsed at the first one, set_config's; if the
   * statement's own Parse then fails, the mark is wrong and is removed (a statement that parsed
   * and then failed to execute stays prepared on the server, and marked).
   */
  private parses: { count: number; listener: () => void } | null = null;

  constructor(
    /** Already checked by tenant-scope.ts: `*`, `''` or an ltree array literal, inlined. */
    private readonly setScopeSql: string,
    config: QueryConfig,
    callback: (error: Error | undefined, result: unknown) => void,
  ) {
    super({ ...config, callback });
  }

  /** Always the extended protocol: the statement carries values, and the scope goes first. */
  requiresPreparation(): boolean {
    return true;
  }

  override prepare(connection: Connection): void {
    connection.parse({ text: this.setScopeSql });
    connection.bind({});
    connection.execute({ rows: 0 });
    if (this.name && !this.hasBeenParsed(connection)) {
      const parses = { count: 0, listener: () => void (parses.count += 1) };
      this.parses = parses;
      connection.on('parseComplete', parses.listener);
    }
    super.prepare(connection);
  }

  override handleReadyForQuery(connection: Connection): void {
    this.stopCounting(connection);
    super.handleReadyForQuery(connection);
  }

  private stopCounting(connection: Connection): number | null {
    const parses = this.parses;
    if (!parses) return null;
    this.parses = null;
    connection.off('parseComplete', parses.listener);
    return parses.count;
  }

  override handleDataRow(message: unknown): void {
    if (this.scopeAnswered) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    if (!this.scopeAnswered) this.scopeAnswered = true;
    else super.handleCommandComplete(message, connection);
  }

  override handleError(error: Error, connection: Connection): void {
    const parsed = this.stopCounting(connection);
    if (parsed !== null && parsed < 2 && this.name) delete connection.parsedStatements[this.name];
    super.handleError(error, connection);
  }
}
