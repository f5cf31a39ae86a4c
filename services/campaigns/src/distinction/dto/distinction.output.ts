import { Directive, Field, ObjectType } from 'type-graphql';
import { OrgKind, Target } from '../../enums';
import type { DistinctionEntity } from '../distinction.entity';
import { DistinctionKind } from './distinction-rules.enums';

@ObjectType({ description: 'A title (danh hiệu) or award form (hình thức khen thưởng) of the catalogue.' })
@Directive('@key(fields: "code")')
export class Distinction {
  @Field({ description: 'The binding code, e.g. CHIEN_SI_THI_DUA_CO_SO.' })
  code!: string;

  @Field()
  nameVi!: string;

  @Field()
  nameEn!: string;

  @Field(() => Target, { description: 'The primary target; `targets` lists every one.' })
  target!: Target;

  @Field(() => [Target], { description: 'Every target it can go to (Giấy khen, Bằng khen: both).' })
  targets!: Target[];

  @Field(() => DistinctionKind)
  kind!: DistinctionKind;

  @Field({ description: 'Its standards are set by each ministry and province (Nghị định 152/2025/NĐ-CP).' })
  delegated!: boolean;

  @Field(() => OrgKind, { description: 'The kind of organization whose head confers it.' })
  level!: OrgKind;
}

export function toDistinction(e: DistinctionEntity): Distinction {
  return {
    code: e.code,
    nameVi: e.nameVi,
    nameEn: e.nameEn,
    target: e.target as Target,
    targets: e.targets as Target[],
    kind: e.kind as DistinctionKind,
    delegated: e.delegated,
    level: e.level as OrgKind,
  };
}
