// GraphQL Codegen's client preset over the committed schema (apps/api/schema.gql) and the documents
// written with `graphql(`...`)` in the console's sources: typed documents in apps/console/src/gql.
// `npm run console:codegen` writes them; `--check` (run by the codegen test) fails when they are stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { buildSchema, parse, printSchema } from 'graphql';
import { format, resolveConfig } from 'prettier';

const root = join(__dirname, '../../..');
const sourceDir = join(root, 'apps/console/src');
export const OUTPUT_DIR = join(sourceDir, 'gql');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === OUTPUT_DIR ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `graphql(`...`)` document of the console (no interpolation: documents are whole strings). */
function documents(): Types.DocumentFile[] {
  const found: Types.DocumentFile[] = [];
  for (const file of sourceFiles(sourceDir).sort()) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
      const rawSDL = match[1] as string;
      found.push({ location: relative(root, file), document: parse(rawSDL), rawSDL });
    }
  }
  return found;
}

/** The generated files: name → content (formatted like the rest of the repository). */
export async function generate(): Promise<Map<string, string>> {
  const schemaAst = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));
  const config = {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string', JSON: 'unknown' },
    strictScalars: true,
  };
  const sections = await preset.buildGeneratesSection({
    baseOutputDir: `${relative(root, OUTPUT_DIR)}/`,
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents: documents(),
    plugins: [],
    pluginMap: {},
    config,
    presetConfig: { fragmentMasking: false },
  });
  const prettier = await resolveConfig(join(OUTPUT_DIR, 'graphql.ts'));
  const files = new Map<string, string>();
  for (const section of sections) {
    const content = await codegen({ ...section, schemaAst, config: { ...config, ...section.config } });
    files.set(
      join(root, section.filename),
      await format(content, { ...prettier, filepath: join(root, section.filename) }),
    );
  }
  return files;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  void generate().then((files) => {
    if (check) {
      const stale = [...files].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
      for (const [path] of stale) console.error(`stale: ${relative(root, path)} (run npm run console:codegen)`);
      process.exit(stale.length > 0 ? 1 : 0);
    }
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const [path, content] of files) {
      writeFileSync(path, content);
      console.log(`wrote ${relative(root, path)}`);
    }
  });
}
