import { lineMessageProblems, type LineMessage } from '@tsunagu/channels';
import type { FieldError } from '@tsunagu/platform/errors';
import { BroadcastMessageKind, type BroadcastMessage } from './broadcast.entities';

/** The line under a link's title, and its button's label: the console's preview shows the same. */
export const LINK_TEXT = 'くわしくはこちら';
export const LINK_LABEL = '開く';

/** The composed messages as LINE's message objects: a link is a buttons template titled with it. */
export function toLineMessages(messages: BroadcastMessage[]): LineMessage[] {
  return messages.map((m): LineMessage => {
    switch (m.kind) {
      case BroadcastMessageKind.TEXT:
        return { type: 'text', text: m.text ?? '', ...(m.emojis?.length ? { emojis: m.emojis } : {}) };
      case BroadcastMessageKind.IMAGE:
        return {
          type: 'image',
          originalContentUrl: m.imageUrl ?? '',
          previewImageUrl: m.previewImageUrl || m.imageUrl || '',
        };
      case BroadcastMessageKind.LINK:
        return {
          type: 'template',
          altText: m.title ?? '',
          template: {
            type: 'buttons',
            title: m.title ?? '',
            text: LINK_TEXT,
            actions: [{ type: 'uri', label: LINK_LABEL, uri: m.url ?? '' }],
          },
        };
    }
  });
}

/** Where a LINE property of a message is composed: `messages[1].originalContentUrl` is `messages.1.imageUrl`. */
const COMPOSED_FIELD: [RegExp, string][] = [
  [/^text$/, 'text'],
  [/^emojis/, 'emojis'],
  [/^originalContentUrl$/, 'imageUrl'],
  [/^previewImageUrl$/, 'previewImageUrl'],
  [/^(altText|template\.title)$/, 'title'],
  [/^template\.actions\[0\]\.uri$/, 'url'],
];

/**
 * What LINE would refuse in the composed messages (its documented limits, `lineMessageProblems`), on
 * the composer's own fields; one message per field.
 */
export function composedMessageProblems(messages: BroadcastMessage[]): FieldError[] {
  const byField = new Map<string, Set<string>>();
  for (const problem of lineMessageProblems(toLineMessages(messages))) {
    const match = /^messages\[(\d+)\]\.(.+)$/.exec(problem.field);
    const property = match && COMPOSED_FIELD.find(([pattern]) => pattern.test(match[2]))?.[1];
    const field = match && property ? `messages.${match[1]}.${property}` : 'messages';
    const set = byField.get(field) ?? new Set<string>();
    for (const message of problem.messages) set.add(message);
    byField.set(field, set);
  }
  return [...byField].map(([field, set]) => ({ field, messages: [...set] }));
}
