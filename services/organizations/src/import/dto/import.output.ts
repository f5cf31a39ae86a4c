import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: 'Row number in the file (header = 1); 0 for the whole file.' })
  row!: number;

  @Field()
  message!: string;
}

@ObjectType({ description: 'All or nothing: when errors is not empty, nothing was written.' })
export class ImportResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [ImportError])
  errors!: ImportError[];
}
