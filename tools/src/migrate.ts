import 'reflect-metadata';
import { migrateAll } from '@laurel/launcher';

/** `npm run migrate`: every service's migrations against DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set (npm start migrates the embedded database itself)');
    process.exit(2);
  }
  await migrateAll(url, (line) => console.log(line));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
