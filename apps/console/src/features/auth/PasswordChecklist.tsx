import { useTranslation } from 'react-i18next';

export const MIN_PASSWORD_LENGTH = 12;

/** The policy's checks a page can make itself; the API adds "too common" when the form is sent. */
export function localPasswordProblems(password: string, email: string | undefined): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('tooShort');
  const lower = password.normalize('NFKC').toLowerCase();
  const address = (email ?? '').toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (address && (lower.includes(address) || (local.length >= 3 && lower.includes(local)))) problems.push('email');
  return problems;
}

/** The password policy, each rule marked met or not as the user types. */
export function PasswordChecklist({ password, email }: { password: string; email: string | undefined }) {
  const { t } = useTranslation();
  const problems = localPasswordProblems(password, email);
  const rules = [
    { id: 'tooShort', text: t('password.ruleLength', { count: MIN_PASSWORD_LENGTH }) },
    ...(email ? [{ id: 'email', text: t('password.ruleEmail') }] : []),
    { id: 'common', text: t('password.ruleCommon'), pending: true },
  ];
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label={t('password.rules')}>
      {rules.map((rule) => {
        const met = !rule.pending && password.length > 0 && !problems.includes(rule.id);
        return (
          <li key={rule.id} className={met ? 'text-success-2' : 'text-solid-gray-700'}>
            <span aria-hidden="true">{met ? '✓ ' : '・'}</span>
            {rule.text}
            {!rule.pending && <span className="sr-only">{met ? t('password.met') : t('password.notMet')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
