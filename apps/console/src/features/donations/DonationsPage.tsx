import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useParams, useSearch } from '@tanstack/react-router';
import { useController, useFieldArray, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Allergen, DonationItemFieldsFragment, DonorKind, DonorsQuery, ThanksMethod } from '../../gql/graphql';
import { apiErrors, applyApiErrors, messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useShell } from '../shell/useShell';
import {
  ALLOCATE_DONATIONS,
  CREATE_DONOR,
  DONATION_PROGRAMME,
  DONATION_ROUNDS,
  DONATION_STOCK,
  DONORS,
  RECEIVE_DONATION,
  RECORD_THANKS,
  ROUND_DONATIONS,
} from './queries';

type Item = DonationItemFieldsFragment;
type Donor = NonNullable<DonorsQuery['donors']>['edges'][number]['node'];
export type DonationsTab = 'stock' | 'receive' | 'rounds' | 'donors';
const TABS: DonationsTab[] = ['stock', 'receive', 'rounds', 'donors'];
const KINDS: DonorKind[] = ['CITIZEN', 'COMPANY', 'FOOD_BANK'];
const METHODS: ThanksMethod[] = ['LETTER', 'EMAIL', 'IN_PERSON'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CARD = 'flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6';
const TH = 'border-b border-solid-gray-400 px-3 py-2 text-left font-bold';
const TD = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/** The labelled allergens as a package shows them: the 8 mandatory, then the 20 recommended. */
const MANDATORY: [Allergen, string][] = [
  ['SHRIMP', 'えび'],
  ['CRAB', 'かに'],
  ['WALNUT', 'くるみ'],
  ['WHEAT', '小麦'],
  ['BUCKWHEAT', 'そば'],
  ['EGG', '卵'],
  ['MILK', '乳'],
  ['PEANUT', '落花生'],
];
const RECOMMENDED: [Allergen, string][] = [
  ['ALMOND', 'アーモンド'],
  ['ABALONE', 'あわび'],
  ['SQUID', 'いか'],
  ['SALMON_ROE', 'いくら'],
  ['ORANGE', 'オレンジ'],
  ['CASHEW', 'カシューナッツ'],
  ['KIWI', 'キウイフルーツ'],
  ['BEEF', '牛肉'],
  ['SESAME', 'ごま'],
  ['SALMON', 'さけ'],
  ['MACKEREL', 'さば'],
  ['SOYBEAN', '大豆'],
  ['CHICKEN', '鶏肉'],
  ['BANANA', 'バナナ'],
  ['PORK', '豚肉'],
  ['MACADAMIA', 'マカダミアナッツ'],
  ['PEACH', 'もも'],
  ['YAM', 'やまいも'],
  ['APPLE', 'りんご'],
  ['GELATIN', 'ゼラチン'],
];
const ALLERGEN_LABEL = new Map([...MANDATORY, ...RECOMMENDED]);

/** Today in the tenant's zone, as YYYY-MM-DD. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date());
}

/** A food-delivery programme's donations: stock, receiving items, allocation to rounds, donors and thanks. */
export default function DonationsPage() {
  const { t } = useTranslation();
  const { slug } = useShell();
  const { programmeId: id } = useParams({ from: '/$tenant/programmes/$programmeId/donations' });
  const { tab } = useSearch({ from: '/$tenant/programmes/$programmeId/donations' });
  const programme = useQuery(DONATION_PROGRAMME, { variables: { id } });
  const p = programme.data?.programme;
  if (!p) return <QueryProblem error={programme.error} onRetry={() => void programme.refetch()} />;
  const current = tab ?? 'stock';
  return (
    <>
      <p className="mb-2">
        <TextLink to="/$tenant/programmes" params={{ tenant: slug }}>
          {t('donations.back')}
        </TextLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('donations.title', { programme: p.name })}</h1>
      <p className="mb-6 text-solid-gray-700">{t('donations.lead')}</p>
      {p.kind !== 'FOOD_DELIVERY' ? (
        <Alert>{t('donations.notFood')}</Alert>
      ) : (
        <>
          <nav aria-label={t('donations.tabs.label')} className="mb-6 border-b border-solid-gray-200">
            <ul className="flex flex-wrap gap-2">
              {TABS.map((name) => (
                <li key={name}>
                  <TextLink
                    to="/$tenant/programmes/$programmeId/donations"
                    params={{ tenant: slug, programmeId: id }}
                    search={{ tab: name }}
                    aria-current={name === current ? 'page' : undefined}
                    className={`inline-block px-4 py-2 no-underline ${
                      name === current ? 'border-b-4 border-blue-900 font-bold text-solid-gray-900' : ''
                    }`}
                  >
                    {t(`donations.tabs.${name}`)}
                  </TextLink>
                </li>
              ))}
            </ul>
          </nav>
          {current === 'stock' && <StockTab programmeId={id} />}
          {current === 'receive' && <ReceiveTab programmeId={id} />}
          {current === 'rounds' && <RoundsTab programmeId={id} />}
          {current === 'donors' && <DonorsTab />}
        </>
      )}
    </>
  );
}

function Allergens({ allergens }: { allergens: readonly Allergen[] }) {
  const { t } = useTranslation();
  if (allergens.length === 0) return <span className="text-solid-gray-700">{t('donations.stock.noAllergens')}</span>;
  return <>{allergens.map((a) => ALLERGEN_LABEL.get(a) ?? a).join('、')}</>;
}

function BestBefore({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (!item.bestBefore) return <span className="text-solid-gray-700">{t('donations.stock.noDate')}</span>;
  return (
    <>
      {item.bestBefore}
      {item.pastBestBefore && (
        <strong className="ml-2 inline-block rounded-4 bg-error-1 px-2 text-sm text-white">
          {t('donations.stock.past')}
        </strong>
      )}
    </>
  );
}

function StockTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const query = useQuery(DONATION_STOCK, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const items = query.data?.donationStock;
  if (!items) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const past = items.filter((i) => i.pastBestBefore).length;
  return (
    <section className={CARD} aria-labelledby="stock-caption">
      {past > 0 && <Alert>{t('donations.stock.pastCount', { count: past })}</Alert>}
      {items.length === 0 ? (
        <p>{t('donations.stock.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption id="stock-caption" className="mb-2 text-left text-lg font-bold">
              {t('donations.stock.caption')}
            </caption>
            <thead>
              <tr>
                <th className={TH}>{t('donations.stock.item')}</th>
                <th className={TH}>{t('donations.stock.remaining')}</th>
                <th className={TH}>{t('donations.stock.bestBefore')}</th>
                <th className={TH}>{t('donations.stock.allergens')}</th>
                <th className={TH}>{t('donations.stock.receivedOn')}</th>
                <th className={TH}>{t('donations.stock.donor')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={item.pastBestBefore ? 'bg-red-50' : undefined}>
                  <td className={TD}>{item.name}</td>
                  <td className={`${TD} whitespace-nowrap`}>
                    {t('donations.stock.of', { remaining: item.remaining, quantity: item.quantity, unit: item.unit })}
                  </td>
                  <td className={`${TD} whitespace-nowrap`}>
                    <BestBefore item={item} />
                  </td>
                  <td className={TD}>
                    <Allergens allergens={item.allergens} />
                  </td>
                  <td className={`${TD} whitespace-nowrap`}>{item.receivedOn}</td>
                  <td className={TD}>{item.donorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type ItemValues = { name: string; quantity: string; unit: string; bestBefore: string; allergens: Allergen[] };
const emptyItem = (): ItemValues => ({ name: '', quantity: '', unit: '個', bestBefore: '', allergens: [] });

function ReceiveTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const donors = useQuery(DONORS, { variables: {} });
  const [receive] = useMutation(RECEIVE_DONATION, { refetchQueries: ['DonationStock', 'Donors'] });
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const date = z.string().regex(DATE, t('donations.receive.date'));
  const schema = z.object({
    donorId: z.string().min(1, t('donations.receive.chooseDonor')),
    receivedOn: date,
    items: z.array(
      z.object({
        name: z.string().trim().min(1, t('errors.required')),
        quantity: z.string().regex(/^[1-9]\d*$/, t('donations.receive.whole')),
        unit: z.string().trim().min(1, t('errors.required')),
        bestBefore: z.string().refine((v) => v === '' || DATE.test(v), t('donations.receive.date')),
        allergens: z.array(z.string()),
      }),
    ),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { donorId: '', receivedOn: todayIn(tenant.timezone), items: [emptyItem()] },
  });
  const rows = useFieldArray({ control: form.control, name: 'items' });
  const donorField = useController({ control: form.control, name: 'donorId' });
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    try {
      const result = await receive({
        variables: {
          input: {
            donorId: values.donorId,
            programmeId,
            receivedOn: values.receivedOn,
            items: values.items.map((item) => ({
              name: item.name,
              quantity: Number(item.quantity),
              unit: item.unit,
              bestBefore: item.bestBefore || null,
              allergens: item.allergens as Allergen[],
            })),
          },
        },
      });
      setDone(result.data?.receiveDonation.length ?? 0);
      form.reset({ donorId: values.donorId, receivedOn: values.receivedOn, items: [emptyItem()] });
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['donorId', 'receivedOn']));
    }
  });
  const list = donors.data?.donors?.edges.map((e) => e.node) ?? [];
  return (
    <form onSubmit={submit} noValidate className={CARD} aria-label={t('donations.tabs.receive')}>
      {done !== null && (
        <p role="status" className="rounded-8 bg-green-50 p-4 font-bold">
          {t('donations.receive.done', { count: done })}
        </p>
      )}
      {formError && <Alert>{formError}</Alert>}
      {donors.data && list.length === 0 && <p>{t('donations.receive.noDonors')}</p>}
      <div className="grid gap-4 md:grid-cols-2">
        <Select
          label={t('donations.receive.donor')}
          value={donorField.field.value}
          onChange={donorField.field.onChange}
          error={donorField.fieldState.error?.message}
          options={[
            { value: '', label: t('donations.receive.chooseDonor') },
            ...list.map((d) => ({ value: d.id, label: `${d.name}（${t(`donations.kind.${d.kind}`)}）` })),
          ]}
        />
        <TextField
          control={form.control}
          name="receivedOn"
          label={t('donations.receive.receivedOn')}
          description={t('donations.receive.date')}
        />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-bold">{t('donations.receive.items')}</legend>
        {rows.fields.map((row, i) => (
          <fieldset key={row.id} className="flex flex-col gap-3 rounded-8 border border-solid-gray-400 p-4">
            <legend className="px-1 font-bold">{t('donations.receive.item', { n: i + 1 })}</legend>
            <div className="grid items-start gap-4 md:grid-cols-[3fr_1fr_1fr_2fr]">
              <TextField control={form.control} name={`items.${i}.name`} label={t('donations.receive.name')} />
              <TextField
                control={form.control}
                name={`items.${i}.quantity`}
                label={t('donations.receive.quantity')}
                inputMode="numeric"
              />
              <TextField control={form.control} name={`items.${i}.unit`} label={t('donations.receive.unit')} />
              <TextField
                control={form.control}
                name={`items.${i}.bestBefore`}
                label={t('donations.receive.bestBefore')}
              />
            </div>
            <AllergenChoice control={form.control as unknown as AllergenControl} index={i} />
            {rows.fields.length > 1 && (
              <div>
                <Button variant="secondary" onPress={() => rows.remove(i)}>
                  {t('donations.receive.removeItem', { n: i + 1 })}
                </Button>
              </div>
            )}
          </fieldset>
        ))}
        <div>
          <Button variant="secondary" onPress={() => rows.append(emptyItem())}>
            {t('donations.receive.addItem')}
          </Button>
        </div>
      </fieldset>
      <div>
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('donations.receive.submit')}
        </Button>
      </div>
    </form>
  );
}

type AllergenControl = Control<{ items: { allergens: Allergen[] }[] }>;

function AllergenChoice({ control, index }: { control: AllergenControl; index: number }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: `items.${index}.allergens` });
  const chosen: Allergen[] = field.value ?? [];
  const box = (value: Allergen, label: string) => (
    <label key={value} className="flex items-center gap-2">
      <input
        type="checkbox"
        checked={chosen.includes(value)}
        onChange={(event) =>
          field.onChange(event.target.checked ? [...chosen, value] : chosen.filter((a) => a !== value))
        }
        className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
      />
      {label}
    </label>
  );
  const recommendedChosen = RECOMMENDED.some(([value]) => chosen.includes(value));
  return (
    <div className="flex flex-col gap-2">
      <fieldset>
        <legend className="mb-1 font-bold">{t('donations.receive.allergens')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">{MANDATORY.map(([value, label]) => box(value, label))}</div>
      </fieldset>
      <details open={recommendedChosen}>
        <summary className="cursor-pointer text-blue-1000 underline underline-offset-4">
          {t('donations.receive.moreAllergens')}
        </summary>
        <fieldset className="mt-2">
          <legend className="sr-only">{t('donations.receive.moreAllergens')}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">{RECOMMENDED.map(([value, label]) => box(value, label))}</div>
        </fieldset>
      </details>
    </div>
  );
}

function RoundsTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const rounds = useQuery(DONATION_ROUNDS, { variables: { programmeId } });
  const [roundId, setRoundId] = useState<string>('');
  const list = rounds.data?.donationRounds;
  if (!list) return <QueryProblem error={rounds.error} onRetry={() => void rounds.refetch()} />;
  if (list.length === 0) return <p>{t('donations.rounds.none')}</p>;
  const chosen = roundId || (list.find((r) => r.open) ?? list[0])?.id || '';
  return (
    <section className={CARD}>
      <div className="max-w-md">
        <Select
          label={t('donations.rounds.round')}
          value={chosen}
          onChange={setRoundId}
          options={list.map((r) => ({
            value: r.id,
            label: `${r.name}（${t('donations.rounds.period', { starts: r.startsOn, ends: r.endsOn })}）`,
          }))}
        />
      </div>
      <RoundAllocation key={chosen} programmeId={programmeId} roundId={chosen} />
    </section>
  );
}

function RoundAllocation({ programmeId, roundId }: { programmeId: string; roundId: string }) {
  const { t } = useTranslation();
  const round = useQuery(ROUND_DONATIONS, { variables: { roundId }, fetchPolicy: 'cache-and-network' });
  const stock = useQuery(DONATION_STOCK, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const [allocate, { loading }] = useMutation(ALLOCATE_DONATIONS, {
    refetchQueries: ['DonationStock', 'RoundDonations'],
    awaitRefetchQueries: true,
  });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const data = round.data?.roundDonations;
  const items = stock.data?.donationStock;
  if (!data || !items) {
    return <QueryProblem error={round.error ?? stock.error} onRetry={() => void round.refetch()} />;
  }
  // What the round holds, and what else is in stock: one row per item.
  const inRound = new Map(data.lines.map((l) => [l.item.id, l]));
  const rows: { item: Item; current: number }[] = [
    ...data.lines.map((l) => ({ item: l.item, current: l.quantity })),
    ...items.filter((i) => !inRound.has(i.id) && !i.pastBestBefore).map((item) => ({ item, current: 0 })),
  ];
  const save = async () => {
    setMessage(null);
    setErrors({});
    const lines = rows
      .filter(({ item, current }) => edits[item.id] !== undefined && edits[item.id] !== String(current))
      .map(({ item }) => ({ itemId: item.id, quantity: Number(edits[item.id] || '0') }));
    const bad = lines.filter((l) => !Number.isInteger(l.quantity) || l.quantity < 0);
    if (bad.length > 0) {
      setErrors(Object.fromEntries(bad.map((l) => [l.itemId, t('donations.receive.whole')])));
      return;
    }
    if (lines.length === 0) return;
    try {
      await allocate({ variables: { input: { roundId, lines } } });
      setEdits({});
      setMessage({ ok: true, text: t('donations.rounds.saved') });
    } catch (error) {
      const fieldErrors = apiErrors(error).flatMap((e) => e.extensions?.fieldErrors ?? []);
      const byItem: Record<string, string> = {};
      for (const f of fieldErrors) {
        const match = /^lines\.(\d+)\.(\w+)$/.exec(f.field);
        const line = match ? lines[Number(match[1])] : undefined;
        const row = line && rows.find((r) => r.item.id === line.itemId);
        if (!line || !row) continue;
        byItem[line.itemId] =
          match?.[2] === 'quantity'
            ? t('donations.rounds.overBy', { available: row.item.remaining + row.current, unit: row.item.unit })
            : t('donations.rounds.badItem');
      }
      setErrors(byItem);
      setMessage({ ok: false, text: messageOf(error) });
      // Someone else may have allocated meanwhile: show what remains now.
      void stock.refetch();
    }
  };
  return (
    <>
      {!data.round.open && <Alert>{t('donations.rounds.closed')}</Alert>}
      {message &&
        (message.ok ? (
          <p role="status" className="rounded-8 bg-green-50 p-4 font-bold">
            {message.text}
          </p>
        ) : (
          <Alert>{message.text}</Alert>
        ))}
      {rows.length === 0 ? (
        <p>{t('donations.rounds.noLines')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption className="mb-2 text-left text-lg font-bold">
              {t('donations.rounds.caption', { round: data.round.name })}
            </caption>
            <thead>
              <tr>
                <th className={TH}>{t('donations.stock.item')}</th>
                <th className={TH}>{t('donations.stock.bestBefore')}</th>
                <th className={TH}>{t('donations.stock.allergens')}</th>
                <th className={TH}>{t('donations.rounds.available')}</th>
                <th className={TH}>{t('donations.rounds.inRound')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, current }) => {
                const inputId = `allocate-${item.id}`;
                const errorId = `${inputId}-error`;
                return (
                  <tr key={item.id}>
                    <td className={TD}>
                      <label htmlFor={inputId}>{item.name}</label>
                    </td>
                    <td className={`${TD} whitespace-nowrap`}>
                      <BestBefore item={item} />
                    </td>
                    <td className={TD}>
                      <Allergens allergens={item.allergens} />
                    </td>
                    <td className={`${TD} whitespace-nowrap`}>
                      {item.remaining + current} {item.unit}
                    </td>
                    <td className={TD}>
                      <div className="flex items-center gap-2">
                        <input
                          id={inputId}
                          inputMode="numeric"
                          disabled={!data.round.open}
                          value={edits[item.id] ?? String(current)}
                          onChange={(event) => setEdits({ ...edits, [item.id]: event.target.value })}
                          aria-invalid={errors[item.id] ? true : undefined}
                          aria-describedby={errors[item.id] ? errorId : undefined}
                          className="w-24 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1"
                        />
                        <span>{item.unit}</span>
                      </div>
                      {errors[item.id] && (
                        <p id={errorId} className="text-sm text-error-2">
                          {errors[item.id]}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {data.round.open && rows.length > 0 && (
        <div>
          <Button onPress={() => void save()} isDisabled={loading}>
            {t('donations.rounds.save')}
          </Button>
        </div>
      )}
    </>
  );
}

function DonorsTab() {
  const { t } = useTranslation();
  const [pendingOnly, setPendingOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const [thanking, setThanking] = useState<string | null>(null);
  const query = useQuery(DONORS, { variables: { needsThanks: pendingOnly || null }, fetchPolicy: 'cache-and-network' });
  const donors = query.data?.donors;
  return (
    <section className={CARD} aria-labelledby="donors-caption">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={pendingOnly}
            onChange={(event) => setPendingOnly(event.target.checked)}
            className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
          />
          {t('donations.donors.pendingOnly')}
        </label>
        {!adding && <Button onPress={() => setAdding(true)}>{t('donations.donors.add')}</Button>}
      </div>
      {adding && (
        <DonorForm
          onDone={() => {
            setAdding(false);
            void query.refetch();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {!donors ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : donors.edges.length === 0 ? (
        <p>{t('donations.donors.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption id="donors-caption" className="mb-2 text-left text-lg font-bold">
              {t('donations.donors.caption')}
            </caption>
            <thead>
              <tr>
                <th className={TH}>{t('donations.donors.name')}</th>
                <th className={TH}>{t('donations.donors.kind')}</th>
                <th className={TH}>{t('donations.donors.contact')}</th>
                <th className={TH}>{t('donations.donors.lastReceived')}</th>
                <th className={TH}>{t('donations.donors.lastThanked')}</th>
                <th className={TH}>{t('donations.donors.status')}</th>
              </tr>
            </thead>
            <tbody>
              {donors.edges.map(({ node: d }) => (
                <DonorRow
                  key={d.id}
                  donor={d}
                  thanking={thanking === d.id}
                  onThank={() => setThanking(d.id)}
                  onDone={() => {
                    setThanking(null);
                    void query.refetch();
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DonorRow({
  donor: d,
  thanking,
  onThank,
  onDone,
}: {
  donor: Donor;
  thanking: boolean;
  onThank: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <tr>
        <td className={TD}>{d.name}</td>
        <td className={TD}>{t(`donations.kind.${d.kind}`)}</td>
        <td className={TD}>{d.contact ?? ''}</td>
        <td className={`${TD} whitespace-nowrap`}>{d.lastReceivedOn ?? t('donations.donors.nothingYet')}</td>
        <td className={`${TD} whitespace-nowrap`}>{d.lastThankedOn ?? ''}</td>
        <td className={TD}>
          <div className="flex flex-wrap items-center gap-2">
            {d.needsThanks ? (
              <strong className="text-error-2">{t('donations.donors.needsThanks')}</strong>
            ) : (
              d.lastThankedOn && <span>{t('donations.donors.thanked')}</span>
            )}
            {d.lastReceivedOn && !thanking && (
              <Button variant="secondary" aria-label={t('donations.donors.thank', { name: d.name })} onPress={onThank}>
                {t('donations.donors.thankShort')}
              </Button>
            )}
          </div>
        </td>
      </tr>
      {thanking && (
        <tr>
          <td colSpan={6} className={TD}>
            <ThanksForm donor={d} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  );
}

function DonorForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const schema = z.object({
    kind: z.string(),
    name: z.string().trim().min(1, t('errors.required')),
    contact: z.string(),
    note: z.string(),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'CITIZEN', name: '', contact: '', note: '' },
  });
  const kind = useController({ control: form.control, name: 'kind' });
  const [create] = useMutation(CREATE_DONOR);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create({
        variables: {
          input: {
            kind: values.kind as DonorKind,
            name: values.name,
            contact: values.contact || null,
            note: values.note || null,
          },
        },
      });
      onDone();
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['name', 'contact', 'note']));
    }
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('donations.donors.addTitle')}
      className="flex flex-col gap-4 rounded-8 border border-solid-gray-400 p-4"
    >
      <h2 className="text-xl font-bold">{t('donations.donors.addTitle')}</h2>
      <p className="text-sm text-solid-gray-700">{t('donations.donors.nameHint')}</p>
      {formError && <Alert>{formError}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <Select
          label={t('donations.donors.kind')}
          value={kind.field.value}
          onChange={kind.field.onChange}
          options={KINDS.map((k) => ({ value: k, label: t(`donations.kind.${k}`) }))}
        />
        <TextField control={form.control} name="name" label={t('donations.donors.name')} />
        <TextField control={form.control} name="contact" label={t('donations.donors.contact')} />
        <TextField control={form.control} name="note" label={t('donations.donors.note')} />
      </div>
      <div className="flex gap-4">
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('donations.donors.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('donations.donors.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ThanksForm({ donor, onDone }: { donor: Donor; onDone: () => void }) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const schema = z.object({
    sentOn: z.string().regex(DATE, t('donations.receive.date')),
    method: z.string(),
    sentBy: z.string().trim().min(1, t('errors.required')),
    note: z.string(),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { sentOn: todayIn(tenant.timezone), method: 'LETTER', sentBy: '', note: '' },
  });
  const method = useController({ control: form.control, name: 'method' });
  const [record] = useMutation(RECORD_THANKS);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await record({
        variables: {
          input: {
            donorId: donor.id,
            sentOn: values.sentOn,
            method: values.method as ThanksMethod,
            sentBy: values.sentBy,
            note: values.note || null,
          },
        },
      });
      onDone();
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['sentOn', 'sentBy', 'note']));
    }
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('donations.donors.thankTitle', { name: donor.name })}
      className="flex flex-col gap-4"
    >
      <h3 className="font-bold">{t('donations.donors.thankTitle', { name: donor.name })}</h3>
      {formError && <Alert>{formError}</Alert>}
      <div className="grid gap-4 md:grid-cols-4">
        <TextField control={form.control} name="sentOn" label={t('donations.donors.sentOn')} />
        <Select
          label={t('donations.donors.method')}
          value={method.field.value}
          onChange={method.field.onChange}
          options={METHODS.map((m) => ({ value: m, label: t(`donations.method.${m}`) }))}
        />
        <TextField control={form.control} name="sentBy" label={t('donations.donors.sentBy')} />
        <TextField control={form.control} name="note" label={t('donations.donors.note')} />
      </div>
      <div>
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('donations.donors.record')}
        </Button>
      </div>
    </form>
  );
}
