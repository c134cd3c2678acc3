import { useLoaderData } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The signed-in user and tenant of the current tenant page. */
export function useShell() {
  const shell = useLoaderData({ from: '/$tenant' });
  const { i18n } = useTranslation();
  const tenantName = i18n.language === 'en' ? shell.tenant.nameEn : shell.tenant.nameJa;
  const can = (permission: string) => shell.me.permissions.includes(permission);
  return { ...shell, tenantName, can };
}
