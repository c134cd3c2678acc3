import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useShell } from '../shell/useShell';
import { BusinessHoursSection } from './BusinessHoursSection';
import { CrisisContactsSection } from './CrisisContactsSection';
import { FormStatus, ItemActions, Section, settingsMessage, useSave } from './form';
import {
  CREATE_CANNED,
  CREATE_CATEGORY,
  DELETE_CANNED,
  DELETE_CATEGORY,
  DELETE_KEYWORD,
  INBOX_SETTINGS,
  MATCHING_KEYWORD,
  UPDATE_CANNED,
  UPDATE_CATEGORY,
  UPDATE_ESCALATION,
  UPSERT_KEYWORD,
} from './queries';

/** `/$tenant/settings/inbox`: how the tenant's inbox behaves, for its admins. */
export default function InboxSettingsPage() {
  const { t } = useTranslation();
  const { can } = useShell();
  // Reached by its URL without the permission (or after losing it): say so rather than fail the queries.
  const allowed = can('tenant:inbox-settings:manage');
  const settings = useQuery(INBOX_SETTINGS, { fetchPolicy: 'cache-and-network', skip: !allowed });
  const refetch = () => settings.refetch();
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('settings.inbox.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('settings.inbox.lead')}</p>
      {!allowed ? (
        <Alert>{t('errors.FORBIDDEN')}</Alert>
      ) : !settings.data?.inboxSettings ||
        !settings.data.keywordRules ||
        !settings.data.cannedResponses ||
        !settings.data.conversationCategories ? (
        <QueryProblem error={settings.error} onRetry={() => void refetch()} />
      ) : (
        <>
          <CrisisContactsSection contacts={settings.data.inboxSettings.crisisContacts} refetch={refetch} />
          <KeywordRulesSection rules={settings.data.keywordRules} refetch={refetch} />
          <CannedResponsesSection responses={settings.data.cannedResponses} refetch={refetch} />
          <CategoriesSection categories={settings.data.conversationCategories} refetch={refetch} />
          <BusinessHoursSection />
          <EscalationSection
            key={`${settings.data.inboxSettings.escalationEmails.join()}-${settings.data.inboxSettings.escalationMinutes}`}
            emails={settings.data.inboxSettings.escalationEmails}
            minutes={settings.data.inboxSettings.escalationMinutes}
          />
        </>
      )}
    </>
  );
}

type Refetch = () => Promise<unknown>;

/** A list's remove button, which says what went wrong next to the list. */
function useRemove(refetch: Refetch) {
  const [error, setError] = useState<string | null>(null);
  const remove = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      await refetch();
    } catch (e) {
      setError(settingsMessage(e));
    }
  };
  return { error, remove };
}

function CategoriesSection({ categories, refetch }: { categories: { id: string; name: string }[]; refetch: Refetch }) {
  const { t } = useTranslation();
  const [remove] = useMutation(DELETE_CATEGORY);
  const removal = useRemove(refetch);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Section id="categories" title={t('settings.inbox.categories.title')} lead={t('settings.inbox.categories.lead')}>
      {removal.error && <Alert>{removal.error}</Alert>}
      <ul className="flex flex-col divide-y divide-solid-gray-100" aria-label={t('settings.inbox.categories.title')}>
        {categories.map((category) => (
          <li key={category.id} className="py-2">
            {editing === category.id ? (
              <CategoryForm
                id={category.id}
                name={category.name}
                done={() => {
                  setEditing(null);
                  return refetch();
                }}
              />
            ) : (
              <div className="flex items-center justify-between gap-4">
                <span>{category.name}</span>
                <ItemActions
                  name={category.name}
                  onEdit={() => setEditing(category.id)}
                  onRemove={() => void removal.remove(() => remove({ variables: { input: { id: category.id } } }))}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <CategoryForm done={refetch} />
    </Section>
  );
}

function CategoryForm({ id, name, done }: { id?: string; name?: string; done: Refetch }) {
  const { t } = useTranslation();
  const schema = z.object({
    name: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(50, t('settings.tooLong', { max: 50 })),
  });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: name ?? '' } });
  const [create] = useMutation(CREATE_CATEGORY);
  const [update] = useMutation(UPDATE_CATEGORY);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['name'],
    async (values) => {
      if (id) await update({ variables: { input: { id, name: values.name } } });
      else await create({ variables: { input: { name: values.name } } });
      await done();
    },
    { resetOnSuccess: !id },
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          control={form.control}
          name="name"
          label={id ? t('settings.inbox.categories.rename') : t('settings.inbox.categories.name')}
        />
        <Button type="submit" variant="secondary" isDisabled={submitting}>
          {id ? t('settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}

function CannedResponsesSection({
  responses,
  refetch,
}: {
  responses: { id: string; title: string; body: string }[];
  refetch: Refetch;
}) {
  const { t } = useTranslation();
  const [remove] = useMutation(DELETE_CANNED);
  const removal = useRemove(refetch);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Section
      id="canned"
      title={t('settings.inbox.canned.title')}
      lead={t('settings.inbox.canned.lead', { name: '{{name}}' })}
    >
      {removal.error && <Alert>{removal.error}</Alert>}
      {responses.length === 0 && <p>{t('settings.none')}</p>}
      <ul className="flex flex-col divide-y divide-solid-gray-100" aria-label={t('settings.inbox.canned.title')}>
        {responses.map((response) => (
          <li key={response.id} className="py-3">
            {editing === response.id ? (
              <CannedForm
                response={response}
                done={() => {
                  setEditing(null);
                  return refetch();
                }}
              />
            ) : (
              <div className="flex items-start justify-between gap-4">
                <div>
                  <p className="font-bold">{response.title}</p>
                  <p className="whitespace-pre-wrap text-solid-gray-800">{response.body}</p>
                </div>
                <ItemActions
                  name={response.title}
                  onEdit={() => setEditing(response.id)}
                  onRemove={() => void removal.remove(() => remove({ variables: { input: { id: response.id } } }))}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <CannedForm done={refetch} />
    </Section>
  );
}

function CannedForm({ response, done }: { response?: { id: string; title: string; body: string }; done: Refetch }) {
  const { t } = useTranslation();
  const schema = z.object({
    title: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(100, t('settings.tooLong', { max: 100 })),
    body: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(5000, t('settings.tooLong', { max: 5000 })),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { title: response?.title ?? '', body: response?.body ?? '' },
  });
  const [create] = useMutation(CREATE_CANNED);
  const [update] = useMutation(UPDATE_CANNED);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['title', 'body'],
    async (values) => {
      if (response) await update({ variables: { input: { id: response.id, ...values } } });
      else await create({ variables: { input: values } });
      await done();
    },
    { resetOnSuccess: !response },
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <TextField control={form.control} name="title" label={t('settings.inbox.canned.titleField')} />
      <TextAreaField control={form.control} name="body" label={t('settings.inbox.canned.body')} rows={3} />
      <div>
        <Button type="submit" variant="secondary" isDisabled={submitting}>
          {response ? t('settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}

function KeywordRulesSection({ rules, refetch }: { rules: { id: string; keyword: string }[]; refetch: Refetch }) {
  const { t } = useTranslation();
  const [remove] = useMutation(DELETE_KEYWORD);
  const removal = useRemove(refetch);
  const schema = z.object({
    keyword: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(50, t('settings.tooLong', { max: 50 })),
  });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { keyword: '' } });
  const [upsert] = useMutation(UPSERT_KEYWORD);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['keyword'],
    async (values) => {
      await upsert({ variables: { input: values } });
      await refetch();
    },
    { resetOnSuccess: true },
  );
  return (
    <Section id="keywords" title={t('settings.inbox.keywords.title')} lead={t('settings.inbox.keywords.lead')}>
      {removal.error && <Alert>{removal.error}</Alert>}
      <ul className="flex flex-wrap gap-2" aria-label={t('settings.inbox.keywords.list')}>
        {rules.map((rule) => (
          <li key={rule.id} className="flex items-center gap-1 rounded-8 border border-solid-gray-300 py-1 pl-3 pr-1">
            <span>{rule.keyword}</span>
            <Button
              variant="text"
              aria-label={t('settings.removeLabel', { name: rule.keyword })}
              onPress={() => void removal.remove(() => remove({ variables: { input: { id: rule.id } } }))}
            >
              ×
            </Button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <FormStatus formError={formError} saved={saved} />
        <div className="flex flex-wrap items-end gap-3">
          <TextField control={form.control} name="keyword" label={t('settings.inbox.keywords.keyword')} />
          <Button type="submit" variant="secondary" isDisabled={submitting}>
            {t('settings.add')}
          </Button>
        </div>
      </form>
      <TrySentence />
    </Section>
  );
}

/** Which rule a sentence would fire, answered by the API with the triage's own matcher. */
function TrySentence() {
  const { t } = useTranslation();
  const schema = z.object({
    text: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(5000, t('settings.tooLong', { max: 5000 })),
  });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { text: '' } });
  const client = useApolloClient();
  const [answer, setAnswer] = useState<{ keyword: string | null } | null>(null);
  const { submit, formError, submitting } = useSave(form, ['text'], async (values) => {
    setAnswer(null);
    const { data } = await client.query({
      query: MATCHING_KEYWORD,
      variables: { text: values.text },
      fetchPolicy: 'network-only',
    });
    setAnswer({ keyword: data?.matchingKeywordRule?.keyword ?? null });
  });
  return (
    <div className="rounded-8 bg-solid-gray-50 p-4">
      <h3 id="try-sentence" className="mb-1 font-bold">
        {t('settings.inbox.keywords.tryTitle')}
      </h3>
      <p className="mb-3 text-sm text-solid-gray-700">{t('settings.inbox.keywords.tryLead')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="try-sentence" className="flex flex-col gap-3">
        {formError && <Alert>{formError}</Alert>}
        <TextAreaField control={form.control} name="text" label={t('settings.inbox.keywords.sentence')} rows={2} />
        <div>
          <Button type="submit" variant="secondary" isDisabled={submitting}>
            {t('settings.inbox.keywords.try')}
          </Button>
        </div>
        <div role="status" data-testid="try-result">
          {answer &&
            (answer.keyword !== null ? (
              <p className="font-bold text-error-2">
                {t('settings.inbox.keywords.fires', { keyword: answer.keyword })}
              </p>
            ) : (
              <p>{t('settings.inbox.keywords.noRule')}</p>
            ))}
        </div>
      </form>
    </div>
  );
}

function EscalationSection({ emails, minutes }: { emails: string[]; minutes: number }) {
  const { t } = useTranslation();
  const schema = z.object({
    escalationEmails: z
      .string()
      .refine(
        (value) => lines(value).every((line) => z.email().safeParse(line).success),
        t('settings.inbox.escalation.emailFormat'),
      ),
    escalationMinutes: z
      .string()
      .regex(/^\d{1,4}$/, t('settings.inbox.escalation.minutesRange'))
      .refine((value) => Number(value) >= 1 && Number(value) <= 1440, t('settings.inbox.escalation.minutesRange')),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { escalationEmails: emails.join('\n'), escalationMinutes: String(minutes) },
  });
  const [update] = useMutation(UPDATE_ESCALATION);
  const { submit, formError, saved, submitting } = useSave(form, ['escalationEmails', 'escalationMinutes'], (values) =>
    update({
      variables: {
        input: {
          escalationEmails: lines(values.escalationEmails),
          escalationMinutes: Number(values.escalationMinutes),
        },
      },
    }),
  );
  return (
    <Section id="escalation" title={t('settings.inbox.escalation.title')} lead={t('settings.inbox.escalation.lead')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <FormStatus formError={formError} saved={saved} />
        <TextAreaField
          control={form.control}
          name="escalationEmails"
          label={t('settings.inbox.escalation.emails')}
          rows={3}
        />
        <TextField
          control={form.control}
          name="escalationMinutes"
          label={t('settings.inbox.escalation.minutes')}
          inputMode="numeric"
        />
        <div>
          <Button type="submit" isDisabled={submitting}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function lines(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
}
