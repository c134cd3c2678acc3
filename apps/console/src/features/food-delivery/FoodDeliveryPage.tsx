import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FoodHouseholdStatus, FoodHouseholdsQuery, FoodRoundsQuery } from '../../gql/graphql';
import { applyApiErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useShell } from '../shell/useShell';
import { CREATE_FOOD_ROUND, FOOD_HOUSEHOLDS, FOOD_PROGRAMME, FOOD_ROUNDS } from './queries';

const STATUSES: FoodHouseholdStatus[] = ['APPLIED', 'ELIGIBLE', 'ENROLLED', 'WAITLISTED', 'INELIGIBLE', 'WITHDRAWN'];
const CARD = 'flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6';
const PAGE = 50;

type Connection = NonNullable<FoodHouseholdsQuery['foodHouseholds']>;
type Household = Connection['edges'][number]['node'];
type Round = NonNullable<FoodRoundsQuery['foodRounds']>[number];

/** A food-delivery programme: its rounds (capacity and places taken) and its households, the waitlist in order. */
export default function FoodDeliveryPage() {
  const { t } = useTranslation();
  const { slug, can } = useShell();
  const { programmeId } = useParams({ from: '/$tenant/programmes/$programmeId/food-delivery' });
  const { household: status } = useSearch({ from: '/$tenant/programmes/$programmeId/food-delivery' });
  const navigate = useNavigate();
  const manage = can('tenant:food-delivery:manage');
  const programme = useQuery(FOOD_PROGRAMME, { variables: { id: programmeId } });
  const rounds = useQuery(FOOD_ROUNDS, { variables: { programmeId } });
  const households = useQuery(FOOD_HOUSEHOLDS, {
    variables: { programmeId, statuses: status ? [status] : null, first: PAGE },
  });
  const name = programme.data?.programme?.name;
  const roundList = rounds.data?.foodRounds;
  const connection = households.data?.foodHouseholds;
  if (!name || !roundList || !connection) {
    return (
      <QueryProblem
        error={programme.error ?? rounds.error ?? households.error}
        onRetry={() => void Promise.all([programme.refetch(), rounds.refetch(), households.refetch()])}
      />
    );
  }
  return (
    <>
      <p className="mb-2">
        <TextLink to="/$tenant/programmes" params={{ tenant: slug }}>
          {t('food.back')}
        </TextLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('food.title', { name })}</h1>
      <p className="mb-6 text-solid-gray-700">{t('food.lead')}</p>
      <div className="flex flex-col gap-6">
        <Rounds
          rounds={roundList}
          programmeId={programmeId}
          manage={manage}
          onCreated={() => void Promise.all([rounds.refetch(), households.refetch()])}
        />
        <section aria-labelledby="households-heading" className={CARD}>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="households-heading" className="text-2xl font-bold">
              {t('food.households.title')}
            </h2>
            <div className="flex flex-wrap items-end gap-4">
              {manage && (
                <TextLink
                  to="/$tenant/programmes/$programmeId/food-delivery/enrol"
                  params={{ tenant: slug, programmeId }}
                >
                  {t('food.households.enrol')}
                </TextLink>
              )}
              <Select
                label={t('food.households.filter')}
                value={status ?? ''}
                options={[
                  { value: '', label: t('food.households.all') },
                  ...STATUSES.map((s) => ({ value: s, label: t(`food.status.${s}`) })),
                ]}
                onChange={(value) =>
                  void navigate({
                    to: '/$tenant/programmes/$programmeId/food-delivery',
                    params: { tenant: slug, programmeId },
                    search: value ? { household: value as FoodHouseholdStatus } : {},
                  })
                }
              />
            </div>
          </div>
          <p data-testid="household-count">{t('food.households.count', { count: connection.totalCount })}</p>
          {connection.edges.length === 0 ? (
            <p>{t('food.households.none')}</p>
          ) : (
            <HouseholdTable households={connection.edges.map((e) => e.node)} />
          )}
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              onPress={() =>
                void households.fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => {
                    const before = prev.foodHouseholds;
                    const more = fetchMoreResult.foodHouseholds;
                    if (!before || !more) return prev;
                    return { foodHouseholds: { ...more, edges: [...before.edges, ...more.edges] } };
                  },
                })
              }
            >
              {t('food.households.more')}
            </Button>
          )}
        </section>
      </div>
    </>
  );
}

function HouseholdTable({ households }: { households: Household[] }) {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{t('food.households.caption')}</caption>
        <thead>
          <tr className="border-b border-solid-gray-200 text-left">
            <th scope="col" className="p-2">
              {t('food.households.name')}
            </th>
            <th scope="col" className="p-2">
              {t('food.households.area')}
            </th>
            <th scope="col" className="p-2">
              {t('food.households.state')}
            </th>
            <th scope="col" className="p-2">
              {t('food.households.rounds')}
            </th>
            <th scope="col" className="p-2">
              {t('food.households.appliedAt')}
            </th>
          </tr>
        </thead>
        <tbody>
          {households.map((h) => (
            <tr key={h.id} className="border-b border-solid-gray-200 last:border-b-0" data-testid="household-row">
              <th scope="row" className="p-2 text-left font-normal">
                <TextLink to="/$tenant/programmes/food-delivery/households/$id" params={{ tenant: slug, id: h.id }}>
                  {h.name}
                </TextLink>
                <span className="block text-sm text-solid-gray-700">
                  {t(`food.source.${h.source}`)}・{t(`food.method.${h.preferredMethod}`)}
                </span>
              </th>
              <td className="p-2">{h.area}</td>
              <td className="p-2">
                {t(`food.status.${h.status}`)}
                {h.waitlistPosition !== null && h.waitlistPosition !== undefined && (
                  <span className="block text-sm text-solid-gray-700">
                    {t('food.households.waitlist', { n: h.waitlistPosition })}
                  </span>
                )}
              </td>
              <td className="p-2">{h.rounds.map((r) => r.roundName).join('、')}</td>
              <td className="p-2 tabular-nums">{formatDateTime(h.appliedAt, tenant.timezone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Rounds({
  rounds,
  programmeId,
  manage,
  onCreated,
}: {
  rounds: Round[];
  programmeId: string;
  manage: boolean;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const { slug, can } = useShell();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="rounds-heading" className={CARD}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h2 id="rounds-heading" className="text-2xl font-bold">
          {t('food.rounds.title')}
        </h2>
        {manage && !adding && (
          <Button variant="secondary" onPress={() => setAdding(true)}>
            {t('food.rounds.add')}
          </Button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {adding && (
        <RoundForm
          programmeId={programmeId}
          onCancel={() => setAdding(false)}
          onDone={(filled) => {
            setAdding(false);
            setNotice(t('food.roundForm.created', { filled }));
            onCreated();
          }}
        />
      )}
      {rounds.length === 0 ? (
        <p>{t('food.rounds.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption className="sr-only">{t('food.rounds.caption')}</caption>
            <thead>
              <tr className="border-b border-solid-gray-200 text-left">
                <th scope="col" className="p-2">
                  {t('food.rounds.name')}
                </th>
                <th scope="col" className="p-2">
                  {t('food.rounds.period')}
                </th>
                <th scope="col" className="p-2">
                  {t('food.rounds.filled')}
                </th>
                <th scope="col" className="p-2">
                  {t('food.rounds.state')}
                </th>
                <th scope="col" className="p-2">
                  {t('food.rounds.items')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id} className="border-b border-solid-gray-200 last:border-b-0" data-testid="round-row">
                  <th scope="row" className="p-2 text-left font-normal">
                    {can('tenant:food-rounds:run') ? (
                      <TextLink to="/$tenant/food-delivery/rounds/$roundId" params={{ tenant: slug, roundId: r.id }}>
                        {r.name}
                      </TextLink>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td className="p-2 tabular-nums">
                    {r.startsOn} 〜 {r.endsOn}
                  </td>
                  <td className="p-2">
                    <div className="flex items-center gap-2">
                      <span className="tabular-nums">
                        {t('food.rounds.fill', { filled: r.filled, capacity: r.capacity })}
                      </span>
                      <Meter
                        value={r.filled}
                        max={r.capacity}
                        label={t('food.rounds.fill', { filled: r.filled, capacity: r.capacity })}
                      />
                    </div>
                  </td>
                  <td className="p-2">{t(`food.roundStatus.${r.status}`)}</td>
                  <td className="p-2 text-sm">{r.plannedItems.map((i) => `${i.name} ×${i.quantity}`).join('、')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Meter({ value, max, label }: { value: number; max: number; label: string }) {
  const width = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div
      role="meter"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-label={label}
      className="h-3 w-24 overflow-hidden rounded-full bg-solid-gray-100"
    >
      <div className={`h-full ${value >= max ? 'bg-green-800' : 'bg-blue-900'}`} style={{ width: `${width}%` }} />
    </div>
  );
}

function RoundForm({
  programmeId,
  onCancel,
  onDone,
}: {
  programmeId: string;
  onCancel: () => void;
  onDone: (filled: number) => void;
}) {
  const { t } = useTranslation();
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('food.roundForm.date'));
  const schema = z.object({
    name: z.string().trim().min(1, t('food.form.required')),
    startsOn: date,
    endsOn: date,
    capacity: z.string().regex(/^\d+$/, t('food.roundForm.number')),
    items: z.string().refine((v) => parseItems(v) !== null, t('food.roundForm.itemsFormat')),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', startsOn: '', endsOn: '', capacity: '', items: '' },
  });
  const [create] = useMutation(CREATE_FOOD_ROUND);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const res = await create({
        variables: {
          input: {
            programmeId,
            name: v.name,
            startsOn: v.startsOn,
            endsOn: v.endsOn,
            capacity: Number(v.capacity),
            plannedItems: parseItems(v.items) ?? [],
          },
        },
      });
      onDone(res.data?.createFoodRound.filled ?? 0);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['name', 'startsOn', 'endsOn', 'capacity']));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-8 border border-solid-gray-200 p-4">
      <h3 className="text-lg font-bold">{t('food.roundForm.title')}</h3>
      <p className="text-sm text-solid-gray-700">{t('food.roundForm.lead')}</p>
      {formError && <Alert>{formError}</Alert>}
      <TextField control={form.control} name="name" label={t('food.roundForm.name')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField control={form.control} name="startsOn" label={t('food.roundForm.startsOn')} />
        <TextField control={form.control} name="endsOn" label={t('food.roundForm.endsOn')} />
        <TextField control={form.control} name="capacity" label={t('food.roundForm.capacity')} inputMode="numeric" />
      </div>
      <TextAreaField control={form.control} name="items" label={t('food.roundForm.items')} />
      <div className="flex gap-2">
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('food.roundForm.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('food.roundForm.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** `お米 2kg,250` per line; null when a line does not fit. */
function parseItems(value: string): { name: string; quantity: number }[] | null {
  const items: { name: string; quantity: number }[] = [];
  for (const line of value.normalize('NFKC').split('\n')) {
    if (!line.trim()) continue;
    const match = /^(.+?)[,、]\s*(\d+)\s*$/.exec(line.trim());
    if (!match) return null;
    items.push({ name: (match[1] ?? '').trim(), quantity: Number(match[2]) });
  }
  return items;
}
