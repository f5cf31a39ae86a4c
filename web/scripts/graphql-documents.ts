import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// What the client preset's Babel/SWC plugin does, as a Vite transform: every
// `graphql(`query Name …`)` call in src/ becomes the generated `NameDocument` (a fragment's:
// `NameFragmentDoc`), the same object the preset's graphql() map (src/gql/gql.ts) would return.
// Each document is served as a module of its own, taken from src/gql/graphql.ts, so a lazy page
// carries only its own documents instead of the whole map riding in the first load.
// Codegen still checks every document against the schema and types every call.
const generated = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
const source = fileURLToPath(new URL('../src/', import.meta.url));
const prefix = 'virtual:laurel-gql/';
// A template without interpolation (`${`) or escapes, as codegen reads it.
const call = /(export const (\w+) = )?\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)(;?)/g;
const definition = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;

export function graphqlDocuments(): Plugin {
  return {
    name: 'laurel-graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const name = id.slice(prefix.length + 1);
      this.addWatchFile(generated);
      const line = readFileSync(generated, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`export const ${name} = {`));
      const found = line && /^export const \w+ = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
      if (!found) this.error(`${name} is not in src/gql/graphql.ts (run npm run codegen)`);
      return `export default ${found[1]};`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(source) || file.includes('/src/gql/') || !code.includes('graphql(')) {
        return null;
      }
      const names = new Set<string>();
      const replaced = code.replace(
        call,
        (whole, declared: string | undefined, local: string | undefined, text: string, end: string) => {
          const found = definition.exec(text);
          if (!found) return whole;
          const [, kind, name] = found;
          const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
          if (declared && local && end) {
            // `export const X = graphql(…);` re-exports the document's module, so that a page
            // importing X from documents.ts is bound to that module and not to documents.ts
            // (which would carry every document it declares to its first importer's chunk).
            const lines = '\n'.repeat(whole.split('\n').length - 1);
            return `import ${local} from '${prefix}${exported}'; export { ${local} };${lines}`;
          }
          names.add(exported);
          return `${declared ?? ''}__gql_${exported}${end}`;
        },
      );
      const reexports = replaced !== code;
      if (!reexports) return null;
      const imports = [...names].map((n) => `import __gql_${n} from '${prefix}${n}';`).join(' ');
      // On the first line, so that line numbers (stack traces, coverage) stay as written.
      return { code: `${imports} ${replaced}`, map: null };
    },
  };
}
