import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`...`)` of the console's sources with an import of that one document from
 * the generated `gql/graphql.ts`, as the client preset's Babel plugin does. Without it, `graphql()`
 * looks documents up in a map of every operation of the console, and the first load carries them all
 * (each lazy page's included); with it, each chunk carries the documents it uses.
 */
export function graphqlDocuments(sourceDir: string): Plugin {
  const generated = join(sourceDir, 'gql/graphql.ts');
  let exported: Set<string> | null = null;
  const exports = (): Set<string> => {
    exported ??= new Set(
      [...readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = /gm)].map((match) => match[1] as string),
    );
    return exported;
  };
  return {
    name: 'tsunagu-graphql-documents',
    enforce: 'pre',
    buildStart() {
      exported = null;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !id.startsWith(sourceDir) || id.startsWith(join(sourceDir, 'gql'))) return null;
      if (!code.includes('graphql(')) return null;
      const names = new Set<string>();
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_, document: string) => {
        const [definition] = parse(document).definitions;
        if (definition?.kind !== 'OperationDefinition' && definition?.kind !== 'FragmentDefinition') {
          throw new Error(`${id}: a graphql() document must start with a named operation or fragment`);
        }
        if (!definition.name) throw new Error(`${id}: a graphql() operation needs a name`);
        const name = `${definition.name.value}${definition.kind === 'FragmentDefinition' ? 'FragmentDoc' : 'Document'}`;
        if (!exports().has(name)) throw new Error(`${id}: ${name} is not generated: run npm run console:codegen`);
        names.add(name);
        return name;
      });
      if (names.size === 0) return null;
      let path = relative(dirname(id), generated).replace(/\\/g, '/').replace(/\.ts$/, '');
      if (!path.startsWith('.')) path = `./${path}`;
      return { code: `import { ${[...names].join(', ')} } from '${path}';\n${replaced}`, map: null };
    },
  };
}
