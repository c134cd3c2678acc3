import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * The official specifications the contract tests read where they are: `TSUNAGU_SPECS_DIR`, by
 * default `../shared/specs` beside the project (never copied into it). Where the folder is absent
 * (a fresh clone elsewhere), the contract tests skip, saying so once.
 */
export function specsDir(): string | null {
  const dir = resolve(
    process.env['TSUNAGU_SPECS_DIR'] ?? join(__dirname, '..', '..', '..', '..', '..', 'shared', 'specs'),
  );
  if (existsSync(join(dir, 'line', 'messaging-api.yml'))) return dir;
  if (!warned) {
    warned = true;
    console.warn(
      `contract tests skipped: no specifications at ${dir} (set TSUNAGU_SPECS_DIR; sources: github.com/line/line-openapi, github.com/openreferral/specification)`,
    );
  }
  return null;
}
let warned = false;

export type SchemaValidator = (schema: string, data: unknown) => ErrorObject[];

/**
 * Validates data against a schema of a LINE OpenAPI file (`messaging-api.yml` or `webhook.yml`):
 * `validate('PushMessageRequest', body)` returns the errors, empty when valid. OpenAPI's own keywords
 * (discriminator, nullable, ...) are not JSON Schema: the validator ignores them, which is why the
 * LINE sandbox checks type-keyed messages itself.
 */
export function lineSpecValidator(file: 'messaging-api.yml' | 'webhook.yml'): SchemaValidator | null {
  const dir = specsDir();
  if (!dir) return null;
  const document = parse(readFileSync(join(dir, 'line', file), 'utf8')) as { components: { schemas: object } };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'line', components: document.components });
  return (schema, data) => {
    const validate = ajv.getSchema(`line#/components/schemas/${schema}`);
    if (!validate) throw new Error(`No schema ${schema} in ${file}`);
    return validate(data) ? [] : [...(validate.errors ?? [])];
  };
}

/**
 * Validates an exported organisation against HSDS 3.0's compiled `organization.json` (referenced
 * objects inlined): returns the errors, empty when valid. The file declares no `$schema`; HSDS's
 * OpenAPI 3.1 files use the 2020-12 dialect, so it is read with Ajv's 2020-12 class. Its extra
 * Frictionless keywords (`constraints`, `datapackage_metadata`) are ignored (`strict: false`).
 */
export function hsdsOrganizationValidator(): ((data: unknown) => ErrorObject[]) | null {
  const dir = specsDir();
  const file = dir && join(dir, 'hsds', 'compiled', 'organization.json');
  if (!file || !existsSync(file)) return null;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}
