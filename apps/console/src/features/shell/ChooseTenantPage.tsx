import { useQuery } from '@apollo/client/react';
import { useLoaderData, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../auth/AuthLayout';
import { Alert } from '../../ui/Alert';
import { ALL_TENANTS } from './queries';

interface Choice {
  slug: string;
  nameJa: string;
  nameEn: string;
}

/** For people with several tenants (and platform staff): pick one; a mailed link goes on there. */
export function ChooseTenantPage() {
  const { t, i18n } = useTranslation();
  const me = useLoaderData({ from: '/tenants' });
  const { next } = useSearch({ from: '/tenants' });
  const listsTenants = me.permissions.includes('platform:tenants:list');
  const all = useQuery(ALL_TENANTS, { skip: !listsTenants });
  const choices: Choice[] = [
    ...me.memberships.map((m) => m.tenant),
    ...(all.data?.tenants ?? []).filter((tenant) => !me.memberships.some((m) => m.tenant.slug === tenant.slug)),
  ];
  // Without a mailed link to follow, the tenant's home picks the first page this user may open.
  const target = (slug: string) => `/${slug}/${next && /^[\w/%-]+$/.test(next) ? next : ''}`;
  return (
    <AuthLayout title={t('tenants.title')}>
      <p className="mb-4 text-solid-gray-800">{t('tenants.lead')}</p>
      {choices.length === 0 && !all.loading && <Alert tone="info">{t('tenants.none')}</Alert>}
      <ul className="flex flex-col gap-2">
        {choices.map((tenant) => (
          <li key={tenant.slug}>
            <a
              href={target(tenant.slug)}
              className="block rounded-8 border border-solid-gray-300 px-4 py-3 text-blue-1000 hover:bg-blue-50 focus-visible:outline-4 focus-visible:outline-focus-yellow"
            >
              <span className="font-bold">{i18n.language === 'en' ? tenant.nameEn : tenant.nameJa}</span>
              <span className="ml-2 text-sm text-solid-gray-700">{tenant.slug}</span>
            </a>
          </li>
        ))}
      </ul>
    </AuthLayout>
  );
}
