import type { ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { clearSession } from '../../lib/session';
import { Button } from '../../ui/Button';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { LOGOUT } from './queries';

/** Every signed-in page's frame: the header (where, who, sign out), the main menu and the page. */
export function AppFrame({
  place,
  userName,
  tools,
  nav,
  children,
}: {
  /** Where the user is: the tenant's name, or the platform. */
  place: ReactNode;
  userName: string;
  /** Controls beside the user's name (on duty, notifications, the tenant switch). */
  tools?: ReactNode;
  /** The main menu's links. */
  nav: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [logout] = useMutation(LOGOUT);
  const signOut = async () => {
    try {
      await logout();
    } finally {
      clearSession();
      // A new page: nothing of the session stays in memory.
      window.location.assign('/login?notice=signedOut');
    }
  };
  return (
    <div className="min-h-screen bg-solid-gray-50">
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <p className="text-xl font-bold text-blue-1000">{t('app.name')}</p>
          <p className="text-lg font-bold text-solid-gray-900" data-testid="tenant-name">
            {place}
          </p>
          <div className="ml-auto flex flex-wrap items-center gap-4">
            {tools}
            <LanguageSwitch />
            <span className="text-solid-gray-800" data-testid="user-name">
              {userName}
            </span>
            <Button variant="secondary" onPress={() => void signOut()}>
              {t('shell.signOut')}
            </Button>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="flex flex-wrap gap-x-6 px-6">
          {nav}
        </nav>
      </header>
      <main className="mx-auto w-full max-w-screen-2xl px-6 py-6">{children}</main>
    </div>
  );
}

/** How the current page's menu link looks. */
export const activeNavProps = {
  'aria-current': 'page' as const,
  className: 'border-b-4 border-blue-900 font-bold no-underline',
};
