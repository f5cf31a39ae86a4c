import { readFile, writeFile } from 'node:fs/promises';
import { composeSupergraph, SUPERGRAPH_PATH } from './supergraph';

/** `npm run compose` writes gateway/supergraph.graphql; `-- --check` fails when it is stale. */
async function main(): Promise<void> {
  const sdl = await composeSupergraph();
  if (process.argv.includes('--check')) {
    const current = await readFile(SUPERGRAPH_PATH, 'utf8').catch(() => '');
    if (current !== sdl) {
      console.error('gateway/supergraph.graphql is stale: run npm run compose');
      process.exit(1);
    }
    console.log('gateway/supergraph.graphql is up to date');
    return;
  }
  await writeFile(SUPERGRAPH_PATH, sdl);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
