import { LINE_MESSAGE_LIMITS, lineMessageProblems, type LineLinkMessage } from '../line-messaging.client';

/** The check that refuses a broadcast's messages before anything is queued, field by field. */
describe('lineMessageProblems', () => {
  const link: LineLinkMessage = {
    type: 'template',
    altText: '防災訓練のお知らせ',
    template: {
      type: 'buttons',
      title: '防災訓練',
      text: '10月5日(日) 午前10時から',
      actions: [{ type: 'uri', label: '詳しく見る', uri: 'https://example.jp/drill' }],
    },
  };
  const fields = (messages: unknown) => lineMessageProblems(messages).map((p) => p.field);

  it('accepts up to five text, image and link messages', () => {
    expect(
      lineMessageProblems([
        { type: 'text', text: 'お知らせ $ です $', emojis: [{ index: 5, productId: 'p1', emojiId: '001' }] },
        { type: 'image', originalContentUrl: 'https://example.jp/a.png', previewImageUrl: 'https://example.jp/b.png' },
        link,
        { type: 'text', text: 'x'.repeat(LINE_MESSAGE_LIMITS.textLength) },
        { type: 'text', text: '$ のみ' },
      ]),
    ).toEqual([]);
  });

  it('refuses no message, more than five, and what is not an array', () => {
    expect(lineMessageProblems([])).toEqual([{ field: 'messages', messages: ['must be 1 to 5 messages'] }]);
    expect(fields(Array.from({ length: 6 }, () => ({ type: 'text', text: 'a' })))).toEqual(['messages']);
    expect(fields('text')).toEqual(['messages']);
  });

  it('refuses empty and too long texts, and emojis not placed on a $', () => {
    expect(fields([{ type: 'text', text: '  ' }])).toEqual(['messages[0].text']);
    expect(fields([{ type: 'text', text: 'x'.repeat(5001) }])).toEqual(['messages[0].text']);
    expect(
      fields([
        {
          type: 'text',
          text: '$a$',
          emojis: [
            { index: 1, productId: 'p', emojiId: '001' },
            { index: 2, productId: '', emojiId: '001' },
            { index: 2, productId: 'p', emojiId: '002' },
          ],
        },
      ]),
    ).toEqual(['messages[0].emojis[0].index', 'messages[0].emojis[1].productId', 'messages[0].emojis[2].index']);
    const many = { type: 'text', text: '$'.repeat(21) };
    const emojis = Array.from({ length: 21 }, (_, index) => ({ index, productId: 'p', emojiId: '001' }));
    expect(fields([{ ...many, emojis }])).toEqual(['messages[0].emojis']);
    expect(fields([{ ...many, emojis: emojis.slice(0, 20) }])).toEqual([]);
  });

  it('wants images on https URLs of at most 2000 characters', () => {
    expect(
      fields([
        {
          type: 'image',
          originalContentUrl: 'http://example.jp/a.png',
          previewImageUrl: `https://example.jp/${'a'.repeat(2000)}`,
        },
      ]),
    ).toEqual(['messages[0].originalContentUrl', 'messages[0].previewImageUrl']);
  });

  it("checks a link's alt text, title, text, label and https URL against LINE's limits", () => {
    expect(fields([{ ...link, altText: 'a'.repeat(401) }])).toEqual(['messages[0].altText']);
    expect(fields([{ ...link, template: { ...link.template, title: 'a'.repeat(41), text: 'a'.repeat(61) } }])).toEqual([
      'messages[0].template.title',
      'messages[0].template.text',
    ]);
    const action = (a: object) => [{ ...link, template: { ...link.template, actions: [a] } }];
    expect(fields(action({ type: 'uri', label: 'a'.repeat(21), uri: 'javascript:alert(1)' }))).toEqual([
      'messages[0].template.actions[0].label',
      'messages[0].template.actions[0].uri',
    ]);
    expect(fields(action({ type: 'uri', label: 'a', uri: `https://example.jp/${'a'.repeat(1000)}` }))).toEqual([
      'messages[0].template.actions[0].uri',
    ]);
    expect(fields(action({ type: 'message', label: 'a', text: 'b' }))).toEqual(['messages[0].template.actions']);
    expect(fields([{ type: 'video' }, null])).toEqual(['messages[0].type', 'messages[1].type']);
  });
});
