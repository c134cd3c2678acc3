import './locale';
import '../onboarding/locale';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { TENANT_ONBOARDING } from './queries';

/** The platform's cities with their onboarding progress: what each still misses, at a glance. */
export default function TenantsPage() {
  const { t, i18n } = useTranslation();
  const tenants = useQuery(TENANT_ONBOARDING, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t('platformTenants.title')}</h1>
        <TextLink to="/platform/tenants/new" className="font-bold">
          {t('platformTenants.create')}
        </TextLink>
      </div>
      <section aria-labelledby="tenant-list" className="rounded-12 border border-solid-gray-200 bg-white p-6">
        <h2 id="tenant-list" className="mb-4 text-xl font-bold">
          {t('platformTenants.list')}
        </h2>
        {!tenants.data?.tenantOnboarding ? (
          <QueryProblem error={tenants.error} onRetry={() => void tenants.refetch()} />
        ) : tenants.data.tenantOnboarding.length === 0 ? (
          <p>{t('platformTenants.empty')}</p>
        ) : (
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-solid-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t('platformTenants.name')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('platformTenants.code')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('platformTenants.status')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('platformTenants.progress')}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('platformTenants.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tenants.data.tenantOnboarding.map(({ tenant, checklist }) => {
                const name = i18n.language === 'en' ? tenant.nameEn : tenant.nameJa;
                const done = checklist.items.filter((item) => item.done).length;
                return (
                  <tr key={tenant.id} className="border-b border-solid-gray-100 align-top" data-testid="tenant-row">
                    <th scope="row" className="py-2 pr-4 font-bold">
                      {name}
                      <span className="block text-sm font-normal text-solid-gray-700">{tenant.prefecture}</span>
                    </th>
                    <td className="py-2 pr-4 font-mono">{tenant.localGovernmentCode}</td>
                    <td className="py-2 pr-4">{t(`onboarding.status.${tenant.status}`)}</td>
                    <td className="py-2 pr-4">
                      <progress
                        max={checklist.items.length}
                        value={done}
                        aria-label={t('platformTenants.progress')}
                        className="mr-2 align-middle"
                      />
                      {t('platformTenants.progressValue', { done, total: checklist.items.length })}
                      <ul className="mt-1 text-sm">
                        {checklist.items.map((item) => (
                          <li key={item.item} className={item.done ? 'text-success-2' : 'text-solid-gray-700'}>
                            {item.done ? '✓' : '・'} {t(`platformTenants.item.${item.item}`)}
                            {!item.done && <span className="sr-only">（{t('platformTenants.detail.todo')}）</span>}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2">
                      <TextLink
                        to="/platform/tenants/$slug"
                        params={{ slug: tenant.slug }}
                        aria-label={t('platformTenants.openLabel', { name })}
                      >
                        {t('platformTenants.open')}
                      </TextLink>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
