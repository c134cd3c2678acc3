import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/i18n';
import { reasonOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { AuthLayout } from '../auth/AuthLayout';
import { HouseholdForm } from './HouseholdForm';
import { APPLICATION_FORM, SUBMIT_APPLICATION } from './queries';

/** The token of the link: in the fragment, which the browser never sends to a server. */
function tokenOfLink(): string {
  return typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '');
}

/**
 * The application page a family's LINE link opens, without sign-in: the one-time token travels in
 * the fragment, the page posts the form with it once.
 */
export default function ApplicationPage() {
  const { t } = useTranslation();
  const { tenant } = useParams({ from: '/apply/$tenant/food-delivery' });
  const [token] = useState(tokenOfLink);
  const query = useQuery(APPLICATION_FORM, { variables: { tenantSlug: tenant, token }, skip: !token });
  const [submit] = useMutation(SUBMIT_APPLICATION);
  const [sent, setSent] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = query.data?.foodApplicationForm;
  const refused = (reason: string | undefined) =>
    reason === 'APPLICATION_TOKEN_USED'
      ? t('food.apply.used')
      : reason === 'APPLICATION_TOKEN_EXPIRED'
        ? t('food.apply.expired')
        : t('food.apply.invalid');
  if (!token || query.error) {
    return (
      <AuthLayout title={t('food.apply.title', { programme: '' }).trim()}>
        <Alert>{refused(reasonOf(query.error))}</Alert>
      </AuthLayout>
    );
  }
  if (!form) return <AuthLayout title="">{null}</AuthLayout>;
  return (
    <AuthLayout title={t('food.apply.title', { programme: form.programmeName })}>
      {sent ? (
        <Alert tone="success">{t('food.apply.sent')}</Alert>
      ) : refusal ? (
        <Alert>{refusal}</Alert>
      ) : (
        <div className="flex flex-col gap-4">
          <p>{t('food.apply.lead', { tenant: form.tenantName, programme: form.programmeName })}</p>
          <p className="text-sm text-solid-gray-700">
            {t('food.apply.expires', { at: formatDateTime(form.expiresAt, 'Asia/Tokyo') })}
          </p>
          <HouseholdForm
            submitLabel={t('food.apply.submit')}
            onSubmit={async (input) => {
              try {
                await submit({ variables: { input: { ...input, tenantSlug: tenant, token } } });
                setSent(true);
              } catch (error) {
                const reason = reasonOf(error);
                if (!reason?.startsWith('APPLICATION_TOKEN_')) throw error;
                setRefusal(refused(reason));
              }
            }}
          />
        </div>
      )}
    </AuthLayout>
  );
}
