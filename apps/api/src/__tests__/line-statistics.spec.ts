import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import { LineMessagingClient, lineStatisticsDate, type LineMessage } from '@tsunagu/channels';
import { Keyring } from '@tsunagu/platform/crypto';
import { LineSandbox, randomLineUserId } from '@tsunagu/line-sandbox';
import { testConfig } from '@tsunagu/platform/testing';

/**
 * "Get statistics per unit" as LINE documents it (developers.line.biz, Messaging API reference,
 * #get-statistics-per-unit): ../shared/specs holds no OpenAPI file of LINE's insight API, so the
 * sandbox's answer is checked against this transcription of the documented response instead.
 */
const nullableCount = { type: ['integer', 'null'], minimum: 0 };
const DOCUMENTED_RESPONSE = {
  type: 'object',
  required: ['overview', 'messages', 'clicks'],
  properties: {
    overview: {
      type: 'object',
      required: ['uniqueImpression', 'uniqueClick', 'uniqueMediaPlayed', 'uniqueMediaPlayed100Percent'],
      properties: {
        uniqueImpression: nullableCount,
        uniqueClick: nullableCount,
        uniqueMediaPlayed: nullableCount,
        uniqueMediaPlayed100Percent: nullableCount,
      },
      additionalProperties: false,
    },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['seq', 'impression', 'uniqueImpression', 'mediaPlayed', 'uniqueMediaPlayed'],
        properties: Object.fromEntries([
          ['seq', { type: 'integer', minimum: 1 }],
          ...[
            'impression',
            'uniqueImpression',
            'mediaPlayed',
            'mediaPlayed25Percent',
            'mediaPlayed50Percent',
            'mediaPlayed75Percent',
            'mediaPlayed100Percent',
            'uniqueMediaPlayed',
            'uniqueMediaPlayed25Percent',
            'uniqueMediaPlayed50Percent',
            'uniqueMediaPlayed75Percent',
            'uniqueMediaPlayed100Percent',
          ].map((field) => [field, nullableCount]),
        ]),
        additionalProperties: false,
      },
    },
    clicks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['seq', 'url', 'click', 'uniqueClick', 'uniqueClickOfRequest'],
        properties: {
          seq: { type: 'integer', minimum: 1 },
          url: { type: 'string' },
          click: nullableCount,
          uniqueClick: nullableCount,
          uniqueClickOfRequest: nullableCount,
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

describe('LineMessagingClient: statistics per unit, against the LINE sandbox', () => {
  const sandbox = new LineSandbox();
  let client: LineMessagingClient;
  const validate = new Ajv({ allErrors: true }).compile(DOCUMENTED_RESPONSE);
  const today = lineStatisticsDate(new Date());
  const messages: LineMessage[] = [
    { type: 'text', text: '秋祭りのお知らせです' },
    {
      type: 'template',
      altText: '秋祭り: https://example.jp/fair',
      template: {
        type: 'buttons',
        title: '秋祭り',
        text: '日程と会場はこちら',
        actions: [{ type: 'uri', label: '詳しく見る', uri: 'https://example.jp/fair' }],
      },
    },
  ];

  beforeAll(async () => {
    await sandbox.start();
    const config = testConfig({ LINE_API_BASE_URL: sandbox.url, LINE_API_TIMEOUT_MS: '1000' });
    client = new LineMessagingClient(config, new Keyring(config.encryptionKeys));
  });

  afterAll(() => sandbox.stop());

  async function send(token: string, families: number, unit: string): Promise<void> {
    const to = Array.from({ length: families }, randomLineUserId);
    const sent = await client.multicast(token, to, messages, randomUUID(), { customAggregationUnits: [unit] });
    expect(sent.kind).toBe('sent');
  }

  async function documented(token: string, unit: string, from = today, to = today): Promise<unknown> {
    const query = new URLSearchParams({ customAggregationUnit: unit, from, to });
    const res = await fetch(`${sandbox.url}/v2/bot/insight/message/event/aggregation?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    return body;
  }

  it('counts the opens and taps of the families the unit reached; figures of fewer than 20 people are null', async () => {
    const token = `token-${randomUUID()}`;
    sandbox.setEngagement({ opened: 0.5, tapped: 0.25 });
    // 120 families: 60 open, 15 of them tap the link (fewer than 20: hidden).
    await send(token, 120, 'autumn_fair');
    const outcome = await client.statisticsPerUnit(token, 'autumn_fair', today, today);
    expect(outcome).toEqual({
      kind: 'statistics',
      statistics: {
        uniqueImpression: 60,
        uniqueClick: null,
        clicks: [{ seq: 2, url: 'https://example.jp/fair', click: null, uniqueClick: null }],
      },
    });
    // A second broadcast of the same unit adds up: 80 more open, 20 more tap.
    await send(token, 160, 'autumn_fair');
    expect(await client.statisticsPerUnit(token, 'autumn_fair', today, today)).toEqual({
      kind: 'statistics',
      statistics: {
        uniqueImpression: 140,
        uniqueClick: 35,
        clicks: [{ seq: 2, url: 'https://example.jp/fair', click: 35, uniqueClick: 35 }],
      },
    });
    expect(await documented(token, 'autumn_fair')).toMatchObject({
      messages: [
        { seq: 1, impression: 140, uniqueImpression: 140, mediaPlayed: null },
        { seq: 2, impression: 140, uniqueImpression: 140 },
      ],
      clicks: [{ seq: 2, url: 'https://example.jp/fair', uniqueClickOfRequest: 35 }],
    });
  });

  it('answers every figure null, and no bubbles or links, for a unit nobody was sent, or for days before', async () => {
    const token = `token-${randomUUID()}`;
    sandbox.setEngagement({ opened: 1, tapped: 1 });
    await send(token, 40, 'winter_pantry');
    const none = {
      overview: {
        uniqueImpression: null,
        uniqueClick: null,
        uniqueMediaPlayed: null,
        uniqueMediaPlayed100Percent: null,
      },
      messages: [],
      clicks: [],
    };
    expect(await documented(token, 'no_such_unit')).toEqual(none);
    const lastMonth = lineStatisticsDate(new Date(Date.now() - 20 * 24 * 60 * 60 * 1000));
    const yesterday = lineStatisticsDate(new Date(Date.now() - 24 * 60 * 60 * 1000));
    expect(await documented(token, 'winter_pantry', lastMonth, yesterday)).toEqual(none);
    expect(await documented(token, 'winter_pantry', lastMonth, today)).toMatchObject({
      overview: { uniqueImpression: 40, uniqueClick: 40 },
    });
  });

  it('a channel whose plan has no statistics is answered 403, told apart from a bad request and a busy LINE', async () => {
    const token = `token-${randomUUID()}`;
    sandbox.setStatisticsPlan(token, false);
    expect(await client.statisticsPerUnit(token, 'autumn_fair', today, today)).toEqual({ kind: 'not-available' });
    sandbox.setStatisticsPlan(token, true);
    expect((await client.statisticsPerUnit(token, 'autumn_fair', today, today)).kind).toBe('statistics');
    // More than 30 days, and a date that does not exist: LINE's 400.
    expect(await client.statisticsPerUnit(token, 'autumn_fair', '20260101', '20260301')).toEqual({
      kind: 'refused',
      status: 400,
    });
    expect(await client.statisticsPerUnit(token, 'autumn_fair', '20260230', '20260301')).toEqual({
      kind: 'refused',
      status: 400,
    });
    sandbox.failNext('statistics', { status: 429, retryAfter: 30 }, { status: 503 });
    expect(await client.statisticsPerUnit(token, 'autumn_fair', today, today)).toEqual({
      kind: 'retry',
      reason: 'HTTP 429',
      retryAfterMs: 30_000,
    });
    expect(await client.statisticsPerUnit(token, 'autumn_fair', today, today)).toMatchObject({ kind: 'retry' });
  });

  it('dates the statistics in Japan: 23:30 UTC is already the next day', () => {
    expect(lineStatisticsDate(new Date('2026-12-04T23:30:00Z'))).toBe('20261205');
    expect(lineStatisticsDate(new Date('2026-12-04T14:59:59Z'))).toBe('20261204');
  });
});
