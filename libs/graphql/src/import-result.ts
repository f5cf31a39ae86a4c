import { Directive, Field, Int, ObjectType } from 'type-graphql';

// Shareable: organizations (organizations, people) and nominations (distinction records) both
// answer imports with the same result type.
@ObjectType()
@Directive('@shareable')
export class ImportError {
  @Field(() => Int, { description: 'Row number in the file (header = 1); 0 for the whole file.' })
  row!: number;

  @Field()
  message!: string;
}

@ObjectType({ description: 'All or nothing: when errors is not empty, nothing was written.' })
@Directive('@shareable')
export class ImportResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ImportError])
  errors!: ImportError[];
}
