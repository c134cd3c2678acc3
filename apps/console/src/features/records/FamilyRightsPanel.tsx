import { useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { downloadWithToken } from '../../lib/download';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ERASE_FAMILY, EXPORT_FAMILY_RECORD, FAMILY_ERASURE_PLAN } from './rights-queries';
import './rights-locale';

const INPUT =
  'rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow';

/**
 * A family's rights, on its case page, for a tenant admin who also counsels: its whole record as a
 * ZIP archive (the workbook and the conversation's photos and files) for a disclosure request, and erasure, which first lists what goes and what the city
 * keeps, then asks for the family's display name typed back.
 */
export function FamilyRightsPanel({
  registrantId,
  familyName,
  onErased,
}: {
  registrantId: string;
  familyName: string | null;
  onErased: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [exportRecord, exporting] = useMutation(EXPORT_FAMILY_RECORD);
  const [loadPlan, plan] = useLazyQuery(FAMILY_ERASURE_PLAN, { fetchPolicy: 'network-only' });
  const [erase, erasing] = useMutation(ERASE_FAMILY);
  const [confirmation, setConfirmation] = useState('');
  const [open, setOpen] = useState(false);
  const details = plan.data?.familyErasurePlan;
  const expected = details ? (details.displayName ?? details.registrantId) : null;
  const matches = expected !== null && confirmation.normalize('NFKC').trim() === expected.normalize('NFKC').trim();

  const download = async () => {
    setNotice(null);
    try {
      const { data } = await exportRecord({ variables: { input: { registrantId } } });
      if (!data) return;
      await downloadWithToken(data.exportFamilyRecord.url, `family-record-${registrantId.slice(0, 8)}.zip`);
      setNotice({ tone: 'success', text: t('rights.exported') });
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };

  const confirmErase = async () => {
    setNotice(null);
    try {
      const { data } = await erase({ variables: { input: { registrantId, confirmation } } });
      if (!data) return;
      onErased(
        t('rights.done', {
          name: familyName ?? expected,
          messages: data.eraseFamily.messages,
          cases: data.eraseFamily.cases,
          households: data.eraseFamily.foodHouseholds,
        }),
      );
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };

  return (
    <section aria-labelledby="family-rights" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="family-rights" className="mb-2 text-xl font-bold">
        {t('rights.title')}
      </h2>
      <p className="mb-4">{t('rights.lead')}</p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="flex flex-wrap gap-4">
        <Button variant="secondary" isDisabled={exporting.loading} onPress={() => void download()}>
          {t('rights.export')}
        </Button>
        {!open && (
          <Button
            variant="secondary"
            onPress={() => {
              setOpen(true);
              void loadPlan({ variables: { registrantId } });
            }}
          >
            {t('rights.erase')}
          </Button>
        )}
      </div>
      {open && details && (
        <div className="mt-6 flex flex-col gap-4 rounded-8 border-2 border-red-900 p-4">
          <h3 className="text-lg font-bold">{t('rights.planTitle')}</h3>
          <div className="grid gap-6 md:grid-cols-2">
            <div>
              <h4 className="mb-2 font-bold">{t('rights.erasedTitle')}</h4>
              <ul className="list-disc pl-6" aria-label={t('rights.erasedTitle')}>
                {details.erased.map((entry) => (
                  <li key={entry.item}>
                    {t(`rights.erased.${entry.item}`)}（{t('rights.count', { count: entry.count })}）
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h4 className="mb-2 font-bold">{t('rights.keptTitle')}</h4>
              <ul className="list-disc pl-6" aria-label={t('rights.keptTitle')}>
                {details.kept.map((entry) => (
                  <li key={entry.item}>
                    {t(`rights.kept.${entry.item}`)}（{t('rights.count', { count: entry.count })}）
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <p className="font-bold">{t('rights.irreversible')}</p>
          <form
            className="flex flex-wrap items-end gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (matches) void confirmErase();
            }}
          >
            <div className="flex flex-col gap-1">
              <label htmlFor="erase-confirmation" className="text-sm font-bold">
                {t('rights.confirmLabel', { name: expected })}
              </label>
              <input
                id="erase-confirmation"
                className={INPUT}
                autoComplete="off"
                value={confirmation}
                onChange={(event) => setConfirmation(event.target.value)}
              />
            </div>
            <Button type="submit" isDisabled={!matches || erasing.loading}>
              {t('rights.confirm')}
            </Button>
            <Button
              variant="text"
              onPress={() => {
                setOpen(false);
                setConfirmation('');
              }}
            >
              {t('rights.cancel')}
            </Button>
          </form>
        </div>
      )}
      {open && !details && plan.error && <Alert>{messageOf(plan.error)}</Alert>}
    </section>
  );
}
