import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuidSchema = z.string().regex(UUID);

/** Only the entries that are ids; anything else (or no array at all): an empty list. */
export const lenientIds = z
  .array(z.unknown())
  .readonly()
  .nullish()
  .catch(undefined)
  .transform((values) => (values ?? []).filter((v): v is string => typeof v === 'string' && UUID.test(v)));

/** Absent (`null` or `undefined`) instead of a value of the wrong type: the routes' lenient reading. */
export function lenient<T extends z.ZodType>(schema: T) {
  return schema.nullish().catch(undefined);
}
