import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities (schema builder log), plus what TypeORM cannot declare. */
export class OrganizationsInitial1763700000000 implements MigrationInterface {
  name = 'OrganizationsInitial1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS ltree`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE COLLATION IF NOT EXISTS "organizations"."vi" (provider = icu, locale = 'vi')`);

    await q.query(
      `CREATE TABLE "organizations"."organization" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "name_folded" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "path" ltree NOT NULL, "tenant_id" uuid NOT NULL, "merged_into_id" uuid, "dissolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "organization_code_key" ON "organizations"."organization" ("code")`);
    await q.query(`CREATE INDEX "organization_tenant_idx" ON "organizations"."organization" ("tenant_id")`);
    await q.query(`CREATE INDEX "organization_parent_idx" ON "organizations"."organization" ("parent_id")`);
    await q.query(
      `CREATE INDEX "organization_path_gist" ON "organizations"."organization" USING gist ("path")`,
    );
    await q.query(
      `CREATE INDEX "organization_name_trgm" ON "organizations"."organization" USING gin ("name_folded" gin_trgm_ops)`,
    );

    await q.query(
      `CREATE TABLE "organizations"."api_key" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "key_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "api_key_hash_key" ON "organizations"."api_key" ("key_hash")`);
    await q.query(
      `CREATE INDEX "api_key_tenant_org_idx" ON "organizations"."api_key" ("tenant_id", "organization_id")`,
    );

    await q.query(
      `CREATE TABLE "organizations"."emulation_group" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "owner_path" ltree NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ef16b1cda5f1ac01c2fa05f9d8f" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "emulation_group_owner_path_gist" ON "organizations"."emulation_group" USING gist ("owner_path")`,
    );
    await q.query(
      `CREATE INDEX "emulation_group_tenant_owner_idx" ON "organizations"."emulation_group" ("tenant_id", "owner_id")`,
    );
    await q.query(
      `CREATE TABLE "organizations"."emulation_group_member" ("group_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_061451bc8eff0bbd9290e2a5a82" PRIMARY KEY ("group_id", "organization_id"))`,
    );
    await q.query(
      `CREATE INDEX "emulation_group_member_org_idx" ON "organizations"."emulation_group_member" ("organization_id")`,
    );

    await q.query(
      `CREATE TABLE "organizations"."organization_change" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "from_parent_id" uuid, "to_parent_id" uuid, "related_organization_id" uuid, "batch_id" uuid NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by" text NOT NULL, CONSTRAINT "PK_450b48e9ac5c37bd37dce8fe816" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "organization_change_due_idx" ON "organizations"."organization_change" ("status", "effective_from")`,
    );
    await q.query(
      `CREATE INDEX "organization_change_org_idx" ON "organizations"."organization_change" ("tenant_id", "organization_id", "effective_from")`,
    );

    await q.query(
      `CREATE TABLE "organizations"."person" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "org_path" ltree NOT NULL, "full_name" text NOT NULL, "full_name_folded" text NOT NULL, "party_position" text, "government_position" text, "leads_id" uuid, "account" text, "staff_code" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "person_account_key" ON "organizations"."person" ("account")`);
    await q.query(
      `CREATE UNIQUE INDEX "person_tenant_staff_code_key" ON "organizations"."person" ("tenant_id", "staff_code")`,
    );
    await q.query(
      `CREATE INDEX "person_tenant_org_idx" ON "organizations"."person" ("tenant_id", "organization_id")`,
    );
    await q.query(`CREATE INDEX "person_org_path_gist" ON "organizations"."person" USING gist ("org_path")`);
    await q.query(
      `CREATE INDEX "person_name_trgm" ON "organizations"."person" USING gin ("full_name_folded" gin_trgm_ops)`,
    );

    await q.query(
      `CREATE TABLE "organizations"."role_grant" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "subject" text NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" text NOT NULL, CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "role_grant_tenant_org_idx" ON "organizations"."role_grant" ("tenant_id", "organization_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "role_grant_subject_org_role_key" ON "organizations"."role_grant" ("subject", "organization_id", "role")`,
    );

    await q.query(
      `ALTER TABLE "organizations"."organization" ADD CONSTRAINT "organization_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."organization" ADD CONSTRAINT "organization_merged_into_fk" FOREIGN KEY ("merged_into_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."api_key" ADD CONSTRAINT "api_key_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."emulation_group" ADD CONSTRAINT "emulation_group_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."emulation_group_member" ADD CONSTRAINT "emulation_group_member_group_fk" FOREIGN KEY ("group_id") REFERENCES "organizations"."emulation_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."emulation_group_member" ADD CONSTRAINT "emulation_group_member_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."person" ADD CONSTRAINT "person_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."person" ADD CONSTRAINT "person_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "organizations"."role_grant" ADD CONSTRAINT "role_grant_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'role_grant',
      'person',
      'organization_change',
      'emulation_group_member',
      'emulation_group',
      'api_key',
      'organization',
    ]) {
      await q.query(`DROP TABLE "organizations"."${table}"`);
    }
    await q.query(`DROP COLLATION IF EXISTS "organizations"."vi"`);
  }
}
