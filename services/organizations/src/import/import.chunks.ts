/** Rows per statement: a national file is written (and looked up) a few thousand rows at a time. */
export const CHUNK = 5_000;

export async function chunked<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}
