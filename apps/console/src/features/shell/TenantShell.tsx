import { useEffect } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { rememberTenant, tenantClient } from '../../lib/clients';
import { TextLink } from '../../ui/Link';
import { LiveUpdates } from '../inbox/LiveUpdates';
import { AppFrame, activeNavProps } from './AppFrame';
import { hiddenFromUser, tenantNavigation } from './navigation';
import { NotPermitted } from './NotPermitted';
import { NotificationBell } from './NotificationBell';
import { OnDutySwitch } from './OnDutySwitch';
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
    <LiveUpdates tenant={slug} inbox={can('tenant:consultations:read')} referrals={can('tenant:referrals:read')} />
  );
}

/**
 * The menu's pages that show only what the menu allows: not the inbox (it welcomes those who do not
 * answer families, and sends partner users to their referrals) nor the referrals (a counsellor's
 * referral pages live under the partner's list).
 */
const guarded = tenantNavigation.filter((entry) => entry.to !== '/$tenant/inbox' && entry.to !== '/$tenant/referrals');

function Frame() {
  const { t, i18n } = useTranslation();
  const { me, slug, tenantName, can } = useShell();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const memberships = me.memberships;
  const tools = (
    <>
      {(memberships.length > 1 || me.platformRoles.length > 0) && (
        <label className="flex items-center gap-2 text-sm">
          <span>{t('shell.switchTenant')}</span>
          <select
            value={slug}
            onChange={(event) => void navigate({ to: '/$tenant', params: { tenant: event.target.value } })}
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
      {can('tenant:consultations:manage') && <OnDutySwitch />}
      {can('tenant:read') && <NotificationBell />}
    </>
  );
  const nav = (
    <>
      {tenantNavigation
        .filter((entry) => entry.visible(can))
        .map((entry) => (
          <TextLink
            key={entry.to}
            to={entry.to}
            params={{ tenant: slug }}
            activeProps={activeNavProps}
            className="py-2"
          >
            {t(entry.label)}
          </TextLink>
        ))}
      {me.platformRoles.length > 0 && (
        <TextLink to="/platform" className="py-2">
          {t('nav.platform')}
        </TextLink>
      )}
    </>
  );
  return (
    <AppFrame place={tenantName} userName={me.displayName} tools={tools} nav={nav}>
      {hiddenFromUser(guarded, pathname, can, (to) => to.replace('$tenant', slug)) ? <NotPermitted /> : <Outlet />}
    </AppFrame>
  );
}
