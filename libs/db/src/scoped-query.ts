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
}

/** The part of `pg`'s Query that this class extends (see pg/lib/query.js). */
interface QueryProtocol {
  name?: string;
  prepare(connection: Connection): void;
  hasBeenParsed(connection: Connection): boolean;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
  handleError(error: Error, connection: Connection): void;
}

const ProtocolQuery = Query as unknown as new (
  config: QueryConfig & {
    callback: (error: Error | undefined, result: unknown) => void;
  },
) => QueryProtocol;

export class ScopedQuery extends ProtocolQuery {
  private scopeAnswered = false;
  /** This round trip parses the named statement (so a failure must forget it was parsed). */
  private parsesName = false;

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
    this.parsesName = Boolean(this.name) && !this.hasBeenParsed(connection);
    super.prepare(connection);
  }

  override handleDataRow(message: unknown): void {
    if (this.scopeAnswered) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    if (!this.scopeAnswered) this.scopeAnswered = true;
    else super.handleCommandComplete(message, connection);
  }

  override handleError(error: Error, connection: Connection): void {
    // The client marked the named statement parsed at set_config's ParseComplete; if the
    // statement's own Parse failed (or was skipped after an error), it must be parsed next time.
    if (this.parsesName && this.name) delete connection.parsedStatements[this.name];
    super.handleError(error, connection);
  }
}
