import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isNetworkFailure, messageOf } from '../../lib/errors';
import { AuthLayout } from '../auth/AuthLayout';
import { NetworkProblem } from '../../ui/NetworkProblem';
import { Alert } from '../../ui/Alert';
import { TextLink } from '../../ui/Link';

/** A page that could not load: a retry when the network failed, a way home otherwise. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <AuthLayout title={t('errors.title')}>
      {isNetworkFailure(error) ? <NetworkProblem onRetry={retry} /> : <Alert>{messageOf(error)}</Alert>}
      <p className="mt-6 text-center">
        <TextLink to="/">{t('common.home')}</TextLink>
      </p>
    </AuthLayout>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p className="mt-6 text-center">
        <TextLink to="/">{t('common.home')}</TextLink>
      </p>
    </AuthLayout>
  );
}
