import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';

/** A page of the menu opened by its address by someone whose role may not open it. */
export function NotPermitted() {
  const { t } = useTranslation();
  return <Alert>{t('errors.FORBIDDEN')}</Alert>;
}
