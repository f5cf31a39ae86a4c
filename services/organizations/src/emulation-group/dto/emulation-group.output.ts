import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GroupKind } from '../../enums';
import type { EmulationGroupEntity } from '../emulation-group.entity';

@ObjectType({ description: 'A Khối thi đua (BLOCK) or Cụm thi đua (CLUSTER).' })
@Directive('@key(fields: "id")')
export class EmulationGroup {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  ownerId!: string;
}

export function toEmulationGroup(e: EmulationGroupEntity): EmulationGroup {
  return { id: e.id, name: e.name, kind: e.kind as GroupKind, ownerId: e.ownerId };
}
