import './locale';
import '../onboarding/locale';
import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { messageOf, reasonOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { InviteForm, PendingInvitations } from '../members/Invitations';
import { ACTIVATE_TENANT, REQUEST_EMERGENCY_ACCESS, TENANT_ONBOARDING } from './queries';

/** The platform's zone: these pages belong to no tenant. */
const PLATFORM_ZONE = 'Asia/Tokyo';
/** The API's minimum for an audited reason (activation before completion, emergency access). */
const MIN_REASON = 20;

/** One city, for the platform admin: its checklist, its first admin's invitation, activation and emergency access. */
export default function TenantPage() {
  const { t, i18n } = useTranslation();
  const { slug } = useParams({ from: '/platform/tenants/$slug' });
  const tenants = useQuery(TENANT_ONBOARDING, { fetchPolicy: 'cache-and-network' });
  const entry = tenants.data?.tenantOnboarding?.find((x) => x.tenant.slug === slug);
  if (!tenants.data?.tenantOnboarding)
    return <QueryProblem error={tenants.error} onRetry={() => void tenants.refetch()} />;
  if (!entry) return <Alert>{t('platformTenants.detail.notFound')}</Alert>;
  const { tenant, checklist } = entry;
  const name = i18n.language === 'en' ? tenant.nameEn : tenant.nameJa;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{name}</h1>
      <p className="mb-6 text-solid-gray-700">
        {tenant.prefecture}・{tenant.localGovernmentCode}・{t(`onboarding.status.${tenant.status}`)}
      </p>
      <div className="flex flex-col gap-8">
        <section aria-labelledby="tenant-checklist" className="rounded-12 border border-solid-gray-200 bg-white p-6">
          <h2 id="tenant-checklist" className="mb-4 text-xl font-bold">
            {t('platformTenants.detail.checklist')}
          </h2>
          <ul className="flex flex-col gap-2" data-testid="tenant-checklist">
            {checklist.items.map((item) => (
              <li key={item.item}>
                <span className={`font-bold ${item.done ? 'text-success-2' : 'text-error-2'}`}>
                  {item.done ? t('platformTenants.detail.done') : t('platformTenants.detail.todo')}
                </span>{' '}
                {t(`platformTenants.item.${item.item}`)}
                {!item.done && (
                  <span className="text-solid-gray-700">：{t(`onboarding.missingItem.${item.item}`)}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
        {tenant.status === 'ONBOARDING' && (
          <>
            <InviteForm roles={['TENANT_ADMIN']} tenantSlug={slug} />
            <PendingInvitations tenantSlug={slug} timezone={PLATFORM_ZONE} />
          </>
        )}
        <Activation
          slug={slug}
          name={name}
          active={tenant.status === 'ACTIVE'}
          complete={checklist.complete}
          onChanged={() => void tenants.refetch()}
        />
        <EmergencyAccess slug={slug} />
      </div>
    </>
  );
}

function ReasonField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error: string | null;
}) {
  const id = useId();
  return (
    <div className="flex max-w-xl flex-col gap-1">
      <label htmlFor={id} className="font-bold text-solid-gray-800">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-error-2">
          {error}
        </p>
      )}
    </div>
  );
}

function Activation({
  slug,
  name,
  active,
  complete,
  onChanged,
}: {
  slug: string;
  name: string;
  active: boolean;
  complete: boolean;
  /** Reads the city again: after its activation, or when the API found its checklist incomplete. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [activate, { loading }] = useMutation(ACTIVATE_TENANT);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const run = async () => {
    setNotice(null);
    setFieldError(null);
    if (!complete && reason.trim().length < MIN_REASON) {
      setFieldError(t('platformTenants.detail.reasonShort'));
      return;
    }
    try {
      await activate({ variables: { input: { slug, ...(complete ? {} : { reason: reason.trim() }) } } });
      setNotice({ tone: 'success', text: t('platformTenants.detail.activated', { name }) });
      onChanged();
    } catch (error) {
      // The checklist changed since the page was read: read it again, which brings the reason field back.
      if (reasonOf(error) === 'ONBOARDING_INCOMPLETE') {
        setNotice({ tone: 'error', text: t('platformTenants.detail.activateIncomplete') });
        onChanged();
      } else {
        setNotice({ tone: 'error', text: messageOf(error) });
      }
    }
  };
  return (
    <section aria-labelledby="tenant-activation" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="tenant-activation" className="mb-2 text-xl font-bold">
        {t('platformTenants.detail.activate')}
      </h2>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {active ? (
        <p>{t('platformTenants.detail.active')}</p>
      ) : (
        <div className="mt-2 flex flex-col gap-4">
          <p>{complete ? t('platformTenants.detail.activateLead') : t('platformTenants.detail.activateIncomplete')}</p>
          {!complete && (
            <ReasonField
              label={t('platformTenants.detail.reason')}
              value={reason}
              onChange={setReason}
              error={fieldError}
            />
          )}
          <div>
            <Button onPress={() => void run()} isDisabled={loading}>
              {t('platformTenants.detail.activateButton')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Minutes and seconds left until `until`, ticking every second; null once it has passed. */
function useRemaining(until: string | null): string | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  if (!until) return null;
  const left = Math.max(0, Math.floor((new Date(until).getTime() - now) / 1000));
  if (left === 0) return null;
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

function EmergencyAccess({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(REQUEST_EMERGENCY_ACCESS);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [grant, setGrant] = useState<{ expiresAt: string } | null>(null);
  const remaining = useRemaining(grant?.expiresAt ?? null);
  const run = async () => {
    setProblem(null);
    setFieldError(null);
    if (reason.trim().length < MIN_REASON) {
      setFieldError(t('platformTenants.detail.reasonShort'));
      return;
    }
    try {
      const { data } = await request({ variables: { input: { tenantSlug: slug, reason: reason.trim() } } });
      if (data) setGrant({ expiresAt: String(data.requestEmergencyAccess.expiresAt) });
      setReason('');
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <section aria-labelledby="tenant-emergency" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="tenant-emergency" className="mb-2 text-xl font-bold">
        {t('platformTenants.detail.emergency')}
      </h2>
      <p className="mb-4">{t('platformTenants.detail.emergencyLead')}</p>
      {problem && <Alert>{problem}</Alert>}
      {grant && remaining ? (
        <div className="flex flex-col gap-2">
          {/* Not a live region (it changes every second); the status below announces the end time once. */}
          <p className="text-2xl font-bold text-error-2" data-testid="emergency-countdown">
            {t('platformTenants.detail.emergencyActive', { remaining })}
          </p>
          <p role="status">
            {t('platformTenants.detail.emergencyUntil', { time: formatDateTime(grant.expiresAt, PLATFORM_ZONE) })}
          </p>
          <p>
            <TextLink to="/$tenant/inbox" params={{ tenant: slug }} search={{}}>
              {t('platformTenants.detail.emergencyOpen')}
            </TextLink>
          </p>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          {grant && <Alert tone="info">{t('platformTenants.detail.emergencyExpired')}</Alert>}
          <ReasonField
            label={t('platformTenants.detail.emergencyReason')}
            value={reason}
            onChange={setReason}
            error={fieldError}
          />
          <div>
            <Button variant="secondary" onPress={() => void run()} isDisabled={loading}>
              {t('platformTenants.detail.emergencyButton')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
