import type { DataSource } from 'typeorm';

export class ServiceInfoService {
  constructor(
    private readonly db: DataSource,
    private readonly schema: string,
  ) {}

  /** The last migration applied, from TypeORM's table in this service's schema. */
  async schemaVersion(): Promise<string | null> {
    const rows: { name: string }[] = await this.db.query(
      `SELECT name FROM "${this.schema}"."migrations" ORDER BY id DESC LIMIT 1`,
    );
    return rows[0]?.name ?? null;
  }
}
