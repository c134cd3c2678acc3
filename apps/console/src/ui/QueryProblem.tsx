import { useTranslation } from 'react-i18next';
import { isNetworkFailure, messageOf } from '../lib/errors';
import { Alert } from './Alert';
import { NetworkProblem } from './NetworkProblem';

/**
 * What a part of a page shows while its query has no answer: a retry when the API could not be
 * reached, the API's reason when it refused, else that it is loading.
 */
export function QueryProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) return <p role="status">{t('common.loading')}</p>;
  return isNetworkFailure(error) ? <NetworkProblem onRetry={onRetry} /> : <Alert>{messageOf(error)}</Alert>;
}
