import './locale';
import '../donations/locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useFieldArray, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { KpiKind, ProgrammeKind, ProgrammesQuery } from '../../gql/graphql';
import { applyApiErrors, reasonOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useShell } from '../shell/useShell';
import { FoodDeliveryFigures } from '../food-delivery/FoodDeliveryFigures';
import {
  CREATE_CONTRACT,
  CREATE_PROGRAMME,
  PROGRAMME_CHANNELS,
  PROGRAMME_MEMBERS,
  PROGRAMMES,
  UPDATE_CONTRACT,
  UPDATE_PROGRAMME,
} from './queries';

type Programme = NonNullable<ProgrammesQuery['programmes']>[number];
type Contract = Programme['contracts'][number];

const KINDS: ProgrammeKind[] = ['LINE_CONSULTATION', 'FOOD_DELIVERY', 'EVENTS', 'OTHER'];
export const KPI_KINDS: KpiKind[] = [
  'FAMILIES_REGISTERED',
  'NEW_REGISTRATIONS',
  'CONSULTATIONS',
  'REPLIES',
  'ANSWERED_WITHIN_MINUTES',
  'REFERRALS',
  'BROADCASTS',
  'DELIVERIES',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CARD = 'flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6';

type Editing =
  | { kind: 'programme'; id: string | null }
  | { kind: 'contract'; programmeId: string; contract: Contract | null }
  | null;

/** The tenant's programmes (事業), their contracts and targets; admins add and edit them here. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const { can } = useShell();
  const manage = can('tenant:programmes:manage');
  const query = useQuery(PROGRAMMES);
  const [editing, setEditing] = useState<Editing>(null);
  const programmes = query.data?.programmes;
  if (!programmes) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const done = () => {
    setEditing(null);
    void query.refetch();
  };
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('programmes.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('programmes.lead')}</p>
      {manage && editing?.kind === 'programme' && editing.id === null ? (
        <ProgrammeForm programme={null} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        manage && (
          <div className="mb-6">
            <Button onPress={() => setEditing({ kind: 'programme', id: null })}>{t('programmes.add')}</Button>
          </div>
        )
      )}
      {programmes.length === 0 && <p>{t('programmes.none')}</p>}
      <div className="flex flex-col gap-6">
        {programmes.map((programme) =>
          editing?.kind === 'programme' && editing.id === programme.id ? (
            <ProgrammeForm key={programme.id} programme={programme} onDone={done} onCancel={() => setEditing(null)} />
          ) : (
            <ProgrammeCard
              key={programme.id}
              programme={programme}
              manage={manage}
              editing={editing}
              setEditing={setEditing}
              onDone={done}
            />
          ),
        )}
      </div>
    </>
  );
}

function ProgrammeCard({
  programme: p,
  manage,
  editing,
  setEditing,
  onDone,
}: {
  programme: Programme;
  manage: boolean;
  editing: Editing;
  setEditing: (editing: Editing) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { can, slug } = useShell();
  const kpiPages = can('tenant:reports:read');
  const headingId = `programme-${p.id}`;
  const newContract = editing?.kind === 'contract' && editing.programmeId === p.id && editing.contract === null;
  return (
    <section aria-labelledby={headingId} className={CARD}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 id={headingId} className="text-2xl font-bold">
            {p.name}
          </h2>
          <p className="text-solid-gray-700">
            {t(`programmes.kind.${p.kind}`)}
            {p.startedOn && ` ・ ${t('programmes.since', { date: p.startedOn })}`}
            {p.archived && ` ・ ${t('programmes.archived')}`}
          </p>
        </div>
        {manage && (
          <div className="flex gap-2">
            <Button
              variant="secondary"
              aria-label={t('programmes.edit', { name: p.name })}
              onPress={() => setEditing({ kind: 'programme', id: p.id })}
            >
              {t('programmes.editShort')}
            </Button>
            <Button
              variant="secondary"
              aria-label={t('programmes.addContract', { name: p.name })}
              onPress={() => setEditing({ kind: 'contract', programmeId: p.id, contract: null })}
            >
              {t('programmes.addContractShort')}
            </Button>
          </div>
        )}
      </div>
      {p.kind === 'FOOD_DELIVERY' && can('tenant:donations:manage') && (
        <p>
          <TextLink
            to="/$tenant/programmes/$programmeId/donations"
            params={{ tenant: slug, programmeId: p.id }}
            aria-label={t('donations.openFor', { name: p.name })}
          >
            {t('donations.link')}
          </TextLink>
        </p>
      )}
      {p.description && <p>{p.description}</p>}
      {p.kind === 'FOOD_DELIVERY' && can('tenant:food-households:read') && (
        <p>
          <TextLink to="/$tenant/programmes/$programmeId/food-delivery" params={{ tenant: slug, programmeId: p.id }}>
            {t('programmes.foodDeliveryLink', { name: p.name })}
          </TextLink>
        </p>
      )}
      {p.kind === 'FOOD_DELIVERY' && can('tenant:food-delivery:figures') && !can('tenant:food-households:read') && (
        <FoodDeliveryFigures programmeId={p.id} name={p.name} />
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">{t('programmes.channels')}</dt>
        <dd>{p.channels.map((c) => c.name).join('、') || t('programmes.noChannels')}</dd>
        <dt className="font-bold">{t('programmes.staff')}</dt>
        <dd>{p.staff.map((s) => s.displayName).join('、') || t('programmes.noChannels')}</dd>
      </dl>
      <h3 className="text-lg font-bold">{t('programmes.contracts')}</h3>
      {newContract && (
        <ContractForm programmeId={p.id} contract={null} onDone={onDone} onCancel={() => setEditing(null)} />
      )}
      {p.contracts.length === 0 && !newContract && <p>{t('programmes.noContracts')}</p>}
      {p.contracts.map((c) =>
        editing?.kind === 'contract' && editing.contract?.id === c.id ? (
          <ContractForm key={c.id} programmeId={p.id} contract={c} onDone={onDone} onCancel={() => setEditing(null)} />
        ) : (
          <article key={c.id} className="rounded-8 border border-solid-gray-200 p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h4 className="font-bold">{c.title}</h4>
              <div className="flex flex-wrap items-center gap-4">
                {kpiPages && (
                  <TextLink
                    to="/$tenant/programmes/contracts/$id"
                    params={{ tenant: slug, id: c.id }}
                    aria-label={t('programmes.openKpis', { title: c.title })}
                  >
                    {t('programmes.kpiLink')}
                  </TextLink>
                )}
                {manage && (
                  <Button
                    variant="secondary"
                    aria-label={t('programmes.editContract', { title: c.title })}
                    onPress={() => setEditing({ kind: 'contract', programmeId: p.id, contract: c })}
                  >
                    {t('programmes.editShort')}
                  </Button>
                )}
              </div>
            </div>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
              <dt className="font-bold">{t('programmes.department')}</dt>
              <dd>{c.department}</dd>
              {c.contractNumber && (
                <>
                  <dt className="font-bold">{t('programmes.contractNumber')}</dt>
                  <dd>{c.contractNumber}</dd>
                </>
              )}
              <dt className="font-bold">{t('programmes.period')}</dt>
              <dd>
                {c.startsOn}〜{c.endsOn}
              </dd>
              {c.amountYen && (
                <>
                  <dt className="font-bold">{t('programmes.amount')}</dt>
                  <dd>{t('programmes.yen', { amount: Number(c.amountYen).toLocaleString('ja-JP') })}</dd>
                </>
              )}
              <dt className="font-bold">{t('programmes.kpis')}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {c.kpis.map((k) => (
                    <li key={k.id}>
                      {k.label}: {k.target.toLocaleString('ja-JP')}
                      {k.unit === 'PERCENT' ? '%' : ''}
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </article>
        ),
      )}
    </section>
  );
}

function KindSelect({ control, label }: { control: Control<{ kind: string }>; label: string }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'kind' });
  return (
    <Select
      label={label}
      value={field.value}
      onChange={field.onChange}
      options={KINDS.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))}
    />
  );
}

function ProgrammeForm({
  programme,
  onDone,
  onCancel,
}: {
  programme: Programme | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const channels = useQuery(PROGRAMME_CHANNELS);
  const members = useQuery(PROGRAMME_MEMBERS);
  // One box a person, whatever their number of roles; partner agencies' users serve no programme.
  const people = [
    ...new Map(
      (members.data?.tenantMembers ?? [])
        .filter((m) => m.active && m.role !== 'PARTNER_USER')
        .map((m) => [m.userId, m.displayName]),
    ),
  ];
  const schema = z.object({
    name: z.string().trim().min(1, t('errors.required')),
    kind: z.string(),
    description: z.string(),
    startedOn: z.string().refine((v) => v === '' || DATE.test(v), t('programmes.form.date')),
    channelIds: z.array(z.string()),
    staffUserIds: z.array(z.string()),
    archived: z.boolean(),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: programme?.name ?? '',
      kind: programme?.kind ?? 'LINE_CONSULTATION',
      description: programme?.description ?? '',
      startedOn: programme?.startedOn ?? '',
      channelIds: programme?.channels.map((c) => c.id) ?? [],
      staffUserIds: programme?.staff.map((s) => s.userId) ?? [],
      archived: programme?.archived ?? false,
    },
  });
  const [create] = useMutation(CREATE_PROGRAMME);
  const [update] = useMutation(UPDATE_PROGRAMME);
  const [formError, setFormError] = useState<string | null>(null);
  const chosen = form.watch('channelIds');
  const staff = form.watch('staffUserIds');
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      name: values.name,
      kind: values.kind as ProgrammeKind,
      description: values.description || null,
      startedOn: values.startedOn || null,
      channelIds: values.channelIds,
      staffUserIds: values.staffUserIds,
    };
    try {
      if (programme) await update({ variables: { input: { ...input, id: programme.id, archived: values.archived } } });
      else await create({ variables: { input } });
      onDone();
    } catch (error) {
      if (reasonOf(error) === 'PROGRAMME_NAME_TAKEN') {
        form.setError('name', { type: 'server', message: t('programmes.form.nameTaken') });
      } else {
        setFormError(applyApiErrors(error, form.setError, ['name', 'kind', 'description', 'startedOn']));
      }
    }
  });
  return (
    <form onSubmit={submit} noValidate className={CARD} aria-label={t('programmes.form.programmeTitle')}>
      <h2 className="text-xl font-bold">{programme ? programme.name : t('programmes.add')}</h2>
      {formError && <Alert>{formError}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField control={form.control} name="name" label={t('programmes.form.name')} />
        <KindSelect control={form.control as unknown as Control<{ kind: string }>} label={t('programmes.form.kind')} />
        <TextField control={form.control} name="startedOn" label={t('programmes.form.startedOn')} />
      </div>
      <TextAreaField control={form.control} name="description" label={t('programmes.form.description')} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-bold">{t('programmes.form.channels')}</legend>
        {(channels.data?.lineChannels ?? []).map((channel) => (
          <label key={channel.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={chosen.includes(channel.id)}
              onChange={(event) =>
                form.setValue(
                  'channelIds',
                  event.target.checked ? [...chosen, channel.id] : chosen.filter((id) => id !== channel.id),
                )
              }
              className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
            {channel.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-bold">{t('programmes.form.staff')}</legend>
        {people.map(([userId, name]) => (
          <label key={userId} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={staff.includes(userId)}
              onChange={(event) =>
                form.setValue(
                  'staffUserIds',
                  event.target.checked ? [...staff, userId] : staff.filter((id) => id !== userId),
                )
              }
              className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
            {name}
          </label>
        ))}
      </fieldset>
      {programme && (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            {...form.register('archived')}
            className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
          />
          {t('programmes.form.archived')}
        </label>
      )}
      <div className="flex gap-4">
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('programmes.form.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('programmes.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ContractForm({
  programmeId,
  contract,
  onDone,
  onCancel,
}: {
  programmeId: string;
  contract: Contract | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const date = z.string().regex(DATE, t('programmes.form.date'));
  const whole = z.string().regex(/^\d+$/, t('programmes.form.number'));
  const schema = z
    .object({
      title: z.string().trim().min(1, t('errors.required')),
      department: z.string().trim().min(1, t('errors.required')),
      contractNumber: z.string(),
      startsOn: date,
      endsOn: date,
      amountYen: z.string().refine((v) => v === '' || /^\d+$/.test(v), t('programmes.form.number')),
      kpis: z.array(
        z
          .object({ kind: z.string(), label: z.string(), target: whole, minutes: z.string() })
          .refine((k) => k.kind !== 'ANSWERED_WITHIN_MINUTES' || /^\d+$/.test(k.minutes), {
            message: t('programmes.form.minutesRequired'),
            path: ['minutes'],
          }),
      ),
    })
    .refine((v) => v.endsOn >= v.startsOn, { message: t('programmes.form.endBeforeStart'), path: ['endsOn'] });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: contract?.title ?? '',
      department: contract?.department ?? '',
      contractNumber: contract?.contractNumber ?? '',
      startsOn: contract?.startsOn ?? '',
      endsOn: contract?.endsOn ?? '',
      amountYen: contract?.amountYen ?? '',
      kpis:
        contract?.kpis.map((k) => ({
          kind: k.kind,
          label: k.label,
          target: String(k.target),
          minutes: k.minutes === null || k.minutes === undefined ? '' : String(k.minutes),
        })) ?? [],
    },
  });
  const kpis = useFieldArray({ control: form.control, name: 'kpis' });
  const [create] = useMutation(CREATE_CONTRACT);
  const [update] = useMutation(UPDATE_CONTRACT);
  const [formError, setFormError] = useState<string | null>(null);
  const kinds = form.watch('kpis');
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      title: values.title,
      department: values.department,
      contractNumber: values.contractNumber || null,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      amountYen: values.amountYen || null,
      kpis: values.kpis.map((k) => ({
        kind: k.kind as KpiKind,
        label: k.label || null,
        target: Number(k.target),
        minutes: k.kind === 'ANSWERED_WITHIN_MINUTES' ? Number(k.minutes) : null,
      })),
    };
    try {
      if (contract) await update({ variables: { input: { ...input, id: contract.id } } });
      else await create({ variables: { input: { ...input, programmeId } } });
      onDone();
    } catch (error) {
      setFormError(
        applyApiErrors(error, form.setError, [
          'title',
          'department',
          'contractNumber',
          'startsOn',
          'endsOn',
          'amountYen',
        ]),
      );
    }
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 rounded-8 border border-solid-gray-400 p-4"
      aria-label={t('programmes.form.contractTitle')}
    >
      {formError && <Alert>{formError}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField control={form.control} name="title" label={t('programmes.form.contractName')} />
        <TextField control={form.control} name="department" label={t('programmes.form.department')} />
        <TextField control={form.control} name="contractNumber" label={t('programmes.form.contractNumber')} />
        <TextField control={form.control} name="amountYen" label={t('programmes.form.amountYen')} inputMode="numeric" />
        <TextField
          control={form.control}
          name="startsOn"
          label={t('programmes.form.startsOn')}
          description={t('programmes.form.date')}
        />
        <TextField
          control={form.control}
          name="endsOn"
          label={t('programmes.form.endsOn')}
          description={t('programmes.form.date')}
        />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 font-bold">{t('programmes.form.kpis')}</legend>
        {kpis.fields.map((row, i) => (
          <div key={row.id} className="grid items-end gap-4 md:grid-cols-[2fr_2fr_1fr_1fr_auto]">
            <KpiKindSelect control={form.control as unknown as KpiControl} index={i} />
            <TextField control={form.control} name={`kpis.${i}.label`} label={t('programmes.form.kpiLabel')} />
            <TextField
              control={form.control}
              name={`kpis.${i}.target`}
              label={t('programmes.form.kpiTarget')}
              inputMode="numeric"
            />
            {kinds[i]?.kind === 'ANSWERED_WITHIN_MINUTES' ? (
              <TextField
                control={form.control}
                name={`kpis.${i}.minutes`}
                label={t('programmes.form.kpiMinutes')}
                inputMode="numeric"
              />
            ) : (
              <span />
            )}
            <Button
              variant="secondary"
              aria-label={t('programmes.form.removeKpi', { n: i + 1 })}
              onPress={() => kpis.remove(i)}
            >
              ×
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            onPress={() => kpis.append({ kind: 'CONSULTATIONS', label: '', target: '', minutes: '' })}
          >
            {t('programmes.form.addKpi')}
          </Button>
        </div>
      </fieldset>
      <div className="flex gap-4">
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('programmes.form.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('programmes.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

type KpiControl = Control<{ kpis: { kind: string; label: string; target: string; minutes: string }[] }>;

function KpiKindSelect({ control, index }: { control: KpiControl; index: number }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: `kpis.${index}.kind` });
  return (
    <Select
      label={t('programmes.form.kpiKind')}
      value={field.value}
      onChange={field.onChange}
      options={KPI_KINDS.map((k) => ({ value: k, label: t(`programmes.kpiKind.${k}`) }))}
    />
  );
}
