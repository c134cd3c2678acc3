import { useEffect } from 'react';
import { ApolloProvider, useMutation } from '@apollo/client/react';
import { Outlet, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { rememberTenant, tenantClient } from '../../lib/clients';
import { clearSession } from '../../lib/session';
import { Button } from '../../ui/Button';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { TextLink } from '../../ui/Link';
import { LiveUpdates } from '../inbox/LiveUpdates';
import { NotificationBell } from './NotificationBell';
import { OnDutySwitch } from './OnDutySwitch';
import { LOGOUT } from './queries';
import { useShell } from './useShell';

export function TenantShell() {
  const { slug } = useShell();
  useEffect(() => rememberTenant(slug), [slug]);
  return (
    <ApolloProvider client={tenantClient(slug)}>
      <Live />
      <Frame />
    </ApolloProvider>
  );
}

function Live() {
  const { slug, can } = useShell();
  return (
    <LiveUpdates tenant={slug} inbox={can('tenant:consultations:read')} referrals={can('tenant:referrals:make')} />
  );
}

function Frame() {
  const { t, i18n } = useTranslation();
  const { me, slug, tenantName, can } = useShell();
  const navigate = useNavigate();
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
  const memberships = me.memberships;
  const navItems = [
    ...(can('tenant:consultations:read') || can('tenant:read')
      ? [{ to: '/$tenant/inbox' as const, label: t('nav.inbox') }]
      : []),
    { to: '/$tenant/account' as const, label: t('nav.account') },
  ];
  return (
    <div className="min-h-screen bg-solid-gray-50">
      <header className="border-b border-solid-gray-200 bg-white">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <p className="text-xl font-bold text-blue-1000">{t('app.name')}</p>
          <p className="text-lg font-bold text-solid-gray-900" data-testid="tenant-name">
            {tenantName}
          </p>
          {(memberships.length > 1 || me.platformRoles.length > 0) && (
            <label className="flex items-center gap-2 text-sm">
              <span>{t('shell.switchTenant')}</span>
              <select
                value={slug}
                onChange={(event) => void navigate({ to: '/$tenant/inbox', params: { tenant: event.target.value } })}
                className="rounded-6 border border-solid-gray-600 bg-white px-2 py-1 focus-visible:outline-4 focus-visible:outline-focus-yellow"
              >
                {!memberships.some((m) => m.tenant.slug === slug) && <option value={slug}>{tenantName}</option>}
                {memberships.map((m) => (
                  <option key={m.id} value={m.tenant.slug}>
                    {i18n.language === 'en' ? m.tenant.nameEn : m.tenant.nameJa}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="ml-auto flex items-center gap-4">
            {can('tenant:consultations:manage') && <OnDutySwitch />}
            {can('tenant:read') && <NotificationBell />}
            <LanguageSwitch />
            <span className="text-solid-gray-800" data-testid="user-name">
              {me.displayName}
            </span>
            <Button variant="secondary" onPress={() => void signOut()}>
              {t('shell.signOut')}
            </Button>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="flex gap-6 px-6">
          {navItems.map((item) => (
            <TextLink
              key={item.to}
              to={item.to}
              params={{ tenant: slug }}
              activeProps={{ 'aria-current': 'page', className: 'border-b-4 border-blue-900 font-bold no-underline' }}
              className="py-2"
            >
              {item.label}
            </TextLink>
          ))}
          {me.platformRoles.length > 0 && (
            <TextLink to="/tenants" search={{ next: undefined }} className="py-2">
              {t('nav.tenants')}
            </TextLink>
          )}
        </nav>
      </header>
      <main className="mx-auto w-full max-w-screen-2xl px-6 py-6">
        <Outlet />
      </main>
    </div>
  );
}
