import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { texts } from '../locales';

export type Language = 'ja' | 'en';
const KEY = 'tsunagu.language';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: texts.ja }, en: { translation: texts.en } },
  lng: initialLanguage(),
  fallbackLng: 'ja',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/**
 * Adds a lazily loaded feature's texts (both languages). Its `locale.ts` calls this when its pages'
 * chunk loads, so that the first load carries only the texts of the sign-in, the shell and the inbox.
 */
export function addTexts(texts: { ja: object; en: object }): void {
  i18n.addResourceBundle('ja', 'translation', texts.ja, true, true);
  i18n.addResourceBundle('en', 'translation', texts.en, true, true);
}

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** A date and time in the tenant's zone, in the page's language. */
export function formatDateTime(value: string | Date, timeZone: string, language = i18n.language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

/** A day in the tenant's zone: 「2026年4月1日(水)」. */
export function formatDate(value: string | Date, timeZone: string, language = i18n.language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone,
    dateStyle: 'full',
  }).format(new Date(value));
}

export default i18n;
