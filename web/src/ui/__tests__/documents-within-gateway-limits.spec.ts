import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The gateway's limits (gateway/src/limits.ts, LIMITS): a document above them is refused at run
// time with "Query Cost limit … exceeded", which the build's codegen cannot see.
const LIMITS = { depth: 6, cost: 5_000, tokens: 1_000 };

const web = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === '__tests__' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the web app’s GraphQL documents', () => {
  it('stay within the gateway’s depth, cost and token limits', () => {
    const schema = buildSchema(readFileSync(join(web, 'schema.graphql'), 'utf8'));
    const checked: string[] = [];
    const refused: string[] = [];
    for (const file of sources(join(web, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
        const text = match[1]!;
        const document = parse(text);
        const name = document.definitions.map((d) => ('name' in d ? d.name?.value : '')).join('+');
        checked.push(name);
        let errors: readonly GraphQLError[];
        try {
          errors = validate(schema, document, [
            costLimitRule({ maxCost: LIMITS.cost, flattenFragments: true, ignoreIntrospection: false }),
            maxDepthRule({ n: LIMITS.depth, flattenFragments: true, ignoreIntrospection: false }),
          ]);
        } catch (error) {
          errors = [error as GraphQLError];
        }
        try {
          parse(text, { maxTokens: LIMITS.tokens });
        } catch (error) {
          errors = [...errors, error as GraphQLError];
        }
        for (const e of errors) refused.push(`${relative(web, file)} ${name}: ${e.message}`);
      }
    }
    expect(checked.length).toBeGreaterThan(10);
    expect(refused).toEqual([]);
  });
});
