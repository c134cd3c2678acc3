import { lineSpecValidator } from '../specs';

describe('the LINE specification validators', () => {
  const messaging = lineSpecValidator('messaging-api.yml');
  const webhook = lineSpecValidator('webhook.yml');
  const onSpecs = messaging && webhook ? it : it.skip;

  onSpecs('accept what LINE accepts and refuse what it refuses', () => {
    const push = { to: `U${'a'.repeat(32)}`, messages: [{ type: 'text', text: 'こんにちは' }] };
    expect(messaging!('PushMessageRequest', push)).toEqual([]);
    expect(messaging!('PushMessageRequest', { messages: push.messages })).not.toEqual([]);
    expect(messaging!('PushMessageRequest', { ...push, messages: [] })).not.toEqual([]);
    expect(webhook!('CallbackRequest', { destination: `U${'b'.repeat(32)}`, events: [] })).toEqual([]);
    expect(webhook!('CallbackRequest', { destination: 'not-a-bot', events: [] })).not.toEqual([]);
  });
});
