import { groupByKeys, isId } from '@laurel/graphql';
import DataLoader from 'dataloader';
import { In, type DataSource, type FindOptionsOrder, type FindOptionsWhere } from 'typeorm';
import type { Context } from './context';
import {
  AdoptionEntity,
  EvaluationEntity,
  FosteringActionEntity,
  RecognitionEntity,
} from './exemplar/exemplar.entity';
import { readVisible, visibleExemplars, type VisibleExemplar } from './exemplar/exemplar.queries';
import { ProgressNoteEntity } from './initiative/initiative.entity';

export interface Loaders {
  /** Exemplars the caller may read (in full or as the showcase); others come back null. */
  exemplar: DataLoader<string, VisibleExemplar | null>;
  recognitions: DataLoader<string, RecognitionEntity[]>;
  actions: DataLoader<string, FosteringActionEntity[]>;
  evaluations: DataLoader<string, EvaluationEntity[]>;
  adoptions: DataLoader<string, AdoptionEntity[]>;
  progress: DataLoader<string, ProgressNoteEntity[]>;
}

/**
 * One set per request. The child loaders are only asked for exemplars already read in full
 * (resolvers check), and row-level security stands behind them.
 */
export function createLoaders(db: DataSource, ctx: Context, options: { cache: boolean }): Loaders {
  const cache = options.cache;
  const children = <T extends { exemplarId: string }>(
    entity: new () => T,
    order: Record<string, 'ASC' | 'DESC'>,
  ) =>
    new DataLoader<string, T[]>(
      async (ids) => {
        const rows = await db.getRepository(entity).find({
          where: { exemplarId: In([...ids]) } as FindOptionsWhere<T>,
          order: order as FindOptionsOrder<T>,
        });
        return groupByKeys(ids, rows, (r) => r.exemplarId);
      },
      { cache },
    );
  return {
    exemplar: new DataLoader(
      async (ids) => {
        const valid = ids.filter(isId);
        if (valid.length === 0) return ids.map(() => null);
        const rows = await readVisible(
          visibleExemplars(db, ctx).andWhere('e.id IN (:...ids)', { ids: valid }),
        );
        const map = new Map(rows.map((r) => [r.entity.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      },
      { cache },
    ),
    recognitions: children(RecognitionEntity, { addedAt: 'ASC', nominationId: 'ASC' }),
    actions: children(FosteringActionEntity, { position: 'ASC' }),
    evaluations: children(EvaluationEntity, { periodEnd: 'ASC', id: 'ASC' }),
    adoptions: children(AdoptionEntity, { at: 'ASC', id: 'ASC' }),
    progress: new DataLoader(
      async (ids) => {
        const rows = await db
          .getRepository(ProgressNoteEntity)
          .find({ where: { initiativeId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
        return groupByKeys(ids, rows, (r) => r.initiativeId);
      },
      { cache },
    ),
  };
}
