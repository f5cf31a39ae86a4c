import { assertAuthenticated, ImportResult } from '@laurel/graphql';
import { MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ImportFormat } from '../enums';
import { ImportService } from './import.service';

/** ~30 MB of CSV or base64 XLSX: a national list of organizations fits. */
const MAX_CONTENT = 40_000_000;

@ArgsType()
class ImportArgs {
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
export class ImportResolver {
  constructor(private readonly service: ImportService) {}

  @Mutation(() => ImportResult, {
    description: 'Columns: code, name, kind, parentCode (Vietnamese headers accepted). Upserts by code.',
  })
  async importOrganizations(
    @Args() { format, content, dryRun }: ImportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    assertAuthenticated(ctx);
    return this.service.importOrganizations(ctx, format, content, dryRun === true);
  }

  @Mutation(() => ImportResult, {
    description:
      'Columns: organizationCode, fullName, partyPosition, governmentPosition, leadsCode, account, staffCode. ' +
      'Upserts by staffCode within the institution, else by account.',
  })
  async importPeople(
    @Args() { format, content, dryRun }: ImportArgs,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    assertAuthenticated(ctx);
    return this.service.importPeople(ctx, format, content, dryRun === true);
  }
}
