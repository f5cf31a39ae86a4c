import { Field, ID, ObjectType } from 'type-graphql';
import type { ApiKeyEntity } from '../api-key.entity';

@ObjectType({ description: 'A read-only key for reporting tools, scoped to a subtree.' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  organizationId!: string;
}

export function toApiKey(e: ApiKeyEntity): ApiKey {
  return {
    id: e.id,
    name: e.name,
    createdAt: e.createdAt,
    revokedAt: e.revokedAt,
    organizationId: e.organizationId,
  };
}

@ObjectType()
export class ApiKeyCreated {
  @Field({ description: 'Shown once; only its hash is stored.' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
