import { Directive, Field, ObjectType } from 'type-graphql';
import { OrgKind, Target } from '../../enums';
import type { DistinctionEntity } from '../distinction.entity';

@ObjectType({ description: 'A title (danh hiệu) or award form (hình thức khen thưởng) of the catalogue.' })
@Directive('@key(fields: "code")')
export class Distinction {
  @Field({ description: 'The binding code, e.g. CHIEN_SI_THI_DUA_CO_SO.' })
  code!: string;

  @Field()
  nameVi!: string;

  @Field()
  nameEn!: string;

  @Field(() => Target)
  target!: Target;

  @Field(() => OrgKind, { description: 'The kind of organization whose head confers it.' })
  level!: OrgKind;
}

export function toDistinction(e: DistinctionEntity): Distinction {
  return {
    code: e.code,
    nameVi: e.nameVi,
    nameEn: e.nameEn,
    target: e.target as Target,
    level: e.level as OrgKind,
  };
}
