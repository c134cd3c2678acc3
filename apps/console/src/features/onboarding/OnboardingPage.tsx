import './locale';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiErrors, messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import {
  ADD_PARTNER_ORGANIZATION,
  ADD_PARTNER_SERVICE,
  CHECK_LINE_CONNECTION,
  CONNECT_LINE_CHANNEL,
  MARK_ROSTER_REVIEWED,
  ONBOARDING_STATE,
  SAVE_REPORT_RECIPIENTS,
  SAVE_TENANT_SETTINGS,
} from './queries';
import { ONBOARDING_STEPS } from './search';

type Step = (typeof ONBOARDING_STEPS)[number];
const ITEM_OF: Record<Step, 'CHANNELS' | 'PARTNERS' | 'ROSTER' | 'REPORTING' | null> = {
  settings: null,
  channel: 'CHANNELS',
  partners: 'PARTNERS',
  roster: 'ROSTER',
  reporting: 'REPORTING',
};

type Notice = { tone: 'success' | 'error' | 'info'; text: string } | null;

/**
 * A city admin's onboarding, one step at a time, following the API's checklist: every step says
 * what is still missing (the checklist's item) and completes it here, or links to the screen that does.
 */
export default function OnboardingPage() {
  const { t } = useTranslation();
  const { slug, tenantName } = useShell();
  const search = useSearch({ from: '/$tenant/onboarding' });
  const navigate = useNavigate({ from: '/$tenant/onboarding' });
  const state = useQuery(ONBOARDING_STATE, { fetchPolicy: 'cache-and-network' });
  const opening = state.data?.onboardingChecklist ? firstOpenStep(state.data.onboardingChecklist.items) : undefined;
  // Opened without a step: the first open one, fixed in the URL, so that completing it does not move the page away.
  useEffect(() => {
    if (!search.step && opening) void navigate({ search: { step: opening }, replace: true });
  }, [search.step, opening, navigate]);

  // Each part is null when the API refused it: the page needs them all.
  const { onboardingChecklist, tenant, lineChannels, reportSettings } = state.data ?? {};
  if (!onboardingChecklist || !tenant || !lineChannels || !reportSettings) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">{t('onboarding.title')}</h1>
        <QueryProblem error={state.error} onRetry={() => void state.refetch()} />
      </>
    );
  }
  const data = { onboardingChecklist, tenant, lineChannels, reportSettings };
  const doneOf = (step: Step) => {
    const item = ITEM_OF[step];
    return item ? (data.onboardingChecklist.items.find((i) => i.item === item)?.done ?? false) : null;
  };
  const step: Step = search.step ?? opening ?? 'settings';
  const index = ONBOARDING_STEPS.indexOf(step);
  const doneCount = data.onboardingChecklist.items.filter((i) => i.done).length;
  const go = (to: Step) => void navigate({ search: { step: to } });
  const refresh = () => void state.refetch();
  const item = ITEM_OF[step];
  const open = item ? data.onboardingChecklist.items.find((i) => i.item === item && !i.done) : undefined;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('onboarding.title')}</h1>
      <p className="mb-2">{t('onboarding.lead', { name: tenantName })}</p>
      <p className="mb-6 text-solid-gray-700">
        {t('onboarding.statusLabel')}：{t(`onboarding.status.${data.tenant.status}`)} ・{' '}
        <span data-testid="onboarding-progress">
          {t('onboarding.progress', { done: doneCount, total: data.onboardingChecklist.items.length })}
        </span>
      </p>
      {data.onboardingChecklist.complete && (
        <div className="mb-6">
          <Alert tone="success">{t('onboarding.allDone')}</Alert>
        </div>
      )}
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <nav aria-label={t('onboarding.steps')}>
          <ol className="flex flex-col gap-2">
            {ONBOARDING_STEPS.map((s, i) => {
              const done = doneOf(s);
              return (
                <li key={s}>
                  <TextLink
                    to="/$tenant/onboarding"
                    params={{ tenant: slug }}
                    search={{ step: s }}
                    aria-current={s === step ? 'step' : undefined}
                    className={`flex justify-between gap-2 rounded-8 px-3 py-2 no-underline ${s === step ? 'bg-blue-50 font-bold' : ''}`}
                  >
                    <span>
                      {i + 1}. {t(`onboarding.step.${s}`)}
                    </span>
                    <span className={done ? 'text-success-2' : 'text-solid-gray-700'}>
                      {done === null ? t('onboarding.optional') : done ? t('onboarding.done') : t('onboarding.todo')}
                    </span>
                  </TextLink>
                </li>
              );
            })}
          </ol>
          <p className="mt-4">
            <TextLink to="/$tenant/members" params={{ tenant: slug }}>
              {t('onboarding.members')}
            </TextLink>
          </p>
        </nav>
        <section aria-labelledby="onboarding-step" className="rounded-12 border border-solid-gray-200 bg-white p-6">
          <h2 id="onboarding-step" className="mb-2 text-2xl font-bold">
            {index + 1}. {t(`onboarding.step.${step}`)}
          </h2>
          {open && (
            <p className="mb-4 font-bold text-error-2" data-testid="step-missing">
              {t('onboarding.missing', { what: t(`onboarding.missingItem.${open.item}`) })}
            </p>
          )}
          {step === 'settings' && <SettingsStep tenant={data.tenant} onSaved={refresh} />}
          {step === 'channel' && <ChannelStep channels={data.lineChannels} onChanged={refresh} />}
          {step === 'partners' && <PartnersStep slug={slug} onAdded={refresh} />}
          {step === 'roster' && <RosterStep done={doneOf('roster') === true} onMarked={refresh} />}
          {step === 'reporting' && <ReportingStep recipients={data.reportSettings.recipients} onSaved={refresh} />}
          <div className="mt-8 flex justify-between border-t border-solid-gray-200 pt-4">
            {index > 0 ? (
              <Button variant="secondary" onPress={() => go(ONBOARDING_STEPS[index - 1] as Step)}>
                {t('onboarding.back')}
              </Button>
            ) : (
              <span />
            )}
            {index < ONBOARDING_STEPS.length - 1 && (
              <Button onPress={() => go(ONBOARDING_STEPS[index + 1] as Step)}>{t('onboarding.next')}</Button>
            )}
          </div>
        </section>
      </div>
    </>
  );
}

/** The first step whose checklist item is open; the settings when every item is done. */
function firstOpenStep(items: readonly { item: string; done: boolean }[]): Step {
  const open = ONBOARDING_STEPS.find((step) => {
    const item = ITEM_OF[step];
    return item !== null && items.some((i) => i.item === item && !i.done);
  });
  return open ?? 'settings';
}

function Notice({ notice }: { notice: Notice }) {
  return notice ? (
    <div className="mb-4">
      <Alert tone={notice.tone}>{notice.text}</Alert>
    </div>
  ) : null;
}

const MFA_ROLES = ['TENANT_ADMIN', 'COUNSELOR', 'COORDINATOR', 'MUNICIPAL_VIEWER', 'PARTNER_USER'] as const;
type MfaRole = (typeof MFA_ROLES)[number];

interface SettingsValues {
  nameJa: string;
  nameEn: string;
  timezone: string;
}

function SettingsStep({
  tenant,
  onSaved,
}: {
  tenant: {
    nameJa: string;
    nameEn: string;
    timezone: string;
    fiscalYearStartMonth: number;
    mfaRequiredRoles: readonly string[];
  };
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SAVE_TENANT_SETTINGS);
  const [month, setMonth] = useState(String(tenant.fiscalYearStartMonth));
  const [mfa, setMfa] = useState<MfaRole[]>(tenant.mfaRequiredRoles as MfaRole[]);
  const [notice, setNotice] = useState<Notice>(null);
  const form = useForm<SettingsValues>({
    defaultValues: { nameJa: tenant.nameJa, nameEn: tenant.nameEn, timezone: tenant.timezone },
  });
  const legendId = useId();
  const submit = form.handleSubmit(async (values) => {
    setNotice(null);
    try {
      await save({ variables: { input: { ...values, fiscalYearStartMonth: Number(month), mfaRequiredRoles: mfa } } });
      setNotice({ tone: 'success', text: t('onboarding.settings.saved') });
      onSaved();
    } catch (error) {
      const rest = applyApiErrors(error, form.setError, ['nameJa', 'nameEn', 'timezone']);
      if (rest) setNotice({ tone: 'error', text: rest });
    }
  });
  return (
    <>
      <p className="mb-4">{t('onboarding.settings.lead')}</p>
      <Notice notice={notice} />
      <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-xl flex-col gap-4">
        <TextField control={form.control} name="nameJa" label={t('onboarding.settings.nameJa')} />
        <TextField control={form.control} name="nameEn" label={t('onboarding.settings.nameEn')} />
        <TextField control={form.control} name="timezone" label={t('onboarding.settings.timezone')} />
        <Select
          label={t('onboarding.settings.fiscalYearStart')}
          value={month}
          options={Array.from({ length: 12 }, (_, i) => ({
            value: String(i + 1),
            label: t('onboarding.settings.month', { month: i + 1 }),
          }))}
          onChange={setMonth}
        />
        <fieldset aria-labelledby={legendId} className="flex flex-col gap-2">
          <legend id={legendId} className="font-bold text-solid-gray-800">
            {t('onboarding.settings.mfaRoles')}
          </legend>
          {MFA_ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-5"
                checked={mfa.includes(role)}
                onChange={(event) => setMfa(event.target.checked ? [...mfa, role] : mfa.filter((r) => r !== role))}
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <div>
          <Button type="submit" isDisabled={loading}>
            {t('onboarding.settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

interface ChannelValues {
  name: string;
  lineChannelId: string;
  channelSecret: string;
  channelAccessToken: string;
}

function ChannelStep({
  channels,
  onChanged,
}: {
  channels: readonly {
    id: string;
    name: string;
    lineChannelId: string;
    webhookUrl: string;
    channelAccessTokenLast4: string;
  }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [connect, { loading }] = useMutation(CONNECT_LINE_CHANNEL);
  const [notice, setNotice] = useState<Notice>(null);
  const form = useForm<ChannelValues>({
    defaultValues: { name: '', lineChannelId: '', channelSecret: '', channelAccessToken: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    setNotice(null);
    try {
      await connect({ variables: { input: values } });
      setNotice({ tone: 'success', text: t('onboarding.channel.created') });
      form.reset();
      onChanged();
    } catch (error) {
      const rest = applyApiErrors(error, form.setError, [
        'name',
        'lineChannelId',
        'channelSecret',
        'channelAccessToken',
      ]);
      if (rest) setNotice({ tone: 'error', text: rest });
    }
  });
  return (
    <>
      <Notice notice={notice} />
      {channels.map((channel) => (
        <ChannelCard key={channel.id} channel={channel} />
      ))}
      {channels.length === 0 && (
        <>
          <p className="mb-4">{t('onboarding.channel.lead')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-xl flex-col gap-4">
            <TextField control={form.control} name="name" label={t('onboarding.channel.name')} />
            <TextField
              control={form.control}
              name="lineChannelId"
              label={t('onboarding.channel.lineChannelId')}
              inputMode="numeric"
            />
            <TextField
              control={form.control}
              name="channelSecret"
              label={t('onboarding.channel.channelSecret')}
              type="password"
              autoComplete="off"
            />
            <TextField
              control={form.control}
              name="channelAccessToken"
              label={t('onboarding.channel.channelAccessToken')}
              type="password"
              autoComplete="off"
            />
            <div>
              <Button type="submit" isDisabled={loading}>
                {t('onboarding.channel.create')}
              </Button>
            </div>
          </form>
        </>
      )}
    </>
  );
}

function ChannelCard({
  channel,
}: {
  channel: { id: string; name: string; lineChannelId: string; webhookUrl: string; channelAccessTokenLast4: string };
}) {
  const { t } = useTranslation();
  const [check, { loading }] = useMutation(CHECK_LINE_CONNECTION);
  const [result, setResult] = useState<ReactNode>(null);
  const [copied, setCopied] = useState(false);
  const webhookId = useId();
  const runCheck = async () => {
    setResult(null);
    try {
      const { data } = await check({ variables: { input: { id: channel.id } } });
      const outcome = data?.checkLineChannelConnection;
      if (!outcome) return;
      setResult(
        outcome.ok ? (
          <Alert tone="success">{t('onboarding.channel.ok', { name: outcome.botDisplayName ?? '' })}</Alert>
        ) : (
          <Alert>
            {t(`onboarding.channel.problem.${outcome.problem ?? 'LINE_ERROR'}`, { detail: outcome.detail })}
          </Alert>
        ),
      );
    } catch (error) {
      setResult(<Alert>{messageOf(error)}</Alert>);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(channel.webhookUrl);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refusal): the field stays selectable.
      setCopied(false);
    }
  };
  return (
    <div className="mb-6 flex flex-col gap-4" data-testid="line-channel">
      <p className="font-bold">
        {channel.name}（{channel.lineChannelId}・
        {t('onboarding.channel.tokenEnds', { last4: channel.channelAccessTokenLast4 })}）
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={webhookId} className="font-bold text-solid-gray-800">
          {t('onboarding.channel.webhook')}
        </label>
        <p className="text-sm text-solid-gray-700">{t('onboarding.channel.webhookLead')}</p>
        <div className="flex flex-wrap gap-2">
          <input
            id={webhookId}
            readOnly
            value={channel.webhookUrl}
            onFocus={(event) => event.target.select()}
            className="min-w-0 flex-1 rounded-8 border border-solid-gray-600 bg-solid-gray-50 px-4 py-3 font-mono text-sm"
          />
          <Button variant="secondary" onPress={() => void copy()}>
            {t('onboarding.channel.copy')}
          </Button>
        </div>
        {copied && <p role="status">{t('onboarding.channel.copied')}</p>}
      </div>
      <div>
        <Button onPress={() => void runCheck()} isDisabled={loading}>
          {loading ? t('onboarding.channel.checking') : t('onboarding.channel.check')}
        </Button>
      </div>
      <div aria-live="polite">{result}</div>
    </div>
  );
}

interface PartnerValues {
  organization: string;
  service: string;
}

function PartnersStep({ slug, onAdded }: { slug: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [addOrganization] = useMutation(ADD_PARTNER_ORGANIZATION);
  const [addService] = useMutation(ADD_PARTNER_SERVICE);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const form = useForm<PartnerValues>({ defaultValues: { organization: '', service: '' } });
  const submit = form.handleSubmit(async ({ organization, service }) => {
    setNotice(null);
    if (!organization.trim()) form.setError('organization', { message: t('errors.required') });
    if (!service.trim()) form.setError('service', { message: t('errors.required') });
    if (!organization.trim() || !service.trim()) return;
    setBusy(true);
    try {
      const { data } = await addOrganization({ variables: { input: { name: organization } } });
      const organizationId = data?.createPartnerOrganization.id;
      if (organizationId) await addService({ variables: { input: { organizationId, name: service } } });
      setNotice({ tone: 'success', text: t('onboarding.partners.added', { name: organization }) });
      form.reset();
      onAdded();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  });
  return (
    <>
      <p className="mb-4">{t('onboarding.partners.lead')}</p>
      <Notice notice={notice} />
      <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-xl flex-col gap-4">
        <TextField control={form.control} name="organization" label={t('onboarding.partners.organization')} />
        <TextField control={form.control} name="service" label={t('onboarding.partners.service')} />
        <div>
          <Button type="submit" isDisabled={busy}>
            {t('onboarding.partners.add')}
          </Button>
        </div>
      </form>
      <p className="mt-4">
        {/* The partner directory's own screen: a plain link, its route belongs to that feature. */}
        <a
          href={`/${slug}/settings/partners`}
          className="text-blue-1000 underline underline-offset-4 hover:text-blue-1200 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
        >
          {t('onboarding.partners.directory')}
        </a>
      </p>
    </>
  );
}

function RosterStep({ done, onMarked }: { done: boolean; onMarked: () => void }) {
  const { t } = useTranslation();
  const [mark, { loading }] = useMutation(MARK_ROSTER_REVIEWED);
  const [notice, setNotice] = useState<Notice>(null);
  const run = async () => {
    setNotice(null);
    try {
      await mark();
      setNotice({ tone: 'success', text: t('onboarding.roster.marked') });
      onMarked();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };
  return (
    <>
      <p className="mb-4">{t('onboarding.roster.lead')}</p>
      <Notice notice={notice} />
      {!done && (
        <Button onPress={() => void run()} isDisabled={loading}>
          {t('onboarding.roster.mark')}
        </Button>
      )}
    </>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function ReportingStep({ recipients, onSaved }: { recipients: readonly string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SAVE_REPORT_RECIPIENTS);
  const [text, setText] = useState(recipients.join('\n'));
  const [notice, setNotice] = useState<Notice>(null);
  const id = useId();
  const run = async () => {
    setNotice(null);
    const lines = text
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter(Boolean);
    const wrong = lines.find((line) => !EMAIL.test(line));
    if (wrong) {
      setNotice({ tone: 'error', text: t('onboarding.reporting.invalid', { line: wrong }) });
      return;
    }
    try {
      await save({ variables: { input: { recipients: lines } } });
      setNotice({ tone: 'success', text: t('onboarding.reporting.saved') });
      onSaved();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };
  return (
    <>
      <p className="mb-4">{t('onboarding.reporting.lead')}</p>
      <Notice notice={notice} />
      <div className="flex max-w-xl flex-col gap-1">
        <label htmlFor={id} className="font-bold text-solid-gray-800">
          {t('onboarding.reporting.recipients')}
        </label>
        <textarea
          id={id}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow"
        />
      </div>
      <div className="mt-4">
        <Button onPress={() => void run()} isDisabled={loading}>
          {t('onboarding.reporting.save')}
        </Button>
      </div>
    </>
  );
}
