import { useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { IMPORT_HSDS } from './partnerQueries';

interface Row {
  record: number;
  id: string | null;
  name: string;
  field: string | null;
  problem: string;
}

/** "/services/0/name: must not be empty" → the field's path and the problem; other messages concern the whole record. */
function splitMessage(message: string): { field: string | null; problem: string } {
  const match = /^(\/\S*): (.*)$/s.exec(message);
  return match ? { field: match[1] ?? null, problem: match[2] ?? message } : { field: null, problem: message };
}

function nameOf(record: unknown): string {
  const name = (record as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : '';
}

/**
 * Uploads an HSDS file. The API imports each organisation on its own: the good ones are saved, each
 * bad one saves nothing and comes back with its messages, shown here by record and field.
 */
export function HsdsImport({ onImported }: { onImported: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [importHsds, { loading }] = useMutation(IMPORT_HSDS);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ created: number; updated: number; rows: Row[]; failed: number } | null>(null);
  const run = async () => {
    setProblem(null);
    setResult(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem(t('settings.required'));
      return;
    }
    let records: unknown;
    try {
      records = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
    } catch {
      setProblem(t('settings.partners.hsds.notJson'));
      return;
    }
    if (!Array.isArray(records)) {
      setProblem(t('settings.partners.hsds.notArray'));
      return;
    }
    try {
      const { data } = await importHsds({ variables: { input: { organizations: records } } });
      const outcome = data?.importPartnerDirectoryHsds;
      if (!outcome) return;
      const rows = outcome.errors.flatMap((error) =>
        error.messages.map((message) => ({
          record: error.index + 1,
          id: error.id ?? null,
          name: nameOf(records[error.index]),
          ...splitMessage(message),
        })),
      );
      setResult({ created: outcome.created, updated: outcome.updated, rows, failed: outcome.errors.length });
      await onImported();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-bold text-solid-gray-800">
          {t('settings.partners.hsds.file')}
        </label>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="rounded-8 border border-solid-gray-600 bg-white px-2 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
        />
      </div>
      <div>
        <Button onPress={() => void run()} isDisabled={loading}>
          {t('settings.partners.hsds.import')}
        </Button>
      </div>
      {problem && <Alert>{problem}</Alert>}
      {result && (
        <Alert tone={result.failed > 0 ? 'info' : 'success'}>
          {t('settings.partners.hsds.result', {
            created: result.created,
            updated: result.updated,
            failed: result.failed,
          })}
        </Alert>
      )}
      {result && result.rows.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-bold">{t('settings.partners.hsds.errors')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-300">
              <th scope="col" className="py-2 pr-3">
                {t('settings.partners.hsds.record')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('settings.partners.hsds.id')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('settings.partners.hsds.orgName')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('settings.partners.hsds.field')}
              </th>
              <th scope="col" className="py-2">
                {t('settings.partners.hsds.problem')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, index) => (
              <tr key={index} className="border-b border-solid-gray-100 align-top">
                <td className="py-2 pr-3">{row.record}</td>
                <td className="py-2 pr-3 break-all">{row.id ?? '—'}</td>
                <td className="py-2 pr-3">{row.name || '—'}</td>
                <td className="py-2 pr-3 font-mono">{row.field ?? t('settings.partners.hsds.whole')}</td>
                <td className="py-2">{row.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
