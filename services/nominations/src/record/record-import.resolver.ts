import { assertAuthenticated, ImportResult } from '@laurel/graphql';
import { MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ImportFormat } from '../enums';
import type { DistinctionRecordImportService } from './record-import.service';

/** ~30 MB of CSV or base64 XLSX, as for the organizations imports. */
const MAX_CONTENT = 40_000_000;

@ArgsType()
class ImportDistinctionRecordsArgs {
  @Field(() => ImportFormat)
  format!: ImportFormat;

  @Field({ description: 'CSV text (UTF-8), or the .xlsx file in base64.' })
  @MaxLength(MAX_CONTENT)
  content!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Check every row and answer what would be created and updated, writing nothing.',
  })
  dryRun?: boolean | null;
}

@Resolver()
export class DistinctionRecordImportResolver {
  constructor(private readonly service: DistinctionRecordImportService) {}

  @Mutation(() => ImportResult, {
    description:
      'Distinctions held before the platform. Columns: year, distinctionCode, personId or organizationId, ' +
      'decisionNumber (Vietnamese headers accepted). Upserts IMPORTED records by holder, year and distinction; ' +
      'never overwrites a record recognized on the platform. All or nothing.',
  })
  async importDistinctionRecords(
    @Args() { format, content, dryRun }: ImportDistinctionRecordsArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    assertAuthenticated(ctx);
    return this.service.importRecords(ctx, format, content, dryRun === true);
  }
}
