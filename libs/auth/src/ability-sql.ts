import { rulesToAST } from '@casl/ability/extra';
import type { CompoundCondition, Condition, FieldCondition } from '@ucast/mongo2js';
import type { Action, AppAbility, SubjectName } from './ability';

/** A SQL boolean expression with named parameters, for TypeORM's `where(sql, params)`. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** Ability condition field -> SQL expression, e.g. `{ orgPath: 'p.org_path', id: 'p.id' }`. */
export type ColumnMap = Record<string, string>;

let counter = 0;

/**
 * The rows `action` may touch, as SQL: authorization happens in the database, never by
 * filtering rows after they were fetched. Deny-all is `FALSE` (rulesToAST gives `null`).
 * Only the operators Laurel's rules use are translated; anything else throws, so a new rule
 * cannot silently widen access.
 */
export function accessibleSql(
  ability: AppAbility,
  action: Action,
  subjectName: SubjectName,
  columns: ColumnMap,
): SqlCondition {
  const ast = rulesToAST(ability, action, subjectName);
  const params: Record<string, unknown> = {};
  if (ast === null) return { sql: 'FALSE', params };

  const column = (field: unknown): string => {
    const sql = typeof field === 'string' ? columns[field] : undefined;
    if (!sql) throw new Error(`no column mapped for ability field ${String(field)} of ${subjectName}`);
    return sql;
  };
  const param = (value: unknown): string => {
    const name = `casl_${(counter = (counter + 1) % 1_000_000)}_${Object.keys(params).length}`;
    params[name] = value;
    return name;
  };

  const visit = (node: Condition): string => {
    switch (node.operator) {
      case 'and':
      case 'or': {
        const parts = (node as CompoundCondition).value.map(visit);
        if (parts.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
        return `(${parts.join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
      }
      case 'not':
        return `NOT (${visit((node as CompoundCondition).value[0] as Condition)})`;
      case 'under': {
        const f = node as FieldCondition<string>;
        return `${column(f.field)} <@ CAST(:${param(f.value)} AS ltree)`;
      }
      case 'above': {
        const f = node as FieldCondition<string>;
        return `${column(f.field)} @> CAST(:${param(f.value)} AS ltree)`;
      }
      case 'ne': {
        const f = node as FieldCondition;
        return `${column(f.field)} <> :${param(f.value)}`;
      }
      case 'eq': {
        const f = node as FieldCondition;
        return `${column(f.field)} = :${param(f.value)}`;
      }
      case 'in': {
        const f = node as FieldCondition<unknown[]>;
        return `${column(f.field)} IN (:...${param(f.value)})`;
      }
      default:
        throw new Error(`ability operator ${node.operator} has no SQL translation`);
    }
  };

  return { sql: visit(ast), params };
}
