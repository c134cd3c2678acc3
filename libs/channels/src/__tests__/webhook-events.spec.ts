import { lineSpecValidator } from '@tsunagu/platform/testing';
import { webhookBodyIssues, webhookEventIssue } from '../webhook-events';

/** Events as LINE sends them (../shared/specs/line/webhook.yml). */
const base = (type: string, userId: string) => ({
  type,
  mode: 'active',
  timestamp: 1_796_000_000_000,
  source: { type: 'user', userId },
  webhookEventId: '01JF0000000000000000000000',
  deliveryContext: { isRedelivery: false },
});
const followEvent = (userId: string) => ({
  ...base('follow', userId),
  replyToken: 'r1',
  follow: { isUnblocked: false },
});
const unfollowEvent = (userId: string) => base('unfollow', userId);
const textMessageEvent = (userId: string, text: string): Record<string, unknown> => ({
  ...base('message', userId),
  replyToken: 'r2',
  message: { id: '100000000001', type: 'text', quoteToken: 'q', text },
});
const webhookBody = (events: object[]) => ({ destination: `U${'0'.repeat(32)}`, events });

describe('webhook event shapes', () => {
  const family = `U${'a'.repeat(32)}`;
  const events = [followEvent(family), textMessageEvent(family, '相談です'), unfollowEvent(family)];

  it('accepts what LINE sends, as the specification describes it', () => {
    const body = webhookBody(events);
    expect(webhookBodyIssues(body)).toBeNull();
    for (const event of events) expect(webhookEventIssue(event)).toBeNull();
    const validate = lineSpecValidator('webhook.yml');
    if (validate) expect(validate('CallbackRequest', body)).toEqual([]);
  });

  it('refuses an envelope that cannot be stored, naming the rule and never the value', () => {
    const text = textMessageEvent(family, '秘密の相談');
    expect(webhookBodyIssues({ events: [{ ...text, timestamp: 1e20 }] })).toBe(
      'events.0.timestamp must be <= 8640000000000000',
    );
    expect(webhookBodyIssues({ events: [{ ...text, timestamp: 1.5 }] })).toBe('events.0.timestamp must be integer');
    expect(webhookBodyIssues({ events: [{ ...text, webhookEventId: 7 }] })).toBe(
      'events.0.webhookEventId must be string',
    );
    expect(webhookBodyIssues({ events: [{ ...text, source: { type: 'user', userId: 'U'.repeat(65) } }] })).toMatch(
      /^events\.0\.source\.userId must NOT have more than 64 characters$/,
    );
    expect(webhookBodyIssues({ destination: 'U' })).toBe("(event) must have required property 'events'");
    expect(webhookBodyIssues([])).toBe('(event) must be object');
  });

  it('finds content of the wrong shape for its type', () => {
    const text = textMessageEvent(family, 'x');
    const message = text['message'] as Record<string, unknown>;
    expect(webhookEventIssue({ ...text, message: { ...message, text: 42 } })).toBe('message.text must be string');
    expect(webhookEventIssue({ ...text, message: { ...message, text: { a: '秘密' } } })).toBe(
      'message.text must be string',
    );
    expect(webhookEventIssue({ ...text, replyToken: 'r'.repeat(65) })).toBe(
      'replyToken must NOT have more than 64 characters',
    );
    expect(webhookEventIssue({ ...text, type: 'postback', postback: {} })).toBe(
      "postback must have required property 'data'",
    );
    // Types we do not process are kept as they come.
    expect(webhookEventIssue({ ...text, type: 'beacon', message: undefined })).toBeNull();
  });
});
