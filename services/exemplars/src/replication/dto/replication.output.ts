import { Field, Int, ObjectType } from 'type-graphql';
import { OrganizationRef } from '../../refs.output';

@ObjectType({ description: 'Fostering and replication over one subtree, for a year.' })
export class ReplicationRow {
  @Field(() => OrganizationRef)
  organization!: OrganizationRef;

  @Field(() => Int, { description: 'Exemplars fostered in the subtree by the end of the year.' })
  exemplars!: number;

  @Field(() => Int, { description: "Evaluations of the year's periods recorded by the period's end." })
  evaluationsOnTime!: number;

  @Field(() => Int, {
    description:
      "Evaluations of the year's periods recorded late, and evaluations due in the year still missing.",
  })
  evaluationsOverdue!: number;

  @Field(() => Int, { description: "Adoptions in the year of the subtree's exemplars, by anyone." })
  adoptionsGiven!: number;

  @Field(() => Int, { description: "Adoptions in the year by the subtree's units, of anyone's exemplars." })
  adoptionsTaken!: number;
}

@ObjectType()
export class ReplicationReport {
  @Field(() => OrganizationRef)
  organization!: OrganizationRef;

  @Field(() => Int)
  year!: number;

  @Field(() => ReplicationRow)
  totals!: ReplicationRow;

  @Field(() => [ReplicationRow])
  children!: ReplicationRow[];
}
