import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national catalogue as it stood when the platform started (SPEC 1). Frozen here rather
 * than imported, so that later edits of the catalogue are migrations of their own.
 * `level` is the kind of organization whose head confers the distinction. Award forms that the
 * law grants to both individuals and collectives (Giấy khen, Bằng khen, Huân chương) are
 * catalogued under INDIVIDUAL until the catalogue can say both.
 */
const CATALOGUE: [code: string, nameVi: string, nameEn: string, target: string, level: string][] = [
  [
    'DIEN_HINH_TIEN_TIEN_CA_NHAN',
    'Cá nhân điển hình tiên tiến',
    'Exemplary individual',
    'INDIVIDUAL',
    'INSTITUTION',
  ],
  [
    'DIEN_HINH_TIEN_TIEN_TAP_THE',
    'Tập thể điển hình tiên tiến',
    'Exemplary collective',
    'COLLECTIVE',
    'INSTITUTION',
  ],
  ['MO_HINH_TIEU_BIEU', 'Mô hình tiêu biểu', 'Model of excellence', 'COLLECTIVE', 'INSTITUTION'],
  ['LAO_DONG_TIEN_TIEN', 'Lao động tiên tiến', 'Advanced Worker', 'INDIVIDUAL', 'INSTITUTION'],
  [
    'CHIEN_SI_THI_DUA_CO_SO',
    'Chiến sĩ thi đua cơ sở',
    'Grassroots Emulation Fighter',
    'INDIVIDUAL',
    'INSTITUTION',
  ],
  [
    'CHIEN_SI_THI_DUA_CAP_TINH',
    'Chiến sĩ thi đua cấp tỉnh',
    'Provincial Emulation Fighter',
    'INDIVIDUAL',
    'PROVINCE',
  ],
  [
    'CHIEN_SI_THI_DUA_TOAN_QUOC',
    'Chiến sĩ thi đua toàn quốc',
    'National Emulation Fighter',
    'INDIVIDUAL',
    'NATION',
  ],
  [
    'TAP_THE_LAO_DONG_TIEN_TIEN',
    'Tập thể lao động tiên tiến',
    'Advanced Labour Collective',
    'COLLECTIVE',
    'INSTITUTION',
  ],
  [
    'TAP_THE_LAO_DONG_XUAT_SAC',
    'Tập thể lao động xuất sắc',
    'Excellent Labour Collective',
    'COLLECTIVE',
    'PROVINCE',
  ],
  ['GIAY_KHEN', 'Giấy khen', 'Certificate of Merit', 'INDIVIDUAL', 'INSTITUTION'],
  [
    'BANG_KHEN_TINH',
    'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    "Certificate of Merit of the Chairman of the Provincial People's Committee",
    'INDIVIDUAL',
    'PROVINCE',
  ],
  [
    'BANG_KHEN_THU_TUONG',
    'Bằng khen của Thủ tướng Chính phủ',
    "Prime Minister's Certificate of Merit",
    'INDIVIDUAL',
    'NATION',
  ],
  [
    'HUAN_CHUONG_LAO_DONG_HANG_BA',
    'Huân chương Lao động hạng Ba',
    'Labour Order, Third Class',
    'INDIVIDUAL',
    'NATION',
  ],
  ['SANG_KIEN_CO_SO', 'Sáng kiến cấp cơ sở', 'Grassroots-level initiative', 'INDIVIDUAL', 'INSTITUTION'],
];

/** Generated from the entities (schema builder log), plus the seeded catalogue. */
export class CampaignsInitial1763800000000 implements MigrationInterface {
  name = 'CampaignsInitial1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "campaigns"."distinction" ("code" text NOT NULL, "name_vi" text NOT NULL, "name_en" text NOT NULL, "target" text NOT NULL, "level" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "distinction_level_check" CHECK ("level" IN ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'AGENCY', 'INSTITUTION', 'UNIT', 'MASS_ORGANIZATION')), CONSTRAINT "distinction_target_check" CHECK ("target" IN ('INDIVIDUAL', 'COLLECTIVE')), CONSTRAINT "distinction_pkey" PRIMARY KEY ("code"))`,
    );
    for (const [code, nameVi, nameEn, target, level] of CATALOGUE) {
      await q.query(
        `INSERT INTO "campaigns"."distinction" ("code", "name_vi", "name_en", "target", "level") VALUES ($1, $2, $3, $4, $5)`,
        [code, nameVi.normalize('NFC'), nameEn, target, level],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "campaigns"."distinction"`);
  }
}
