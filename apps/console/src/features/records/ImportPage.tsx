import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { freshAccessToken } from '../../lib/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { TEMPLATES } from './queries';
import './import-locale';

type Outcome = 'created' | 'updated' | 'unchanged' | 'refused';

interface Row {
  line: number;
  recordNumber: string | null;
  outcome: Outcome;
  problems: { code: string; field: string; message: string }[];
}

interface Summary {
  dryRun: boolean;
  encoding: string;
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

interface Run {
  dryRun: boolean;
  total: number | null;
  rows: Row[];
  summary: Summary | null;
  error: string | null;
}

/** Refusals before the first record: the route's JSON error, fields first. */
interface RouteError {
  message?: string;
  fieldErrors?: { field: string; messages: string[] }[];
}

/**
 * Sends the export to `POST /records-import` as a multipart upload (the file is streamed, never put
 * in GraphQL) and reads the answer as it arrives: one JSON object a line (`total`, a `row` per
 * record, then the `summary`), so the page shows progress while the import runs.
 */
async function upload(
  slug: string,
  form: { templateId: string; mapping: string; encoding: string; file: File; dryRun: boolean },
  onEvent: (event: { total?: number; row?: Row; summary?: Summary; error?: { message: string } }) => void,
): Promise<void> {
  const body = new FormData();
  body.set('templateId', form.templateId);
  body.set('mapping', form.mapping);
  if (form.encoding !== 'auto') body.set('encoding', form.encoding);
  body.set('dryRun', String(form.dryRun));
  body.set('file', form.file);
  const token = await freshAccessToken();
  const response = await fetch('/records-import', {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-tenant': slug },
    body,
  });
  if (!response.ok || !response.body) {
    const error = (await response.json().catch(() => ({}))) as RouteError;
    const fields = (error.fieldErrors ?? []).map((e) => `${e.field}: ${e.messages.join('、')}`);
    throw new Error([error.message ?? `HTTP ${response.status}`, ...fields].join('\n'));
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line));
  }
}

/** The tenant admin's kintone import: choose, check (a dry run, row by row), then import with progress. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { slug } = useShell();
  const templates = useQuery(TEMPLATES);
  const [templateId, setTemplateId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState('');
  const [encoding, setEncoding] = useState('auto');
  const [run, setRun] = useState<Run | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyRefused, setOnlyRefused] = useState(false);
  const [checked, setChecked] = useState(false);

  const chosen = templateId || templates.data?.assessmentTemplates?.[0]?.id || '';

  async function start(dryRun: boolean): Promise<void> {
    if (!file || !mapping.trim() || !chosen) {
      setRun({ dryRun, total: null, rows: [], summary: null, error: t('recordsImport.needed') });
      return;
    }
    setBusy(true);
    const state: Run = { dryRun, total: null, rows: [], summary: null, error: null };
    setRun({ ...state });
    try {
      await upload(slug, { templateId: chosen, mapping, encoding, file, dryRun }, (event) => {
        if (event.total !== undefined) state.total = event.total;
        if (event.row) state.rows.push(event.row);
        if (event.summary) state.summary = event.summary;
        if (event.error) state.error = t('recordsImport.stopped', { message: event.error.message });
        setRun({ ...state, rows: state.rows });
      });
      if (dryRun && state.summary) setChecked(true);
    } catch (error) {
      setRun({ ...state, error: t('recordsImport.failed', { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  const reset = (): void => {
    setChecked(false);
    setRun(null);
  };
  const done = run?.rows.length ?? 0;
  const shown = (run?.rows ?? []).filter((row) => !onlyRefused || row.outcome === 'refused');

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('recordsImport.title')}</h1>
      <p className="mb-6">{t('recordsImport.lead')}</p>
      {!templates.data ? (
        <QueryProblem error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <form
          aria-label={t('recordsImport.title')}
          className="mb-6 flex max-w-3xl flex-col gap-4"
          onSubmit={(e) => e.preventDefault()}
        >
          <Select
            label={t('recordsImport.template')}
            value={chosen}
            options={(templates.data.assessmentTemplates ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            onChange={(value) => {
              setTemplateId(value);
              reset();
            }}
            disabled={busy}
          />
          <label className="flex flex-col gap-1 text-sm font-bold text-solid-gray-800">
            {t('recordsImport.file')}
            <input
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              className="font-normal"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                reset();
              }}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-bold text-solid-gray-800">
            {t('recordsImport.mapping')}
            <span className="font-normal text-solid-gray-700">{t('recordsImport.mappingHelp')}</span>
            <input
              type="file"
              accept=".json,application/json"
              disabled={busy}
              className="font-normal"
              onChange={(e) => {
                const chosenFile = e.target.files?.[0];
                if (chosenFile) void chosenFile.text().then(setMapping);
                reset();
              }}
            />
            <textarea
              aria-label={t('recordsImport.mapping')}
              value={mapping}
              rows={6}
              disabled={busy}
              onChange={(e) => {
                setMapping(e.target.value);
                reset();
              }}
              className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-sm font-normal"
            />
          </label>
          <Select
            label={t('recordsImport.encoding')}
            value={encoding}
            options={(['auto', 'utf-8', 'shift_jis'] as const).map((value) => ({
              value,
              label: t(`recordsImport.encodings.${value}`),
            }))}
            onChange={(value) => {
              setEncoding(value);
              reset();
            }}
            disabled={busy}
          />
          <div className="flex gap-3">
            <Button variant={checked ? 'secondary' : 'primary'} isDisabled={busy} onPress={() => void start(true)}>
              {t('recordsImport.check')}
            </Button>
            {checked && (
              <Button isDisabled={busy} onPress={() => void start(false)}>
                {t('recordsImport.run')}
              </Button>
            )}
          </div>
        </form>
      )}

      {run && (
        <section aria-live="polite" className="flex flex-col gap-4">
          {run.error && <Alert>{run.error}</Alert>}
          {busy && run.total === null && <p>{t('recordsImport.reading')}</p>}
          {run.total !== null && (
            <div className="flex items-center gap-3">
              <progress
                aria-label={t('recordsImport.progress', { done, total: run.total })}
                max={Math.max(run.total, 1)}
                value={done}
                className="h-3 w-80"
              />
              <span>{t('recordsImport.progress', { done, total: run.total })}</span>
            </div>
          )}
          {run.summary && (
            <Alert tone={run.summary.dryRun ? 'info' : 'success'}>
              {t(run.summary.dryRun ? 'recordsImport.checked' : 'recordsImport.done', { ...run.summary })}
            </Alert>
          )}
          {run.rows.length > 0 && (
            <>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={onlyRefused}
                  onChange={(e) => setOnlyRefused(e.target.checked)}
                />
                {t('recordsImport.onlyRefused')}
              </label>
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left text-lg font-bold">{t('recordsImport.rows')}</caption>
                <thead>
                  <tr className="border-b border-solid-gray-420">
                    <th className="px-2 py-1">{t('recordsImport.line')}</th>
                    <th className="px-2 py-1">{t('recordsImport.recordNumber')}</th>
                    <th className="px-2 py-1">{t('recordsImport.outcome')}</th>
                    <th className="px-2 py-1">{t('recordsImport.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {/* A long export shows its first thousand rows; the counts above cover them all. */}
                  {shown.slice(0, 1000).map((row) => (
                    <tr key={row.line} className="border-b border-solid-gray-200 align-top">
                      <td className="whitespace-nowrap px-2 py-1">{row.line}</td>
                      <td className="px-2 py-1">{row.recordNumber ?? ''}</td>
                      <td
                        className={`whitespace-nowrap px-2 py-1 ${row.outcome === 'refused' ? 'font-bold text-error-2' : ''}`}
                      >
                        {t(`recordsImport.outcomes.${row.outcome}`)}
                      </td>
                      <td className="px-2 py-1">
                        {row.problems.map((p) => (
                          <div key={`${p.field}:${p.message}`}>
                            {p.field === 'family' || p.field === 'record'
                              ? t(`recordsImport.fields.${p.field}`)
                              : p.field}
                            : {p.message}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
    </>
  );
}
