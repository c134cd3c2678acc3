import { ApolloProvider } from '@apollo/client/react';
import { Navigate, Outlet, useLoaderData, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { anonymousClient } from '../../lib/clients';
import { TextLink } from '../../ui/Link';
import { AppFrame, activeNavProps } from '../shell/AppFrame';
import { hiddenFromUser, platformNavigation } from '../shell/navigation';
import { NotPermitted } from '../shell/NotPermitted';

/** The signed-in user of the pages outside any tenant (the NPO's and the platform's), with what they may do. */
export function usePlatformShell() {
  const me = useLoaderData({ from: '/platform' });
  const can = (permission: string) => me.permissions.includes(permission);
  return { me, can };
}

/** The frame of the NPO's and the platform's pages: their requests name no tenant. */
export function PlatformShell() {
  const { t } = useTranslation();
  const { me, can } = usePlatformShell();
  const { pathname } = useLocation();
  const nav = (
    <>
      {platformNavigation
        .filter((entry) => entry.visible(can))
        .map((entry) => (
          <TextLink key={entry.to} to={entry.to} activeProps={activeNavProps} className="py-2">
            {t(entry.label)}
          </TextLink>
        ))}
      {(me.memberships.length > 0 || can('platform:tenants:list')) && (
        <TextLink to="/tenants" search={{ next: undefined }} className="py-2">
          {t('nav.tenants')}
        </TextLink>
      )}
    </>
  );
  return (
    <ApolloProvider client={anonymousClient}>
      <AppFrame place={t('platform.place')} userName={me.displayName} nav={nav}>
        {hiddenFromUser(platformNavigation, pathname, can, (to) => to) ? <NotPermitted /> : <Outlet />}
      </AppFrame>
    </ApolloProvider>
  );
}

/** The platform's home: the first page of its menu this user may open, else who is signed in and as what. */
export function PlatformHome() {
  const { t } = useTranslation();
  const { me, can } = usePlatformShell();
  const first = platformNavigation.find((entry) => entry.visible(can));
  if (first) return <Navigate to={first.to} replace />;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-solid-gray-900">{t('platform.place')}</h1>
      <section className="rounded-12 border border-solid-gray-200 bg-white p-6" aria-labelledby="platform-welcome">
        <h2 id="platform-welcome" className="mb-4 text-xl font-bold">
          {t('inbox.welcome', { name: me.displayName })}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold text-solid-gray-700">{t('inbox.roles')}</dt>
          <dd>{me.platformRoles.map((role) => t(`roles.${role}`)).join('、')}</dd>
        </dl>
      </section>
    </>
  );
}
