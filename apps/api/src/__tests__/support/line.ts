import { randomInt } from 'node:crypto';
import { signature, webhookBody } from '@tsunagu/line-sandbox';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import type { TestApp } from './test-app';

export interface TestChannel {
  id: string;
  lineChannelId: string;
  secret: string;
}

/** 32 hexadecimal characters, as LINE channel secrets are. */
export function secretHex(): string {
  return Array.from({ length: 32 }, () => '0123456789abcdef'[randomInt(16)]).join('');
}

/** Connects a new LINE channel to the admin's tenant. */
export async function createLineChannel(t: TestApp, adminToken: string): Promise<TestChannel> {
  const channel = { lineChannelId: String(randomInt(1e9, 2e9)), secret: secretHex() };
  const res = await t.graphql<{ createLineChannel: { id: string } }>(
    'mutation($input: CreateLineChannelInput!) { createLineChannel(input: $input) { id } }',
    {
      input: {
        name: 'テストチャネル',
        lineChannelId: channel.lineChannelId,
        channelSecret: channel.secret,
        channelAccessToken: `token-${secretHex()}`,
      },
    },
    { token: adminToken },
  );
  if (!res.data) throw new Error(`createLineChannel failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.createLineChannel.id, ...channel };
}

/** Delivers events to the channel's webhook as LINE does (signed); expects 200. */
export async function deliver(t: TestApp, channel: TestChannel, events: object[]): Promise<void> {
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

/** The conversation of a family (by LINE user id), once processed; read as the database owner. */
export async function conversationIdOf(lineUserId: string): Promise<string | undefined> {
  const owner = await connect(testDatabase().migrationUrl);
  try {
    // In a transaction: the embedded database serves a connection alone only inside one; outside,
    // a job worker's statement may come between this query's parse and bind.
    await owner.query('begin');
    const { rows } = await owner.query<{ id: string }>(
      'select c.id from conversation c join registrant r on r.id = c.registrant_id where r.line_user_id = $1',
      [lineUserId],
    );
    await owner.query('commit');
    return rows[0]?.id;
  } finally {
    await owner.end();
  }
}
