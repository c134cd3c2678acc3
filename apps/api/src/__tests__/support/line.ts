import { randomInt } from 'node:crypto';
import { signature, webhookBody, type LineSandbox, type RecordedRequest } from '@tsunagu/line-sandbox';
import { connect, lineSpecValidator, recordSent, testDatabase, type SchemaValidator } from '@tsunagu/platform/testing';
import type { TestApp } from './test-app';

export interface TestChannel {
  id: string;
  lineChannelId: string;
  secret: string;
  /** The access token the channel calls LINE (the sandbox) with. */
  accessToken: string;
}

/** 32 hexadecimal characters, as LINE channel secrets are. */
export function secretHex(): string {
  return Array.from({ length: 32 }, () => '0123456789abcdef'[randomInt(16)]).join('');
}

/** Connects a new LINE channel to the admin's tenant. */
export async function createLineChannel(t: TestApp, adminToken: string): Promise<TestChannel> {
  const channel = {
    lineChannelId: String(randomInt(1e9, 2e9)),
    secret: secretHex(),
    accessToken: `token-${secretHex()}`,
  };
  const res = await t.graphql<{ createLineChannel: { id: string } }>(
    'mutation($input: CreateLineChannelInput!) { createLineChannel(input: $input) { id } }',
    {
      input: {
        name: 'テストチャネル',
        lineChannelId: channel.lineChannelId,
        channelSecret: channel.secret,
        channelAccessToken: channel.accessToken,
      },
    },
    { token: adminToken },
  );
  if (!res.data) throw new Error(`createLineChannel failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.createLineChannel.id, ...channel };
}

/** Delivers events to the channel's webhook as LINE does (signed); expects 200. */
export async function deliver(t: TestApp, channel: TestChannel, events: object[]): Promise<void> {
  recordSent(events);
  const raw = JSON.stringify(webhookBody(events as Record<string, unknown>[]));
  await t
    .http()
    .post(`/webhooks/line/${channel.lineChannelId}`)
    .set('content-type', 'application/json')
    .set('x-line-signature', signature(channel.secret, raw))
    .send(raw)
    .expect(200);
}

/** Reads until `done` (the job queue works asynchronously), or until the time runs out. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 25_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Reads as the database owner, in a transaction: on the embedded database a statement outside one
 * may interleave with the job workers' statements on the shared backend.
 */
export async function ownerQuery<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
  const owner = await connect(testDatabase().migrationUrl);
  try {
    await owner.query('begin');
    const { rows } = await owner.query<T>(sql, params);
    await owner.query('commit');
    return rows;
  } finally {
    await owner.end();
  }
}

/** The conversation of a family (by LINE user id), once processed. */
export async function conversationIdOf(lineUserId: string): Promise<string | undefined> {
  const rows = await ownerQuery<{ id: string }>(
    'select c.id from conversation c join registrant r on r.id = c.registrant_id where r.line_user_id = $1',
    [lineUserId],
  );
  return rows[0]?.id;
}

const REQUEST_SCHEMAS: Record<string, string> = {
  reply: 'ReplyMessageRequest',
  push: 'PushMessageRequest',
  multicast: 'MulticastRequest',
};

/** The validator ignores OpenAPI's discriminators: each message object is checked by its own schema. */
const MESSAGE_SCHEMAS: Record<string, string> = {
  text: 'TextMessage',
  image: 'ImageMessage',
  template: 'TemplateMessage',
};

/**
 * What the OpenAPI file says is wrong with a message request the sandbox received: the request's
 * schema, each message's by its type, and a template's buttons and their actions.
 */
export function lineRequestErrors(validate: SchemaValidator, request: RecordedRequest): unknown[] {
  const errors: unknown[] = [...validate(REQUEST_SCHEMAS[request.operation as string], request.body)];
  const messages = (request.body as { messages?: Record<string, unknown>[] } | null)?.messages ?? [];
  messages.forEach((message, i) => {
    const schema = MESSAGE_SCHEMAS[String(message['type'])];
    if (!schema) return errors.push({ message: `messages[${i}] is of a type this check does not know` });
    errors.push(...validate(schema, message).map((e) => ({ at: `messages[${i}]`, ...e })));
    const template = message['template'] as { type?: string; actions?: unknown[] } | undefined;
    if (!template) return;
    if (template.type !== 'buttons') return errors.push({ message: `messages[${i}] is not a buttons template` });
    errors.push(...validate('ButtonsTemplate', template).map((e) => ({ at: `messages[${i}].template`, ...e })));
    for (const action of template.actions ?? []) {
      errors.push(...validate('URIAction', action).map((e) => ({ at: `messages[${i}].template.actions`, ...e })));
    }
  });
  return errors;
}

/**
 * The contract: every message request the sandbox received is one the real LINE platform accepts,
 * checked against the full OpenAPI file; pushes and multicasts carry a retry key.
 */
export function expectLineRequestsValid(sandbox: LineSandbox): void {
  const validate = lineSpecValidator('messaging-api.yml');
  if (!validate) return;
  const sent = sandbox.requests.filter((r) => r.operation && REQUEST_SCHEMAS[r.operation]);
  expect(sent.length).toBeGreaterThan(0);
  for (const request of sent) {
    expect({ path: request.path, errors: lineRequestErrors(validate, request) }).toEqual({
      path: request.path,
      errors: [],
    });
    if (request.operation === 'push' || request.operation === 'multicast')
      expect(request.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  }
}
