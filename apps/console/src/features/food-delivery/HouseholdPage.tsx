import './locale';
import { useState, type ReactNode } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { FoodHouseholdAddressQuery, FoodHouseholdQuery, FoodHouseholdStatus } from '../../gql/graphql';
import { messageOf, reasonOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { useShell } from '../shell/useShell';
import { HouseholdForm } from './HouseholdForm';
import type { HouseholdEditInput } from './types';
import {
  APPROVE,
  FOOD_HOUSEHOLD,
  FOOD_HOUSEHOLD_ADDRESS,
  MARK_ELIGIBLE,
  MARK_INELIGIBLE,
  UPDATE_HOUSEHOLD,
  WITHDRAW,
} from './queries';

type Household = NonNullable<FoodHouseholdQuery['foodHousehold']>;
type Revealed = NonNullable<FoodHouseholdAddressQuery['foodHouseholdAddress']>;
const CARD = 'flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6';
const OPEN: FoodHouseholdStatus[] = ['APPLIED', 'ELIGIBLE', 'ENROLLED', 'WAITLISTED'];

/** One household: what it told, where it stands, its address on explicit request (audited), and the staff's decisions. */
export default function HouseholdPage() {
  const { t } = useTranslation();
  const { slug, can } = useShell();
  const { id } = useParams({ from: '/$tenant/programmes/food-delivery/households/$id' });
  const query = useQuery(FOOD_HOUSEHOLD, { variables: { id } });
  // The address is opened only by the audited reveal; editing reuses what was revealed, if anything.
  const [reveal, revealed] = useLazyQuery(FOOD_HOUSEHOLD_ADDRESS, { fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const household = query.data?.foodHousehold;
  if (!household) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const manage = can('tenant:food-delivery:manage');
  const address = revealed.data?.foodHouseholdAddress ?? null;
  return (
    <>
      <p className="mb-2">
        <TextLink
          to="/$tenant/programmes/$programmeId/food-delivery"
          params={{ tenant: slug, programmeId: household.programmeId }}
        >
          {t('food.household.back')}
        </TextLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{household.name}</h1>
      <p className="mb-6 text-lg" data-testid="household-status">
        {t(`food.status.${household.status}`)}
        {household.waitlistPosition ? `（${t('food.household.waitlist', { n: household.waitlistPosition })}）` : ''}
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-6">
          {saved && <Alert tone="success">{t('food.edit.saved')}</Alert>}
          {editing ? (
            <Edit
              household={household}
              address={address}
              onDone={(changed) => {
                setEditing(false);
                setSaved(changed);
                if (changed) {
                  void query.refetch();
                  // A revealed address is read again (audited), so the page never shows the one replaced.
                  if (revealed.called) void revealed.refetch();
                }
              }}
            />
          ) : (
            <Facts
              household={household}
              onEdit={
                manage && household.status !== 'WITHDRAWN'
                  ? () => {
                      setSaved(false);
                      setEditing(true);
                    }
                  : undefined
              }
            />
          )}
          {manage && (
            <Address
              address={address}
              error={revealed.error}
              onReveal={() => void reveal({ variables: { householdId: household.id } })}
            />
          )}
        </div>
        {manage && OPEN.includes(household.status) && (
          <Actions household={household} onChanged={() => void query.refetch()} />
        )}
      </div>
    </>
  );
}

function Edit({
  household: h,
  address,
  onDone,
}: {
  household: Household;
  address: Revealed | null;
  onDone: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_HOUSEHOLD);
  return (
    <section aria-labelledby="edit-heading" className={CARD}>
      <h2 id="edit-heading" className="text-2xl font-bold">
        {t('food.edit.title')}
      </h2>
      <p className="text-solid-gray-700">{t(address ? 'food.edit.addressShown' : 'food.edit.addressHidden')}</p>
      <HouseholdForm
        submitLabel={t('food.edit.save')}
        editing={{ household: h, address }}
        onSubmit={async (input: HouseholdEditInput) => {
          await update({ variables: { input: { ...input, id: h.id } } });
          onDone(true);
        }}
      />
      <div>
        <Button variant="secondary" onPress={() => onDone(false)}>
          {t('food.edit.cancel')}
        </Button>
      </div>
    </section>
  );
}

function Facts({ household: h, onEdit }: { household: Household; onEdit?: () => void }) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <section aria-labelledby="facts-heading" className={CARD}>
      <div className="flex items-center justify-between gap-4">
        <h2 id="facts-heading" className="text-2xl font-bold">
          {t('food.household.facts')}
        </h2>
        {onEdit && (
          <Button variant="secondary" onPress={onEdit}>
            {t('food.edit.open')}
          </Button>
        )}
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {row(t('food.households.area'), h.area)}
        {row(t('food.household.children'), h.childrenBirthMonths.join('、') || t('food.household.noChildren'))}
        {row(t('food.household.basis'), t(`food.basis.${h.eligibilityBasis}`))}
        {h.eligibilityNote && row(t('food.household.note'), h.eligibilityNote)}
        {row(t('food.household.allergies'), h.allergies ?? t('food.household.none'))}
        {row(t('food.household.method'), t(`food.method.${h.preferredMethod}`))}
        {h.preferredTimes && row(t('food.household.times'), h.preferredTimes)}
        {row(t('food.household.visit'), h.visitConsent ? t('food.household.yes') : t('food.household.no'))}
        {row(t('food.household.source'), t(`food.source.${h.source}`))}
        {row(t('food.household.appliedAt'), formatDateTime(h.appliedAt, tenant.timezone))}
        {h.enrolledAt && row(t('food.household.enrolledAt'), formatDateTime(h.enrolledAt, tenant.timezone))}
        {h.statusReason && row(t('food.household.reason'), h.statusReason)}
        {row(
          t('food.household.rounds'),
          h.rounds.length
            ? h.rounds.map((r) => `${r.roundName}（${r.startsOn}〜${r.endsOn}）`).join('、')
            : t('food.household.noRounds'),
        )}
      </dl>
    </section>
  );
}

function Address({ address, error, onReveal }: { address: Revealed | null; error: unknown; onReveal: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="address-heading" className={CARD}>
      <h2 id="address-heading" className="text-2xl font-bold">
        {t('food.household.address')}
      </h2>
      {error ? <Alert>{messageOf(error)}</Alert> : null}
      {address ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2" data-testid="household-address">
          <dt className="font-bold">{t('food.household.postalCode')}</dt>
          <dd>〒{address.postalCode}</dd>
          <dt className="font-bold">{t('food.household.address')}</dt>
          <dd>
            {address.prefecture}
            {address.city}
            {address.street}
            {address.building ? ` ${address.building}` : ''}
          </dd>
          {address.phone && (
            <>
              <dt className="font-bold">{t('food.household.phone')}</dt>
              <dd>{address.phone}</dd>
            </>
          )}
        </dl>
      ) : (
        <>
          <p className="text-solid-gray-700">{t('food.household.addressHidden')}</p>
          <div>
            <Button variant="secondary" onPress={onReveal}>
              {t('food.household.reveal')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function Actions({ household, onChanged }: { household: Household; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [eligible] = useMutation(MARK_ELIGIBLE);
  const [ineligible] = useMutation(MARK_INELIGIBLE);
  const [approve] = useMutation(APPROVE);
  const [withdraw] = useMutation(WITHDRAW);
  const input = { householdId: household.id, reason: reason.trim() || null };
  const run = async (action: () => Promise<FoodHouseholdStatus | undefined>) => {
    setNotice(null);
    setProblem(null);
    try {
      const status = await action();
      if (status) {
        setNotice(
          `${t('food.household.done', { status: t(`food.status.${status}`) })}${household.registrantId ? t('food.household.familyTold') : ''}`,
        );
      }
      setReason('');
      onChanged();
    } catch (error) {
      setProblem(
        reasonOf(error) === 'HOUSEHOLD_TRANSITION_INVALID' ? t('food.household.invalidMove') : messageOf(error),
      );
    }
  };
  const s = household.status;
  return (
    <section aria-labelledby="actions-heading" className={CARD}>
      <h2 id="actions-heading" className="text-2xl font-bold">
        {t('food.household.actions')}
      </h2>
      {notice && <Alert tone="success">{notice}</Alert>}
      {problem && <Alert>{problem}</Alert>}
      {s === 'APPLIED' && (
        <Button
          onPress={() =>
            void run(async () => (await eligible({ variables: { input } })).data?.markFoodHouseholdEligible.status)
          }
        >
          {t('food.household.eligible')}
        </Button>
      )}
      {s === 'ELIGIBLE' && (
        <Button
          onPress={() =>
            void run(async () => (await approve({ variables: { input } })).data?.approveFoodHousehold.status)
          }
        >
          {t('food.household.approve')}
        </Button>
      )}
      <label className="flex flex-col gap-1">
        <span className="font-bold text-solid-gray-800">{t('food.household.reasonLabel')}</span>
        <textarea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={3}
          className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow"
        />
      </label>
      {(s === 'APPLIED' || s === 'ELIGIBLE') && (
        <Button
          variant="secondary"
          onPress={() =>
            void run(async () => (await ineligible({ variables: { input } })).data?.markFoodHouseholdIneligible.status)
          }
        >
          {t('food.household.ineligible')}
        </Button>
      )}
      <Button
        variant="secondary"
        onPress={() =>
          void run(async () => (await withdraw({ variables: { input } })).data?.withdrawFoodHousehold.status)
        }
      >
        {t('food.household.withdraw')}
      </Button>
    </section>
  );
}
