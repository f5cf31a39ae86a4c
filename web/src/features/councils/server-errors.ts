import type { CombinedError } from '@urql/core';

/**
 * Which field of a form the server's BAD_USER_INPUT names: `extensions.field` where it gives one,
 * else the message's leading `field:` (the voting service lists problems as "members[0].personId:
 * …; title must not be empty"). Null for other errors: those are shown with ErrorMessage.
 */
export function serverFields(
  error: CombinedError | null | undefined,
  fields: readonly string[],
): Set<string> {
  const found = new Set<string>();
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const named = e.extensions.field;
    if (typeof named === 'string') {
      const match = fields.find((f) => named === f || named.startsWith(`${f}.`) || named.startsWith(`${f}[`));
      if (match) found.add(match);
    }
    for (const part of e.message.split(';')) {
      const head = part.trim();
      const match = [...fields]
        .sort((a, b) => b.length - a.length)
        .find((f) => head.startsWith(f) && /^[\s.:[]/.test(head.slice(f.length) || ' '));
      if (match) found.add(match);
    }
  }
  return found;
}
