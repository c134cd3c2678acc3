import type { TFunction } from 'i18next';
import i18n from '../../lib/i18n';

/** Today's messages by their time, older ones by their day, in the tenant's zone. */
export function formatWhen(value: string, timeZone: string): string {
  const locale = i18n.language === 'en' ? 'en-GB' : 'ja-JP';
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  const date = new Date(value);
  const today = day(date) === day(new Date());
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    ...(today ? { timeStyle: 'short' } : { month: 'numeric', day: 'numeric' }),
  }).format(date);
}

interface MessageLike {
  type: string;
  text?: string | null;
  unsent: boolean;
}

/** One line that says what a message is: its text, or what kind of thing the family sent. */
export function snippetOf(message: MessageLike | null | undefined, t: TFunction): string {
  if (!message) return '';
  if (message.unsent) return t('message.unsent');
  if (message.type === 'text' && message.text) return message.text;
  if (message.type === 'postback' && message.text) return message.text;
  return t(`message.kind.${message.type}`, { defaultValue: t('message.kind.other') });
}
