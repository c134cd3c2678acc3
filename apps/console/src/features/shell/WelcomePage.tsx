import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/i18n';
import { useShell } from './useShell';

/** The home of people who do not answer families (admins, officials): who is signed in, where, and as what. */
export function WelcomePage() {
  const { t } = useTranslation();
  const { me, tenant, tenantName } = useShell();
  const roles = [
    ...me.platformRoles,
    ...me.memberships.filter((m) => m.tenant.slug === tenant.slug).map((m) => m.role),
  ];
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-solid-gray-900">{t('inbox.title')}</h1>
      <section className="rounded-12 border border-solid-gray-200 bg-white p-6" aria-labelledby="welcome">
        <h2 id="welcome" className="mb-4 text-xl font-bold">
          {t('inbox.welcome', { name: me.displayName })}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold text-solid-gray-700">{t('inbox.tenant')}</dt>
          <dd>{tenantName}</dd>
          <dt className="font-bold text-solid-gray-700">{t('inbox.roles')}</dt>
          <dd>{roles.map((role) => t(`roles.${role}`)).join('、')}</dd>
          <dt className="font-bold text-solid-gray-700">{t('inbox.today')}</dt>
          <dd>{formatDate(new Date(), tenant.timezone)}</dd>
        </dl>
      </section>
    </>
  );
}
