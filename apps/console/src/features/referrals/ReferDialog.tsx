import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ConsentMethod } from '../../gql/graphql';
import { apiErrors, messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { MESSAGES } from '../inbox/queries';
import { formatDay } from '../partner/format';
import { useShell } from '../shell/useShell';
import { CREATE_REFERRAL, PARTNER_CHOICES, PARTNERS, RECORD_CONSENT, SEND_REFERRAL } from './queries';

// Loaded when the dialog opens: the inbox's first load stays small.
const ShareChoice = lazy(() => import('../records/ShareChoice').then((m) => ({ default: m.ShareChoice })));

interface Consent {
  id: string;
  partnerOrganizationId: string;
  obtainedOn: string;
  withdrawnAt?: string | null;
}

const INPUT =
  'rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1';

/** Today in the tenant's zone, as YYYY-MM-DD (the consent's date cannot be in the future). */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date());
}

/**
 * Referring the family from the conversation: the partner (searched by category and area), the
 * family's consent for that partner (recorded here unless one is in force), the summary written for
 * the partner and the messages to share. Sending records the consent, creates the referral and
 * sends it; whatever fails stays on the form with what was typed.
 */
export function ReferDialog({ conversationId, consents }: { conversationId: string; consents: Consent[] }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button variant="secondary">{t('refer.open')}</Button>
      <ModalOverlay
        isDismissable
        className="fixed inset-0 z-20 flex items-start justify-center overflow-y-auto bg-black/40 p-6"
      >
        <Modal className="w-full max-w-3xl rounded-12 bg-white shadow-xl">
          <Dialog className="outline-none">
            {({ close }) => <ReferForm conversationId={conversationId} consents={consents} onDone={close} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ReferForm({
  conversationId,
  consents,
  onDone,
}: {
  conversationId: string;
  consents: Consent[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { tenant, can } = useShell();
  const choices = useQuery(PARTNER_CHOICES);
  const [search, setSearch] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [area, setArea] = useState('');
  const partners = useQuery(PARTNERS, {
    variables: {
      filter: {
        ...(search.trim().length >= 2 ? { search: search.trim() } : {}),
        ...(categoryId ? { categoryId } : {}),
        ...(area ? { area } : {}),
      },
    },
  });
  // The thread the counsellor is reading: already loaded, so no second (audited) read.
  const thread = useQuery(MESSAGES, {
    variables: { conversationId, first: 30 },
    fetchPolicy: 'cache-only',
  });
  const [partnerId, setPartnerId] = useState('');
  const [method, setMethod] = useState<ConsentMethod>('IN_CHAT');
  const [obtainedOn, setObtainedOn] = useState(today(tenant.timezone));
  const [purpose, setPurpose] = useState('');
  const [summary, setSummary] = useState('');
  const [shareName, setShareName] = useState(false);
  const [shared, setShared] = useState<string[]>([]);
  const [sharedFields, setSharedFields] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recordConsent] = useMutation(RECORD_CONSENT);
  const [createReferral] = useMutation(CREATE_REFERRAL);
  const [sendReferral] = useMutation(SEND_REFERRAL, { refetchQueries: ['Family'] });
  // A consent recorded by an attempt that failed later is not recorded twice.
  const [recordedConsent, setRecordedConsent] = useState<{ partnerId: string; id: string } | null>(null);

  const consent =
    consents.find((c) => c.partnerOrganizationId === partnerId && !c.withdrawnAt) ??
    (recordedConsent?.partnerId === partnerId ? { id: recordedConsent.id, obtainedOn } : undefined);
  const organisations = partners.data?.partnerOrganizations?.edges.map((e) => e.node) ?? [];
  const texts = (thread.data?.messages?.edges.map((e) => e.node) ?? []).filter((m) => m.type === 'text' && m.text);

  const fieldErrorsOf = (error: unknown): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const e of apiErrors(error)) {
      for (const f of e.extensions?.fieldErrors ?? []) {
        // `sharedAssessmentFields[1]`: one message for the fields to share.
        found[(f.field.split('.').pop() ?? '').replace(/\[\d+\]$/, '')] = f.messages.join(' ');
      }
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!partnerId) missing['partnerOrganizationId'] = t('refer.choosePartner');
    if (!consent && !purpose.trim()) missing['purpose'] = t('errors.required');
    if (!summary.trim()) missing['summary'] = t('errors.required');
    setErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      let consentId = consent?.id;
      if (!consentId) {
        const { data } = await recordConsent({
          variables: {
            input: { conversationId, partnerOrganizationId: partnerId, method, obtainedOn, purpose: purpose.trim() },
          },
        });
        consentId = data?.recordConsent.id;
        if (consentId) setRecordedConsent({ partnerId, id: consentId });
      }
      const { data: created } = await createReferral({
        variables: {
          input: {
            conversationId,
            partnerOrganizationId: partnerId,
            consentId,
            summary: summary.trim(),
            shareDisplayName: shareName,
            sharedMessageIds: shared,
            sharedAssessmentFields: sharedFields,
          },
        },
      });
      if (!created) throw new Error('no referral');
      await sendReferral({ variables: { input: { id: created.createReferral.id } } });
      onDone();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4 p-6" noValidate>
      <Heading slot="title" className="text-2xl font-bold">
        {t('refer.title')}
      </Heading>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">{t('refer.partner')}</legend>
        <div className="grid gap-2 md:grid-cols-3">
          <label className="flex flex-col gap-1">
            <span className="text-sm font-bold">{t('refer.search')}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} className={INPUT} />
          </label>
          <Select
            label={t('refer.category')}
            value={categoryId}
            onChange={setCategoryId}
            options={[
              { value: '', label: t('inbox.filters.any') },
              ...(choices.data?.serviceCategories ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <Select
            label={t('refer.area')}
            value={area}
            onChange={setArea}
            options={[
              { value: '', label: t('inbox.filters.any') },
              ...(choices.data?.partnerAreas ?? []).map((a) => ({ value: a, label: a })),
            ]}
          />
        </div>
        <div
          role="radiogroup"
          aria-label={t('refer.partner')}
          aria-invalid={Boolean(errors['partnerOrganizationId'])}
          className="flex max-h-56 flex-col gap-1 overflow-y-auto rounded-8 border border-solid-gray-200 p-2"
        >
          {organisations.length === 0 && <p className="text-sm text-solid-gray-700">{t('refer.noPartner')}</p>}
          {organisations.map((o) => (
            <label key={o.id} className="flex items-start gap-2 rounded-8 px-2 py-1 hover:bg-blue-50">
              <input
                type="radio"
                name="partner"
                value={o.id}
                checked={partnerId === o.id}
                onChange={() => setPartnerId(o.id)}
                className="mt-1.5 size-4"
              />
              <span>
                <span className="font-bold">{o.name}</span>
                <span className="block text-sm text-solid-gray-700">
                  {o.services
                    .map((s) => `${s.name}${s.serviceAreas.length ? `（${s.serviceAreas.join('・')}）` : ''}`)
                    .join('、')}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors['partnerOrganizationId'] && <p className="text-sm text-error-2">{errors['partnerOrganizationId']}</p>}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">{t('refer.consent')}</legend>
        {consent ? (
          <Alert tone="success">{t('refer.consentInForce', { date: formatDay(consent.obtainedOn) })}</Alert>
        ) : (
          <>
            <p className="text-sm text-solid-gray-800">{t('refer.consentLead')}</p>
            <div className="grid gap-2 md:grid-cols-2">
              <Select
                label={t('refer.method')}
                value={method}
                onChange={(v) => setMethod(v as ConsentMethod)}
                options={(['IN_CHAT', 'BY_PHONE', 'IN_PERSON'] as const).map((m) => ({
                  value: m,
                  label: t(`consent.method.${m}`),
                }))}
              />
              <label className="flex flex-col gap-1">
                <span className="text-sm font-bold">{t('refer.obtainedOn')}</span>
                <input
                  type="date"
                  value={obtainedOn}
                  max={today(tenant.timezone)}
                  onChange={(e) => setObtainedOn(e.target.value)}
                  aria-invalid={Boolean(errors['obtainedOn'])}
                  className={INPUT}
                />
                {errors['obtainedOn'] && <span className="text-sm text-error-2">{errors['obtainedOn']}</span>}
              </label>
            </div>
            <label className="flex flex-col gap-1">
              <span className="text-sm font-bold">{t('refer.purpose')}</span>
              <input
                value={purpose}
                maxLength={500}
                onChange={(e) => setPurpose(e.target.value)}
                aria-invalid={Boolean(errors['purpose'])}
                className={INPUT}
              />
              {errors['purpose'] && <span className="text-sm text-error-2">{errors['purpose']}</span>}
            </label>
          </>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-bold">{t('refer.forPartner')}</legend>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-bold">{t('refer.summary')}</span>
          <textarea
            value={summary}
            rows={4}
            maxLength={4000}
            onChange={(e) => setSummary(e.target.value)}
            aria-invalid={Boolean(errors['summary'])}
            aria-describedby="summary-hint"
            className={INPUT}
          />
          <span id="summary-hint" className="text-sm text-solid-gray-700">
            {t('refer.summaryHint')}
          </span>
          {errors['summary'] && <span className="text-sm text-error-2">{errors['summary']}</span>}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={shareName}
            onChange={(e) => setShareName(e.target.checked)}
            className="size-4"
          />
          {t('refer.shareName')}
        </label>
        {texts.length > 0 && (
          <div className="flex flex-col gap-1">
            <span className="text-sm font-bold">{t('refer.messages')}</span>
            <ul className="flex max-h-48 flex-col gap-1 overflow-y-auto rounded-8 border border-solid-gray-200 p-2">
              {texts.map((m) => (
                <li key={m.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={shared.includes(m.id)}
                      onChange={(e) =>
                        setShared(e.target.checked ? [...shared, m.id] : shared.filter((id) => id !== m.id))
                      }
                      className="mt-1 size-4"
                    />
                    <span>
                      <span className="font-bold">
                        {m.direction === 'IN' ? t('message.fromFamily') : t('message.fromUs')}
                      </span>
                      ：{m.text}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
      {can('tenant:case-records:read') && (
        <Suspense fallback={null}>
          <ShareChoice
            conversationId={conversationId}
            chosen={sharedFields}
            onChange={setSharedFields}
            error={errors['sharedAssessmentFields'] && t('records.share.stale')}
          />
        </Suspense>
      )}
      {formError && <Alert>{formError}</Alert>}
      <div className="flex justify-end gap-3">
        <Button variant="secondary" onPress={onDone}>
          {t('refer.cancel')}
        </Button>
        <Button type="submit" isDisabled={busy}>
          {t('refer.send')}
        </Button>
      </div>
    </form>
  );
}
