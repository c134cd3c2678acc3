import { useTranslation } from 'react-i18next';
import { setLanguage } from '../lib/i18n';

/** 日本語 | English: each choice names itself in its own language. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const current = i18n.language === 'en' ? 'en' : 'ja';
  return (
    <nav aria-label={t('language.label')} className="flex gap-1 text-sm">
      {(['ja', 'en'] as const).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          onClick={() => setLanguage(language)}
          className="cursor-pointer rounded-6 px-2 py-1 text-solid-gray-800 hover:bg-solid-gray-100 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow aria-pressed:bg-blue-900 aria-pressed:text-white"
        >
          {language === 'ja' ? '日本語' : 'English'}
        </button>
      ))}
    </nav>
  );
}
