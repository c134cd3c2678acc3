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
