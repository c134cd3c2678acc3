import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { Button } from './Button';

/** What a page shows when the API cannot be reached: never a blank screen, always a retry. */
export function NetworkProblem({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col items-start gap-3">
      <Alert>{t('errors.network')}</Alert>
      <Button variant="secondary" onPress={onRetry}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
