import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

/** The frame of the pages before sign-in: the product's name, the language switch, one card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="min-h-screen bg-solid-gray-50">
      <header className="flex items-center justify-between border-b border-solid-gray-200 bg-white px-6 py-3">
        <p className="text-xl font-bold text-blue-1000">
          {t('app.name')} <span className="ml-2 text-sm font-normal text-solid-gray-700">{t('app.tagline')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main className="mx-auto mt-12 w-full max-w-md px-4 pb-12">
        <div className="rounded-12 border border-solid-gray-200 bg-white p-8 shadow-1">
          <h1 className="mb-6 text-2xl font-bold text-solid-gray-900">{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
