import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { parse as parseYaml } from 'yaml';
import { specsDir } from '@tsunagu/platform/testing';

/**
 * Generators for the schema-wide fuzz test: GraphQL operations built from the schema's own types
 * (every query and mutation, their arguments' scalars, enums, input objects, lists and nullability),
 * and LINE webhook bodies built from LINE's webhook specification. Values are mostly well-formed
 * (so that operations reach their services), with hostile ones mixed in: NUL, unpaired surrogates,
 * huge and fractional numbers, ids that are not UUIDs, values of the wrong type, very long strings.
 */

/** The seed of a run: FUZZ_SEED, or fixed (CI), or random when FUZZ_SEED=random. */
export function fuzzSeed(): number {
  const configured = process.env['FUZZ_SEED'];
  if (configured === 'random') return Math.floor(Math.random() * 2 ** 31);
  return configured ? Number(configured) : 20261204;
}

/** A seed per operation, so that one operation's cases do not depend on which others ran. */
export function seedFor(base: number, name: string): number {
  return (base ^ createHash('sha256').update(name).digest().readInt32BE(0)) >>> 0;
}

// --- hostile values -----------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'a\udc00b',
  '\ud83d\ude00',
  'x'.repeat(10_000),
  'あ'.repeat(3_000),
  "'; drop table tenant; --",
  '%',
  '_',
  '\\',
  '{"a":1}',
  '1e20',
  'null',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-00000000000g',
  '\u202e\u200b\ufeff',
  'ｶﾀｶﾅ①㈱',
  '0000-00-00',
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];

const HOSTILE_NUMBERS = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 + 1, 1e20, -1e20, 1.5, 1e308, -0];

/** A value of any JSON type (a wrong type for most arguments). */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, {}, [], [[]], { a: { b: { c: 'd' } } }),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
);

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 300 }),
);

// --- GraphQL inputs ------------------------------------------------------------------------------

/** Ids that exist (the test's tenant, its rows), and the hostile kinds. */
export interface FuzzContext {
  ids: string[];
  slugs: string[];
}

/** A plausible string for a field, by its name: enough of them pass validation to reach services. */
function plausibleString(name: string, ctx: FuzzContext): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n.includes('email') || n === 'recipients') return fc.emailAddress();
  if (n.includes('slug')) return fc.oneof(fc.constantFrom(...ctx.slugs), fc.stringMatching(/^[a-z][a-z0-9-]{1,20}$/));
  if (n.endsWith('on') || n === 'date' || n.endsWith('date') || n === 'from' || n === 'to')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => (n === 'from' || n === 'to' ? d.toISOString() : d.toISOString().slice(0, 10)));
  if (n.includes('url') || n.includes('website')) return fc.webUrl();
  if (n.includes('timezone')) return fc.constantFrom('Asia/Tokyo', 'UTC', 'Mars/Olympus', 'Asia/Tokyo\u0000');
  if (n.includes('code') && n.includes('government')) return fc.stringMatching(/^\d{6}$/);
  if (n === 'code' || n.includes('otp')) return fc.stringMatching(/^\d{6}$/);
  if (n.includes('password')) return fc.string({ minLength: 0, maxLength: 80 });
  if (n.includes('phone') || n === 'number') return fc.stringMatching(/^0\d{1,4}-\d{1,4}-\d{4}$/);
  if (n.includes('postal')) return fc.stringMatching(/^\d{3}-\d{4}$/);
  if (n.includes('lang')) return fc.constantFrom('ja', 'en', 'vi', 'zz', 'ja-JP');
  if (n.includes('token') || n === 'after') return fc.base64String({ maxLength: 80 });
  return fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('相談', '虐待', 'DV', '神戸市中央区', '子育て', 'テスト'),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
}

function scalarArbitrary(typeName: string, fieldName: string, ctx: FuzzContext): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ctx.ids) },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: hostileString },
        { weight: 1, arbitrary: fc.integer() },
      );
    case 'Int':
      return fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: -2, max: 120 }) },
        { weight: 2, arbitrary: fc.integer({ min: 1990, max: 2040 }) },
        { weight: 1, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
      );
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...HOSTILE_NUMBERS));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        },
        { weight: 1, arbitrary: hostileString },
      );
    case 'JSON':
      return fc.oneof(fc.jsonValue({ maxDepth: 4 }), anyJson);
    default:
      return fc.oneof(
        { weight: 4, arbitrary: plausibleString(fieldName, ctx) },
        { weight: 1, arbitrary: hostileString },
      );
  }
}

/** Values for an input type: well-formed mostly, hostile sometimes, of the wrong type rarely. */
export function inputArbitrary(
  type: GraphQLInputType,
  fieldName: string,
  ctx: FuzzContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = inputArbitrary(inner.ofType, fieldName, ctx, depth + 1);
    value = fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 40, maxLength: 120 }) },
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    if (depth > 4) {
      value = fc.constant({});
    } else {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of fields) model[field.name] = inputArbitrary(field.type, field.name, ctx, depth + 1);
      const requiredKeys = fields
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => f.name);
      value = fc.record(model, { requiredKeys }).chain((record) =>
        fc.oneof(
          { weight: 12, arbitrary: fc.constant(record as Record<string, unknown>) },
          // An unknown field, or a required one left out.
          { weight: 1, arbitrary: fc.constant({ ...record, notAField: 'x' }) },
          {
            weight: 1,
            arbitrary: fc.constant(
              Object.fromEntries(Object.entries(record).filter(([key]) => key !== requiredKeys[0])),
            ),
          },
        ),
      );
    }
  } else if (isEnumType(inner)) {
    value = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'open', '') },
    );
  } else if (isScalarType(inner)) {
    value = scalarArbitrary(inner.name, fieldName, ctx);
  } else {
    value = fc.constant(null);
  }
  const withWrongType = fc.oneof({ weight: 30, arbitrary: value }, { weight: 1, arbitrary: anyJson });
  return required
    ? withWrongType
    : fc.oneof(
        { weight: 6, arbitrary: withWrongType },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant(null) },
      );
}

// --- GraphQL documents ---------------------------------------------------------------------------

/** The fields to select: the leaves, and objects' leaves a few levels down (fields without required arguments). */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const fieldType = getNamedType(field.type);
    if (isLeafType(fieldType)) parts.push(field.name);
    else if (depth < 3) {
      const sub = selectionFor(field.type, depth + 1);
      if (sub) parts.push(`${field.name} ${sub}`);
    }
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

export interface FuzzOperation {
  name: string;
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function schemaOperations(schema: GraphQLSchema): FuzzOperation[] {
  const ops: FuzzOperation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}))
      ops.push({ name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`, kind, field });
  }
  return ops;
}

export interface FuzzRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A request for an operation: its arguments as variables (any JSON, so wrong types reach the
 * server too) or, when they can be written so, as literals in the document.
 */
export function requestArbitrary(op: FuzzOperation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const args: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of op.field.args) args[arg.name] = inputArbitrary(arg.type, arg.name, ctx);
  const selection = selectionFor(op.field.type);
  // Required arguments are left out now and then (a validation error), the others often.
  const requiredKeys = op.field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => a.name);
  const values = fc.oneof(
    { weight: 15, arbitrary: fc.record(args, { requiredKeys }) },
    { weight: 1, arbitrary: fc.record(args, { requiredKeys: [] }) },
  );
  return fc.tuple(values, fc.boolean()).map(([values, literal]) => {
    const present = op.field.args.filter((a) => values[a.name] !== undefined);
    if (literal) {
      const written = present.map((a) => {
        try {
          const ast = astFromValue(values[a.name], a.type);
          return ast ? `${a.name}: ${print(ast)}` : null;
        } catch {
          return null; // not a value of the type: sent as a variable instead
        }
      });
      if (written.every((w) => w !== null)) {
        const list = written.length > 0 ? `(${written.join(', ')})` : '';
        return { query: `${op.kind} { ${op.field.name}${list} ${selection} }`, variables: {} };
      }
    }
    const definitions = present.map((a) => `$${a.name}: ${a.type.toString()}`);
    const list = present.map((a) => `${a.name}: $${a.name}`);
    return {
      query: `${op.kind}${definitions.length > 0 ? ` (${definitions.join(', ')})` : ''} { ${op.field.name}${list.length > 0 ? `(${list.join(', ')})` : ''} ${selection} }`,
      variables: Object.fromEntries(present.map((a) => [a.name, values[a.name]])),
    };
  });
}

// --- LINE webhook bodies from the specification ----------------------------------------------------

interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
  required?: string[];
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: OpenApiSchema | boolean;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}

/** Valid webhook bodies after `CallbackRequest` of LINE's webhook.yml; null without the specifications. */
export function webhookBodyArbitrary(userIds: string[]): fc.Arbitrary<Record<string, unknown>> | null {
  const dir = specsDir();
  if (!dir) return null;
  const doc = parseYaml(readFileSync(join(dir, 'line', 'webhook.yml'), 'utf8')) as {
    components: { schemas: Record<string, OpenApiSchema> };
  };
  const schemas = doc.components.schemas;
  const resolve = (s: OpenApiSchema): OpenApiSchema =>
    s.$ref ? resolve(schemas[s.$ref.split('/').pop() as string]) : s;

  /** An object schema with its allOf parts merged (the base's discriminator dropped). */
  const flatten = (s: OpenApiSchema): OpenApiSchema => {
    const r = resolve(s);
    if (!r.allOf) return r;
    const merged: OpenApiSchema = { type: 'object', properties: {}, required: [] };
    for (const part of r.allOf) {
      const p = flatten(part);
      Object.assign(merged.properties as object, p.properties ?? {});
      merged.required = [...new Set([...(merged.required ?? []), ...(p.required ?? [])])];
    }
    return merged;
  };

  const build = (s: OpenApiSchema, name: string, depth: number): fc.Arbitrary<unknown> => {
    const r = resolve(s);
    if (r.discriminator?.mapping && !r.allOf) {
      const { propertyName, mapping } = r.discriminator;
      return fc.oneof(
        ...Object.entries(mapping).map(([key, ref]) =>
          build({ $ref: ref }, name, depth).map((value) => ({ ...(value as object), [propertyName]: key })),
        ),
      );
    }
    const flat = flatten(r);
    if (flat.enum) return fc.constantFrom(...flat.enum);
    switch (flat.type) {
      case 'string':
        if (name === 'userId') return fc.constantFrom(...userIds);
        if (name === 'webhookEventId') return fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/);
        if (flat.pattern) return fc.stringMatching(new RegExp(flat.pattern));
        if (flat.format === 'uri') return fc.webUrl();
        if (name === 'id' || name === 'messageId') return fc.stringMatching(/^\d{10,18}$/);
        return fc.string({ maxLength: flat.maxLength ?? 40 });
      case 'integer':
        if (name === 'timestamp') return fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 });
        return fc.integer({ min: 0, max: 100_000 });
      case 'number':
        return fc.double({ min: -180, max: 180, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 5
          ? fc.constant([])
          : fc.array(build(flat.items ?? {}, name, depth + 1), { maxLength: Math.min(flat.maxItems ?? 3, 3) });
      default: {
        if (depth > 5) return fc.constant({});
        const props = flat.properties ?? {};
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, prop] of Object.entries(props)) model[key] = build(prop, key, depth + 1);
        if (Object.keys(model).length === 0) {
          return flat.additionalProperties
            ? fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 })
            : fc.constant({});
        }
        return fc.record(model, { requiredKeys: (flat.required ?? []).filter((k) => k in model) });
      }
    }
  };
  return build({ $ref: '#/components/schemas/CallbackRequest' }, 'body', 0) as fc.Arbitrary<Record<string, unknown>>;
}

/** Every path of a JSON value (objects' keys, arrays' indexes), the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...paths(item, [...prefix, i])]);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, item]) => [[...prefix, k], ...paths(item, [...prefix, k])]);
  return [];
}

/** A value with the thing at one of its paths replaced (or deleted when `replacement` is undefined). */
export function mutateAt(value: unknown, index: number, replacement: unknown): unknown {
  const all = paths(value);
  if (all.length === 0) return value;
  const path = all[index % all.length];
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** Valid bodies, and bodies with one thing replaced by a hostile value (or removed), or no body at all. */
export function hostileWebhookBodyArbitrary(
  valid: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<{ body: unknown; valid: boolean }> {
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((body) => ({ body, valid: true })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(valid, fc.nat(), fc.oneof(anyJson, fc.constant(undefined)))
        .map(([body, index, replacement]) => ({ body: mutateAt(body, index, replacement), valid: false })),
    },
    { weight: 1, arbitrary: anyJson.map((body) => ({ body, valid: false })) },
  );
}

export function randomLineUserIds(count: number): string[] {
  return Array.from({ length: count }, () => `U${randomUUID().replace(/-/g, '')}`);
}
