import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AssessmentFieldKind, AssessmentSectionInput } from '../../gql/graphql';
import { apiErrors, messageOf, reasonOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { versionOf, type Version } from './definition';
import { CREATE_TEMPLATE, PUBLISH_TEMPLATE, TEMPLATES } from './queries';
import { RetentionSettings } from './RetentionSettings';

const KINDS: AssessmentFieldKind[] = [
  'SHORT_TEXT',
  'LONG_TEXT',
  'NUMBER',
  'DATE',
  'YEAR_MONTH',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'YES_NO',
  'RISK_SCALE',
  'TABLE',
];

/** A field as the editor holds it: choices and columns as lines of text. */
interface DraftField {
  key: string;
  label: string;
  kind: AssessmentFieldKind;
  required: boolean;
  reportable: boolean;
  help: string;
  choices: string;
  columns: string;
}
interface DraftSection {
  key: string;
  title: string;
  fields: DraftField[];
}

const INPUT =
  'rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow';

function toDraft(version: Version): DraftSection[] {
  return version.sections.map((section) => ({
    key: section.key,
    title: section.title,
    fields: section.fields.map((field) => ({
      key: field.key,
      label: field.label,
      kind: field.kind,
      required: field.required,
      reportable: field.reportable,
      help: field.help ?? '',
      // A choice's value is kept; its label is what the admin edits ("value=label" when they differ).
      choices: field.choices.map((c) => (c.value === c.label ? c.label : `${c.value}=${c.label}`)).join('\n'),
      columns: field.columns.map((c) => `${c.key}:${c.label}:${c.kind}${c.required ? ':required' : ''}`).join('\n'),
    })),
  }));
}

function fromDraft(sections: DraftSection[]): AssessmentSectionInput[] {
  const choices = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf('=');
        return at > 0
          ? { value: line.slice(0, at).trim(), label: line.slice(at + 1).trim() }
          : { value: line, label: line };
      });
  return sections.map((section) => ({
    key: section.key,
    title: section.title,
    fields: section.fields.map((field) => ({
      key: field.key,
      label: field.label,
      kind: field.kind,
      required: field.required,
      reportable: field.reportable,
      help: field.help || null,
      choices: field.kind === 'SINGLE_CHOICE' || field.kind === 'MULTIPLE_CHOICE' ? choices(field.choices) : null,
      columns:
        field.kind === 'TABLE'
          ? field.columns
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => {
                const [key = '', label, kind, required] = line.split(':');
                return {
                  key,
                  label: label ?? key,
                  kind: (kind ?? 'SHORT_TEXT') as AssessmentFieldKind,
                  required: required === 'required',
                };
              })
          : null,
    })),
  }));
}

const emptyField = (n: number): DraftField => ({
  key: `field${n}`,
  label: '',
  kind: 'SHORT_TEXT',
  required: false,
  reportable: false,
  help: '',
  choices: '',
  columns: '',
});

/** The tenant admin's assessment templates: each change published as a new, immutable version. */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const { can } = useShell();
  const query = useQuery(TEMPLATES, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ templateId: string | null; name: string; sections: DraftSection[] } | null>(
    null,
  );
  const [allowBreaking, setAllowBreaking] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [create] = useMutation(CREATE_TEMPLATE);
  const [publish] = useMutation(PUBLISH_TEMPLATE);

  const save = async () => {
    if (!editing) return;
    setNotice(null);
    try {
      if (editing.templateId) {
        const res = await publish({
          variables: {
            input: {
              templateId: editing.templateId,
              sections: fromDraft(editing.sections),
              allowBreakingChanges: allowBreaking,
            },
          },
        });
        setNotice({
          tone: 'success',
          text: t('records.templates.published', {
            version: res.data?.publishAssessmentTemplateVersion.latestVersion.version,
          }),
        });
      } else {
        await create({ variables: { input: { name: editing.name, sections: fromDraft(editing.sections) } } });
        setNotice({ tone: 'success', text: t('records.templates.created') });
      }
      setEditing(null);
      setAllowBreaking(false);
      await query.refetch();
    } catch (error) {
      const fields = apiErrors(error)[0]?.extensions?.fieldErrors ?? [];
      const text =
        reasonOf(error) === 'TEMPLATE_CHANGE_ORPHANS_DATA'
          ? t('records.templates.orphans', { fields: fields.map((f) => f.field.replace('fields.', '')).join(', ') })
          : fields.length > 0
            ? fields.map((f) => `${f.field}: ${f.messages.join(' ')}`).join(' / ')
            : messageOf(error);
      setNotice({ tone: 'error', text });
    }
  };

  const updateSection = (s: number, patch: Partial<DraftSection>) =>
    setEditing((e) => e && { ...e, sections: e.sections.map((x, i) => (i === s ? { ...x, ...patch } : x)) });
  const updateField = (s: number, f: number, patch: Partial<DraftField>) =>
    setEditing(
      (e) =>
        e && {
          ...e,
          sections: e.sections.map((x, i) =>
            i === s ? { ...x, fields: x.fields.map((y, j) => (j === f ? { ...y, ...patch } : y)) } : x,
          ),
        },
    );

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('records.templates.title')}</h1>
      <p className="mb-6">{t('records.templates.lead')}</p>
      {can('tenant:settings:update') && <RetentionSettings />}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {!query.data ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : editing ? (
        <form
          className="flex flex-col gap-6"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {!editing.templateId && (
            <div className="flex flex-col gap-1">
              <label htmlFor="template-name" className="font-bold">
                {t('records.templates.name')}
              </label>
              <input
                id="template-name"
                className={INPUT}
                value={editing.name}
                onChange={(e) => setEditing({ ...editing, name: e.target.value })}
              />
            </div>
          )}
          {editing.sections.map((section, s) => (
            <fieldset key={s} className="flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-4">
              <legend className="px-1 font-bold">
                {t('records.templates.section')} {s + 1}
              </legend>
              <label className="flex flex-col gap-1">
                <span className="text-sm font-bold">{t('records.templates.sectionTitle')}</span>
                <input
                  className={INPUT}
                  value={section.title}
                  onChange={(e) => updateSection(s, { title: e.target.value })}
                />
              </label>
              {section.fields.map((field, f) => (
                <div
                  key={f}
                  role="group"
                  aria-label={`${t('records.templates.field')} ${field.label || f + 1}`}
                  className="flex flex-wrap items-end gap-3 rounded-8 bg-solid-gray-50 p-3"
                >
                  <label className="flex flex-col gap-1">
                    <span className="text-sm font-bold">{t('records.templates.fieldLabel')}</span>
                    <input
                      className={INPUT}
                      value={field.label}
                      onChange={(e) => updateField(s, f, { label: e.target.value })}
                    />
                  </label>
                  <label className="flex flex-col gap-1">
                    <span className="text-sm font-bold">{t('records.templates.fieldKey')}</span>
                    <input
                      className={INPUT}
                      value={field.key}
                      onChange={(e) => updateField(s, f, { key: e.target.value })}
                    />
                  </label>
                  <Select
                    label={t('records.templates.kind')}
                    value={field.kind}
                    onChange={(v) => updateField(s, f, { kind: v as AssessmentFieldKind })}
                    options={KINDS.map((k) => ({ value: k, label: t(`records.kinds.${k}`) }))}
                  />
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      className="size-5"
                      checked={field.required}
                      onChange={(e) => updateField(s, f, { required: e.target.checked })}
                    />
                    {t('records.templates.required')}
                  </label>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      className="size-5"
                      checked={field.reportable}
                      onChange={(e) => updateField(s, f, { reportable: e.target.checked })}
                    />
                    {t('records.templates.reportable')}
                  </label>
                  <label className="flex w-full flex-col gap-1">
                    <span className="text-sm font-bold">{t('records.templates.help')}</span>
                    <input
                      className={INPUT}
                      value={field.help}
                      onChange={(e) => updateField(s, f, { help: e.target.value })}
                    />
                  </label>
                  {(field.kind === 'SINGLE_CHOICE' || field.kind === 'MULTIPLE_CHOICE') && (
                    <label className="flex w-full flex-col gap-1">
                      <span className="text-sm font-bold">{t('records.templates.choices')}</span>
                      <textarea
                        className={INPUT}
                        rows={3}
                        value={field.choices}
                        onChange={(e) => updateField(s, f, { choices: e.target.value })}
                      />
                    </label>
                  )}
                  {field.kind === 'TABLE' && (
                    <label className="flex w-full flex-col gap-1">
                      <span className="text-sm font-bold">{t('records.templates.columns')}</span>
                      <textarea
                        className={INPUT}
                        rows={3}
                        value={field.columns}
                        onChange={(e) => updateField(s, f, { columns: e.target.value })}
                      />
                    </label>
                  )}
                  <Button
                    variant="text"
                    onPress={() => updateSection(s, { fields: section.fields.filter((_, j) => j !== f) })}
                  >
                    {t('records.templates.removeField', { name: field.label || field.key })}
                  </Button>
                </div>
              ))}
              <div>
                <Button
                  variant="secondary"
                  onPress={() =>
                    updateSection(s, { fields: [...section.fields, emptyField(section.fields.length + 1)] })
                  }
                >
                  {t('records.templates.addField')}
                </Button>
              </div>
            </fieldset>
          ))}
          <div>
            <Button
              variant="secondary"
              onPress={() =>
                setEditing({
                  ...editing,
                  sections: [
                    ...editing.sections,
                    { key: `section${editing.sections.length + 1}`, title: '', fields: [emptyField(1)] },
                  ],
                })
              }
            >
              {t('records.templates.addSection')}
            </Button>
          </div>
          {editing.templateId && (
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-5"
                checked={allowBreaking}
                onChange={(e) => setAllowBreaking(e.target.checked)}
              />
              {t('records.templates.allowBreaking')}
            </label>
          )}
          <div className="flex gap-3">
            <Button type="submit">
              {editing.templateId ? t('records.templates.publish') : t('records.templates.create')}
            </Button>
            <Button variant="secondary" onPress={() => setEditing(null)}>
              {t('records.form.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          {(query.data.assessmentTemplates ?? []).length === 0 && <p>{t('records.templates.none')}</p>}
          <ul className="mb-6 flex flex-col gap-4">
            {(query.data.assessmentTemplates ?? []).map((template) => (
              <li key={template.id} className="rounded-12 border border-solid-gray-200 bg-white p-4">
                <h2 className="text-xl font-bold">{template.name}</h2>
                <p className="text-sm text-solid-gray-700">
                  {t('records.templates.versions', { versions: template.versions.map((v) => v.version).join(', ') })}
                </p>
                <ul className="my-2 list-disc pl-6 text-sm">
                  {versionOf(template.latestVersion).sections.map((section) => (
                    <li key={section.key}>
                      {section.title}:{' '}
                      {section.fields.map((f) => `${f.label}（${t(`records.kinds.${f.kind}`)}）`).join('、')}
                    </li>
                  ))}
                </ul>
                <Button
                  variant="secondary"
                  onPress={() =>
                    setEditing({
                      templateId: template.id,
                      name: template.name,
                      sections: toDraft(versionOf(template.latestVersion)),
                    })
                  }
                >
                  {t('records.templates.edit')}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            onPress={() =>
              setEditing({
                templateId: null,
                name: '',
                sections: [{ key: 'section1', title: '', fields: [emptyField(1)] }],
              })
            }
          >
            {t('records.templates.newTemplate')}
          </Button>
        </>
      )}
    </>
  );
}
