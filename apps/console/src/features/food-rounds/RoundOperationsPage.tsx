import './locale';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type {
  AssignFoodDeliveriesInput,
  DeliveryMethod,
  DeliveryObservation,
  DeliveryOutcome,
  FoodRoundOperationsQuery,
  FoodRoundStatus,
  RoundDeliveryFieldsFragment,
} from '../../gql/graphql';
import { downloadWithToken } from '../../lib/download';
import { messageOf, reasonOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import {
  ASSIGN_DELIVERIES,
  CHANGE_ROUND_STATUS,
  EXPORT_COURIER_CSV,
  RECORD_DELIVERY,
  ROUND_OPERATIONS,
} from './queries';

type Operations = NonNullable<FoodRoundOperationsQuery['foodRoundOperations']>;

const OUTCOMES: DeliveryOutcome[] = ['DELIVERED', 'ABSENT', 'REDELIVERY_ARRANGED', 'REFUSED'];
const OBSERVATIONS: DeliveryObservation[] = ['FINE', 'CONCERN', 'URGENT'];
type Notice = { tone: 'success' | 'error'; text: string } | null;

/** The moves the API allows from each status (ROUND_TRANSITIONS), forward first. */
const NEXT_STATUSES: Record<FoodRoundStatus, FoodRoundStatus[]> = {
  PLANNED: ['PACKING', 'CANCELLED'],
  PACKING: ['DELIVERING', 'PLANNED', 'CANCELLED'],
  DELIVERING: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
};

const TABLE = 'w-full border-collapse text-left';
const TH = 'border-b-2 border-solid-gray-600 px-3 py-2 font-bold';
const TD = 'border-b border-solid-gray-200 px-3 py-2 align-top';
const TAB =
  'cursor-pointer rounded-t-8 border border-b-0 border-transparent px-4 py-2 font-bold text-solid-gray-800 selected:border-solid-gray-300 selected:bg-white selected:text-blue-900 hover:bg-solid-gray-50 focus-visible:outline-4 focus-visible:outline-focus-yellow';

/** A food-delivery round's operations: 梱包リスト, 配達割当, 結果と様子, 宅配CSV. */
export default function RoundOperationsPage() {
  const { t } = useTranslation();
  const { roundId } = useParams({ from: '/$tenant/food-delivery/rounds/$roundId' });
  const query = useQuery(ROUND_OPERATIONS, { variables: { roundId } });
  const ops = query.data?.foodRoundOperations;
  if (!ops) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const { round } = ops;
  return (
    <>
      <h1 className="mb-1 text-3xl font-bold">
        {round.name}
        <span className="ml-3 rounded-full bg-solid-gray-100 px-3 py-1 align-middle text-base font-bold text-solid-gray-800">
          {t(`foodRounds.status.${round.status}`)}
        </span>
      </h1>
      <p className="mb-6 text-solid-gray-700">
        {t('foodRounds.lead', { starts: round.startsOn, ends: round.endsOn, capacity: round.capacity })}
      </p>
      <StatusPanel ops={ops} />
      <Tabs>
        <TabList aria-label={t('foodRounds.tabs.label')} className="flex gap-1 border-b border-solid-gray-300">
          <Tab id="packing" className={TAB}>
            {t('foodRounds.tabs.packing')}
          </Tab>
          <Tab id="assignment" className={TAB}>
            {t('foodRounds.tabs.assignment')}
          </Tab>
          <Tab id="outcomes" className={TAB}>
            {t('foodRounds.tabs.outcomes')}
          </Tab>
          <Tab id="courier" className={TAB}>
            {t('foodRounds.tabs.courier')}
          </Tab>
        </TabList>
        <TabPanel id="packing" className="pt-6 outline-none">
          <PackingPanel ops={ops} />
        </TabPanel>
        <TabPanel id="assignment" className="pt-6 outline-none">
          <AssignmentPanel ops={ops} />
        </TabPanel>
        <TabPanel id="outcomes" className="pt-6 outline-none">
          <OutcomesPanel ops={ops} />
        </TabPanel>
        <TabPanel id="courier" className="pt-6 outline-none">
          <CourierPanel ops={ops} />
        </TabPanel>
      </Tabs>
    </>
  );
}

/** Where the round stands and, for those who manage food delivery, the moves it may make next. */
function StatusPanel({ ops }: { ops: Operations }) {
  const { t } = useTranslation();
  const { can } = useShell();
  const { round } = ops;
  const [change, { loading }] = useMutation(CHANGE_ROUND_STATUS, { refetchQueries: ['FoodRoundOperations'] });
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const next = can('tenant:food-delivery:manage') ? NEXT_STATUSES[round.status] : [];
  const move = async (status: FoodRoundStatus) => {
    setNotice(null);
    setConfirming(false);
    try {
      await change({ variables: { input: { id: round.id, status } } });
      setNotice({ tone: 'success', text: t(`foodRounds.statusChange.done.${status}`) });
    } catch (error) {
      setNotice({ tone: 'error', text: refusal(error, status) });
    }
  };
  const refusal = (error: unknown, status: FoodRoundStatus): string => {
    const reason = reasonOf(error);
    if (reason === 'FOOD_ROUND_OUTCOMES_MISSING') {
      const count = /^(\d+)/.exec(messageOf(error))?.[1] ?? ops.deliveries.filter((d) => !d.outcome).length;
      return t('foodRounds.statusChange.outcomesMissing', { count: Number(count) });
    }
    if (reason === 'FOOD_ROUND_TRANSITION_INVALID') {
      return t('foodRounds.statusChange.invalid', {
        from: t(`foodRounds.status.${round.status}`),
        to: t(`foodRounds.status.${status}`),
      });
    }
    return t('foodRounds.failed', { message: messageOf(error) });
  };
  return (
    <section
      aria-labelledby="round-status-heading"
      className="mb-6 flex flex-col gap-3 rounded-12 border border-solid-gray-200 bg-white p-4"
    >
      <h2 id="round-status-heading" className="text-lg font-bold">
        {t('foodRounds.statusChange.heading')}
        <span data-testid="round-status" className="ml-2">
          {t(`foodRounds.status.${round.status}`)}
        </span>
      </h2>
      <p className="text-solid-gray-700">{t(`foodRounds.statusChange.hint.${round.status}`)}</p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {next.length > 0 && (
        <div className="flex flex-wrap gap-3">
          {next.map((status) => (
            <Button
              key={status}
              variant={status === next[0] ? 'primary' : 'secondary'}
              isDisabled={loading}
              onPress={() => (status === 'CANCELLED' ? setConfirming(true) : void move(status))}
            >
              {t(`foodRounds.statusChange.to.${status}`)}
            </Button>
          ))}
        </div>
      )}
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="cancel-round-question"
          className="flex flex-col gap-3 rounded-8 bg-red-50 p-4"
        >
          <p id="cancel-round-question" className="font-bold">
            {t('foodRounds.statusChange.confirmCancel', { count: ops.packing.households })}
          </p>
          <div className="flex gap-3">
            <Button isDisabled={loading} onPress={() => void move('CANCELLED')}>
              {t('foodRounds.statusChange.confirmYes')}
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              {t('foodRounds.statusChange.confirmNo')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function PackingPanel({ ops }: { ops: Operations }) {
  const { t } = useTranslation();
  const { packing } = ops;
  return (
    <div className="flex flex-col gap-8">
      <p className="text-lg font-bold" data-testid="packing-summary">
        {t('foodRounds.packing.summary', {
          households: packing.households,
          children: packing.children,
          allergies: packing.householdsWithAllergies,
        })}
      </p>
      <div className="flex flex-wrap gap-8">
        <table className={`${TABLE} max-w-xs`}>
          <caption className="mb-2 text-left font-bold">{t('foodRounds.packing.bandsCaption')}</caption>
          <thead>
            <tr>
              <th className={TH}>{t('foodRounds.packing.band')}</th>
              <th className={`${TH} text-right`}>{t('foodRounds.packing.children')}</th>
            </tr>
          </thead>
          <tbody>
            {packing.ageBands.map((b) => (
              <tr key={b.band}>
                <td className={TD}>{t(`foodRounds.band.${b.band}`)}</td>
                <td className={`${TD} text-right`}>{b.children}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className={`${TABLE} max-w-3xl flex-1`}>
          <caption className="mb-2 text-left font-bold">{t('foodRounds.packing.itemsCaption')}</caption>
          <thead>
            <tr>
              <th className={TH}>{t('foodRounds.packing.item')}</th>
              <th className={`${TH} text-right`}>{t('foodRounds.packing.quantity')}</th>
              <th className={`${TH} text-right`}>{t('foodRounds.packing.perHousehold')}</th>
              <th className={TH}>{t('foodRounds.packing.allergens')}</th>
              <th className={`${TH} text-right`}>{t('foodRounds.packing.warned')}</th>
            </tr>
          </thead>
          <tbody>
            {packing.items.length === 0 && (
              <tr>
                <td className={TD} colSpan={5}>
                  {t('foodRounds.packing.noItems')}
                </td>
              </tr>
            )}
            {packing.items.map((item) => (
              <tr key={item.name}>
                <td className={TD}>{item.name}</td>
                <td className={`${TD} text-right`}>{item.quantity}</td>
                <td className={`${TD} text-right`}>{item.perHousehold ?? '—'}</td>
                <td className={TD}>{item.allergens.join('、') || '—'}</td>
                <td className={`${TD} text-right ${item.warnedHouseholds > 0 ? 'font-bold text-error-2' : ''}`}>
                  {item.warnedHouseholds}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className={TABLE} data-testid="packing-households">
        <caption className="mb-2 text-left font-bold">{t('foodRounds.packing.householdsCaption')}</caption>
        <thead>
          <tr>
            <th className={TH}>{t('foodRounds.packing.household')}</th>
            <th className={TH}>{t('foodRounds.packing.area')}</th>
            <th className={TH}>{t('foodRounds.packing.ages')}</th>
            <th className={TH}>{t('foodRounds.packing.allergies')}</th>
            <th className={TH}>{t('foodRounds.packing.warnings')}</th>
            <th className={TH}>{t('foodRounds.packing.method')}</th>
          </tr>
        </thead>
        <tbody>
          {packing.rows.length === 0 && (
            <tr>
              <td className={TD} colSpan={6}>
                {t('foodRounds.packing.empty')}
              </td>
            </tr>
          )}
          {packing.rows.map((row) => (
            <tr key={row.placeId} className={row.warnings.length > 0 ? 'bg-red-50' : undefined}>
              <th scope="row" className={`${TD} font-bold`}>
                {row.name}
              </th>
              <td className={TD}>{row.area}</td>
              <td className={TD}>{row.childrenAges.map((age) => t('foodRounds.packing.age', { age })).join('・')}</td>
              <td className={TD}>{row.allergies ?? t('foodRounds.packing.none')}</td>
              <td className={TD}>
                {row.warnings.length === 0 ? (
                  '—'
                ) : (
                  <ul className="font-bold text-error-2">
                    {row.warnings.map((w) => (
                      <li key={`${w.itemName}-${w.allergen}`}>
                        <span aria-hidden="true">⚠ </span>
                        {t('foodRounds.packing.warning', { item: w.itemName, allergen: w.allergen })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={TD}>{t(`foodRounds.method.${row.method}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `COURIER` or `HAND:<userId>`: one select for a household's method and deliverer. */
function assignmentValue(d: RoundDeliveryFieldsFragment): string {
  if (d.method === 'COURIER') return 'COURIER';
  if (d.method === 'HAND' && d.assignee) return `HAND:${d.assignee.userId}`;
  return '';
}

function AssignmentPanel({ ops }: { ops: Operations }) {
  const { t } = useTranslation();
  const [assign, { loading }] = useMutation(ASSIGN_DELIVERIES, { refetchQueries: ['FoodRoundOperations'] });
  const [notice, setNotice] = useState<Notice>(null);
  const [area, setArea] = useState(ops.areas[0]?.area ?? '');
  const [method, setMethod] = useState<string>('HAND');
  const [deliverer, setDeliverer] = useState('');
  const [choices, setChoices] = useState<Record<string, string>>({});
  const choiceOptions = [
    { value: '', label: t('foodRounds.method.none') },
    { value: 'COURIER', label: t('foodRounds.method.COURIER') },
    ...ops.deliverers.map((p) => ({
      value: `HAND:${p.userId}`,
      label: `${t('foodRounds.method.HAND')}：${p.displayName}`,
    })),
  ];
  const run = async (input: AssignFoodDeliveriesInput, success: string) => {
    setNotice(null);
    try {
      await assign({ variables: { input } });
      setNotice({ tone: 'success', text: success });
    } catch (error) {
      setNotice({ tone: 'error', text: t('foodRounds.failed', { message: messageOf(error) }) });
    }
  };
  const areaCount = ops.areas.find((a) => a.area === area)?.households ?? 0;
  return (
    <div className="flex flex-col gap-8">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <table className={`${TABLE} max-w-3xl`}>
        <caption className="mb-2 text-left font-bold">{t('foodRounds.assignment.areasCaption')}</caption>
        <thead>
          <tr>
            <th className={TH}>{t('foodRounds.assignment.area')}</th>
            <th className={`${TH} text-right`}>{t('foodRounds.assignment.households')}</th>
            <th className={`${TH} text-right`}>{t('foodRounds.assignment.hand')}</th>
            <th className={`${TH} text-right`}>{t('foodRounds.assignment.courier')}</th>
            <th className={`${TH} text-right`}>{t('foodRounds.assignment.unassigned')}</th>
          </tr>
        </thead>
        <tbody>
          {ops.areas.map((a) => (
            <tr key={a.area}>
              <th scope="row" className={`${TD} font-bold`}>
                {a.area}
              </th>
              <td className={`${TD} text-right`}>{a.households}</td>
              <td className={`${TD} text-right`}>{a.hand}</td>
              <td className={`${TD} text-right`}>{a.courier}</td>
              <td className={`${TD} text-right ${a.unassigned > 0 ? 'font-bold text-error-2' : ''}`}>{a.unassigned}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="by-area" className="max-w-3xl rounded-12 border border-solid-gray-200 p-4">
        <h2 id="by-area" className="mb-3 text-xl font-bold">
          {t('foodRounds.assignment.byAreaTitle')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Select
            label={t('foodRounds.assignment.chooseArea')}
            value={area}
            onChange={setArea}
            options={ops.areas.map((a) => ({ value: a.area, label: `${a.area}（${a.households}）` }))}
          />
          <Select
            label={t('foodRounds.assignment.method')}
            value={method}
            onChange={setMethod}
            options={[
              { value: 'HAND', label: t('foodRounds.method.HAND') },
              { value: 'COURIER', label: t('foodRounds.method.COURIER') },
            ]}
          />
          <Select
            label={t('foodRounds.assignment.deliverer')}
            value={method === 'HAND' ? deliverer : ''}
            onChange={setDeliverer}
            disabled={method !== 'HAND'}
            options={[
              { value: '', label: t('foodRounds.assignment.chooseDeliverer') },
              ...ops.deliverers.map((p) => ({ value: p.userId, label: p.displayName })),
            ]}
          />
        </div>
        <Button
          className="mt-4"
          isDisabled={loading || !area || (method === 'HAND' && !deliverer)}
          onPress={() =>
            void run(
              {
                roundId: ops.round.id,
                area,
                method: method as DeliveryMethod,
                assigneeUserId: method === 'HAND' ? deliverer : null,
              },
              t('foodRounds.assignment.saved', { count: areaCount }),
            )
          }
        >
          {t('foodRounds.assignment.assignArea')}
        </Button>
      </section>
      <table className={TABLE}>
        <caption className="mb-2 text-left font-bold">{t('foodRounds.assignment.householdsCaption')}</caption>
        <thead>
          <tr>
            <th className={TH}>{t('foodRounds.assignment.household')}</th>
            <th className={TH}>{t('foodRounds.assignment.area')}</th>
            <th className={TH}>{t('foodRounds.assignment.preferred')}</th>
            <th className={TH}>{t('foodRounds.assignment.times')}</th>
            <th className={TH}>{t('foodRounds.assignment.change')}</th>
          </tr>
        </thead>
        <tbody>
          {ops.deliveries.map((d) => {
            const value = choices[d.placeId] ?? assignmentValue(d);
            return (
              <tr key={d.placeId}>
                <th scope="row" className={`${TD} font-bold`}>
                  {d.name}
                  {!d.visitConsent && (
                    <span className="block text-sm font-normal text-solid-gray-700">
                      {t('foodRounds.assignment.visitNo')}
                    </span>
                  )}
                </th>
                <td className={TD}>{d.area}</td>
                <td className={TD}>{t(`foodRounds.method.${d.preferredMethod}`)}</td>
                <td className={TD}>{d.preferredTimes ?? '—'}</td>
                <td className={TD}>
                  <div className="flex flex-wrap items-end gap-2">
                    <Select
                      label={t('foodRounds.assignment.current')}
                      value={value}
                      onChange={(v) => setChoices((c) => ({ ...c, [d.placeId]: v }))}
                      options={choiceOptions}
                    />
                    <Button
                      variant="secondary"
                      aria-label={t('foodRounds.assignment.assignOne', { name: d.name })}
                      isDisabled={loading || !value || value === assignmentValue(d)}
                      onPress={() => {
                        const [m, userId] = value.split(':');
                        void run(
                          {
                            roundId: ops.round.id,
                            placeIds: [d.placeId],
                            method: m as DeliveryMethod,
                            assigneeUserId: userId ?? null,
                          },
                          t('foodRounds.assignment.savedOne', { name: d.name }),
                        );
                      }}
                    >
                      {t('foodRounds.outcomes.saveShort')}
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OutcomesPanel({ ops }: { ops: Operations }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>(null);
  const delivering = ops.round.status === 'DELIVERING';
  return (
    <div className="flex flex-col gap-4">
      <p className="text-solid-gray-800">{t('foodRounds.outcomes.urgentHint')}</p>
      {!delivering && <Alert tone="info">{t('foodRounds.outcomes.notDelivering')}</Alert>}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <table className={TABLE}>
        <caption className="mb-2 text-left font-bold">{t('foodRounds.outcomes.caption')}</caption>
        <thead>
          <tr>
            <th className={TH}>{t('foodRounds.outcomes.household')}</th>
            <th className={TH}>{t('foodRounds.outcomes.method')}</th>
            <th className={TH}>{t('foodRounds.outcomes.recordedBy')}</th>
            <th className={TH}>{t('foodRounds.outcomes.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {ops.deliveries.map((d) => (
            <OutcomeRow key={d.placeId} roundId={ops.round.id} delivery={d} open={delivering} onNotice={setNotice} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutcomeRow({
  roundId,
  delivery: d,
  open,
  onNotice,
}: {
  roundId: string;
  delivery: RoundDeliveryFieldsFragment;
  /** Outcomes are recorded while the round is out for delivery. */
  open: boolean;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const noteId = useId();
  const [record, { loading }] = useMutation(RECORD_DELIVERY, { refetchQueries: ['FoodRoundOperations'] });
  const [outcome, setOutcome] = useState<string>(d.outcome ?? '');
  const [observation, setObservation] = useState<string>(d.observation ?? '');
  const [note, setNote] = useState(d.observationNote ?? '');
  const method = d.method ?? d.preferredMethod;
  const hand = method === 'HAND';
  const worrying = d.observation === 'URGENT' || d.observation === 'CONCERN';
  const rowTone =
    d.observation === 'URGENT'
      ? 'bg-red-50 border-l-4 border-l-error-1'
      : d.observation === 'CONCERN'
        ? 'bg-yellow-50'
        : '';
  const save = async () => {
    onNotice(null);
    try {
      const res = await record({
        variables: {
          input: {
            roundId,
            householdId: d.householdId,
            outcome: outcome as DeliveryOutcome,
            observation: hand && observation ? (observation as DeliveryObservation) : null,
            observationNote: hand && observation && note.trim() ? note.trim() : null,
          },
        },
      });
      const raised = res.data?.recordFoodDelivery.taskId && (observation === 'CONCERN' || observation === 'URGENT');
      onNotice({
        tone: 'success',
        text: t(raised ? 'foodRounds.outcomes.savedTask' : 'foodRounds.outcomes.saved', { name: d.name }),
      });
    } catch (error) {
      onNotice({ tone: 'error', text: t('foodRounds.failed', { message: messageOf(error) }) });
    }
  };
  return (
    <tr className={rowTone} data-testid={`outcome-${d.householdId}`}>
      <th scope="row" className={`${TD} font-bold`}>
        {d.name}
        <span className="block text-sm font-normal text-solid-gray-700">{d.area}</span>
        {worrying && (
          <span
            className={`mt-1 inline-block rounded-full px-2 py-0.5 text-sm font-bold ${
              d.observation === 'URGENT' ? 'bg-error-1 text-white' : 'bg-yellow-300 text-solid-gray-900'
            }`}
          >
            {t(`foodRounds.observation.${d.observation}`)}
            {d.taskId && `・${t(d.taskOpen ? 'foodRounds.outcomes.taskOpen' : 'foodRounds.outcomes.taskDone')}`}
          </span>
        )}
      </th>
      <td className={TD}>
        {t(`foodRounds.method.${method}`)}
        {d.assignee && <span className="block text-sm text-solid-gray-700">{d.assignee.displayName}</span>}
      </td>
      <td className={`${TD} text-sm`}>
        {d.outcome ? (
          <>
            <span className="font-bold">{t(`foodRounds.outcome.${d.outcome}`)}</span>
            {d.observation && <span className="block">{t(`foodRounds.observation.${d.observation}`)}</span>}
            {d.observationNote && <span className="block">「{d.observationNote}」</span>}
            <span className="block text-solid-gray-700">
              {d.outcomeBy?.displayName} {d.outcomeAt ? formatDateTime(d.outcomeAt, tenant.timezone) : ''}
            </span>
          </>
        ) : (
          t('foodRounds.outcomes.none')
        )}
      </td>
      <td className={TD}>
        <div className="flex flex-wrap items-end gap-2">
          <Select
            label={t('foodRounds.outcomes.outcome')}
            value={outcome}
            onChange={setOutcome}
            options={[
              { value: '', label: t('foodRounds.outcomes.choose') },
              ...OUTCOMES.map((o) => ({ value: o, label: t(`foodRounds.outcome.${o}`) })),
            ]}
          />
          {hand ? (
            <>
              <Select
                label={t('foodRounds.outcomes.observation')}
                value={observation}
                onChange={setObservation}
                options={[
                  { value: '', label: t('foodRounds.outcomes.choose') },
                  ...OBSERVATIONS.map((o) => ({
                    value: o,
                    label: t(`foodRounds.observation.${o}`),
                  })),
                ]}
              />
              <div className="flex flex-col gap-1">
                <label htmlFor={noteId} className="text-sm font-bold text-solid-gray-800">
                  {t('foodRounds.outcomes.note')}
                </label>
                <input
                  id={noteId}
                  value={note}
                  maxLength={500}
                  disabled={!observation}
                  onChange={(e) => setNote(e.target.value)}
                  className="w-56 rounded-8 border border-solid-gray-600 px-2 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow disabled:bg-solid-gray-50"
                />
              </div>
            </>
          ) : (
            <span className="pb-2 text-sm text-solid-gray-700">{t('foodRounds.outcomes.courierNoObservation')}</span>
          )}
          <Button
            variant="secondary"
            aria-label={t('foodRounds.outcomes.save', { name: d.name })}
            isDisabled={loading || !outcome || !open}
            onPress={() => void save()}
          >
            {t('foodRounds.outcomes.saveShort')}
          </Button>
        </div>
      </td>
    </tr>
  );
}

function CourierPanel({ ops }: { ops: Operations }) {
  const { t } = useTranslation();
  const [exportCsv, { loading }] = useMutation(EXPORT_COURIER_CSV);
  const [notice, setNotice] = useState<Notice>(null);
  const [replaced, setReplaced] = useState(0);
  const [fields, setFields] = useState({
    shipOn: ops.round.startsOn,
    name: '',
    phone: '',
    postalCode: '',
    address: '',
    itemName: '',
    billingCustomerCode: '',
    freightNumber: '',
  });
  const field = (key: keyof typeof fields, label: string, required = false) => (
    <LabelledInput
      label={label}
      value={fields[key]}
      required={required}
      onChange={(value) => setFields((f) => ({ ...f, [key]: value }))}
    />
  );
  const submit = async () => {
    setNotice(null);
    setReplaced(0);
    try {
      const res = await exportCsv({
        variables: {
          input: {
            roundId: ops.round.id,
            shipOn: fields.shipOn.trim(),
            sender: {
              name: fields.name.trim(),
              phone: fields.phone.trim(),
              postalCode: fields.postalCode.trim(),
              address: fields.address.trim(),
            },
            itemName: fields.itemName.trim() || null,
            billingCustomerCode: fields.billingCustomerCode.trim() || null,
            freightNumber: fields.freightNumber.trim() || null,
          },
        },
      });
      // A refusal is thrown above (the client's default error policy): no data means nothing to fetch.
      const result = res.data?.exportFoodCourierCsv;
      if (!result) return;
      await downloadWithToken(result.url, `宅配_${ops.round.name}.csv`);
      setReplaced(result.replacedCharacters);
      setNotice({ tone: 'success', text: t('foodRounds.courier.exported', { count: result.households }) });
    } catch (error) {
      setNotice({ tone: 'error', text: t('foodRounds.failed', { message: messageOf(error) }) });
    }
  };
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p>{t('foodRounds.courier.lead')}</p>
      <p className="text-lg font-bold" data-testid="courier-count">
        {ops.courierHouseholds > 0
          ? t('foodRounds.courier.count', { count: ops.courierHouseholds })
          : t('foodRounds.courier.none')}
      </p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {replaced > 0 && <Alert tone="error">{t('foodRounds.courier.replaced', { count: replaced })}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {field('shipOn', t('foodRounds.courier.shipOn'), true)}
        {field('name', t('foodRounds.courier.senderName'), true)}
        {field('phone', t('foodRounds.courier.senderPhone'), true)}
        {field('postalCode', t('foodRounds.courier.senderPostalCode'), true)}
        {field('address', t('foodRounds.courier.senderAddress'), true)}
        {field('itemName', t('foodRounds.courier.itemName'))}
        {field('billingCustomerCode', t('foodRounds.courier.billingCustomerCode'))}
        {field('freightNumber', t('foodRounds.courier.freightNumber'))}
      </div>
      <div>
        <Button isDisabled={loading || ops.courierHouseholds === 0} onPress={() => void submit()}>
          {t('foodRounds.courier.export')}
        </Button>
      </div>
    </div>
  );
}

function LabelledInput({
  label,
  value,
  onChange,
  required,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-bold text-solid-gray-800">
        {label}
      </label>
      <input
        id={id}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        className="rounded-8 border border-solid-gray-600 px-2 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
      />
    </div>
  );
}
