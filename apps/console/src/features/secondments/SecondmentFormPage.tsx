import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useController, useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { SecondmentQuery, SecondmentStatus } from '../../gql/graphql';
import { applyApiErrors, reasonOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { CitySelect } from './CitySelect';
import { DATE } from './format';
import { CREATE_SECONDMENT, END_SECONDMENT_EARLY, SECONDMENT, UPDATE_SECONDMENT } from './queries';

const SECTION = 'mb-6 flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6';

/** Empty or a date: the API fills an empty period from the home city's fiscal year. */
const optionalDate = (message: string) => z.string().refine((v) => v === '' || DATE.test(v), message);
/**
 * The roster's refusals that name one field, said in the page's language on that field; the
 * API's other field errors are placed by applyApiErrors.
 */
const REASON_FIELDS: Record<string, { field: 'homeTenantSlug' | 'endsOn' | 'startsOn'; message: string }> = {
  TENANT_NOT_FOUND: { field: 'homeTenantSlug', message: 'secondments.form.notFound' },
  END_BEFORE_START: { field: 'endsOn', message: 'secondments.form.endBeforeStart' },
  OVERLAPPING_SECONDMENT: { field: 'startsOn', message: 'secondments.form.overlap' },
  ASSIGNMENT_OUTSIDE_SECONDMENT: { field: 'startsOn', message: 'secondments.form.assignmentOutside' },
};

function knownReason(error: unknown, fields: readonly string[]) {
  const known = REASON_FIELDS[reasonOf(error) ?? ''];
  return known && fields.includes(known.field) ? known : undefined;
}

/** Only what was typed: an empty optional field is left out. */
const typed = <T extends Record<string, string>>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '')) as Partial<T>;

export function CreateSecondmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const required = z.string().trim().min(1, t('errors.required'));
  const schema = z.object({
    homeTenantSlug: z.string().min(1, t('secondments.form.chooseCity')),
    name: required,
    nameKana: required,
    homeDepartment: required,
    jobTitle: required,
    employeeNumber: z.string(),
    hostOrganization: required,
    hostDepartment: required,
    startsOn: optionalDate(t('secondments.form.date')),
    endsOn: optionalDate(t('secondments.form.date')),
    memorandumTitle: z.string(),
    memorandumSignedOn: optionalDate(t('secondments.form.date')),
    duties: z.string(),
    mentorName: z.string(),
  });
  type Values = z.infer<typeof schema>;
  const fields = Object.keys(schema.shape) as (keyof Values)[];
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(fields.map((f) => [f, ''])) as Values,
  });
  const [create] = useMutation(CREATE_SECONDMENT);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { name, nameKana, homeDepartment, jobTitle, employeeNumber, ...secondment } = values;
    try {
      const { data } = await create({
        variables: {
          input: {
            ...typed(secondment),
            homeTenantSlug: secondment.homeTenantSlug,
            hostOrganization: secondment.hostOrganization,
            hostDepartment: secondment.hostDepartment,
            staff: { name, nameKana, homeDepartment, jobTitle, ...typed({ employeeNumber }) },
          },
        },
      });
      if (data) void navigate({ to: '/platform/secondments/$id', params: { id: data.createSecondment.id } });
    } catch (error) {
      const known = knownReason(error, fields);
      if (known) form.setError(known.field, { type: 'server', message: t(known.message) });
      else setFormError(applyApiErrors(error, form.setError, fields));
    }
  });
  const field = (name: keyof Values, label: string) => (
    <TextField control={form.control} name={name} label={t(`secondments.form.${label}`)} />
  );
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-solid-gray-900">{t('secondments.form.createTitle')}</h1>
      <form onSubmit={submit} noValidate>
        {formError && <Alert>{formError}</Alert>}
        <fieldset className={SECTION}>
          <legend className="text-xl font-bold">{t('secondments.form.person')}</legend>
          <CitySelect control={form.control} name="homeTenantSlug" label={t('secondments.form.homeTenantSlug')} />
          <div className="grid gap-4 md:grid-cols-2">
            {field('name', 'name')}
            {field('nameKana', 'nameKana')}
            {field('homeDepartment', 'homeDepartment')}
            {field('jobTitle', 'jobTitle')}
            {field('employeeNumber', 'employeeNumber')}
          </div>
        </fieldset>
        <fieldset className={SECTION}>
          <legend className="text-xl font-bold">{t('secondments.form.secondment')}</legend>
          <div className="grid gap-4 md:grid-cols-2">
            {field('hostOrganization', 'hostOrganization')}
            {field('hostDepartment', 'hostDepartment')}
            <TextField
              control={form.control}
              name="startsOn"
              label={t('secondments.form.startsOn')}
              description={t('secondments.form.dateHelp')}
            />
            <TextField
              control={form.control}
              name="endsOn"
              label={t('secondments.form.endsOn')}
              description={t('secondments.form.dateHelp')}
            />
            {field('memorandumTitle', 'memorandumTitle')}
            {field('memorandumSignedOn', 'memorandumSignedOn')}
            {field('mentorName', 'mentorName')}
          </div>
          <TextAreaField control={form.control} name="duties" label={t('secondments.form.duties')} />
        </fieldset>
        <div className="flex gap-4">
          <Button type="submit" isDisabled={form.formState.isSubmitting}>
            {t('secondments.form.create')}
          </Button>
          <TextLink to="/platform/secondments" search={{}} className="self-center">
            {t('secondments.form.cancel')}
          </TextLink>
        </div>
      </form>
    </>
  );
}

export function EditSecondmentPage() {
  const { id } = useParams({ from: '/platform/secondments/$id/edit' });
  const query = useQuery(SECONDMENT, { variables: { id } });
  const secondment = query.data?.secondment;
  if (!secondment) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  return <EditForms secondment={secondment} />;
}

const STATUSES: SecondmentStatus[] = ['PLANNED', 'ACTIVE', 'EXTENDED', 'COMPLETED'];

function StatusSelect({ control }: { control: Control<{ status: string }> }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'status' });
  return (
    <Select
      label={t('secondments.form.status')}
      value={field.value}
      onChange={field.onChange}
      options={STATUSES.map((s) => ({ value: s, label: t(`secondments.status.${s}`) }))}
    />
  );
}

function EditForms({ secondment: s }: { secondment: NonNullable<SecondmentQuery['secondment']> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const back = () => void navigate({ to: '/platform/secondments/$id', params: { id: s.id } });
  const date = z.string().regex(DATE, t('secondments.form.date'));
  const schema = z.object({
    hostDepartment: z.string().trim().min(1, t('errors.required')),
    startsOn: date,
    endsOn: date,
    status: z.string(),
    duties: z.string(),
    mentorName: z.string(),
    returnDepartment: z.string(),
    returnRole: z.string(),
  });
  type Values = z.infer<typeof schema>;
  const fields = Object.keys(schema.shape) as (keyof Values)[];
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      hostDepartment: s.hostDepartment,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      status: s.status,
      duties: s.duties ?? '',
      mentorName: s.mentorName ?? '',
      returnDepartment: s.returnDepartment ?? '',
      returnRole: s.returnRole ?? '',
    },
  });
  const [update] = useMutation(UPDATE_SECONDMENT, { refetchQueries: ['Secondment'] });
  const [formError, setFormError] = useState<string | null>(null);
  const closed = s.status === 'ENDED_EARLY' || s.status === 'COMPLETED';
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const { status, duties, mentorName, returnDepartment, returnRole, ...rest } = values;
    const orNull = (value: string) => (value.trim() ? value : null);
    try {
      await update({
        variables: {
          input: {
            id: s.id,
            ...rest,
            // A closed secondment keeps its status: the API refuses any other.
            ...(closed || status === s.status ? {} : { status: status as SecondmentStatus }),
            duties: orNull(duties),
            mentorName: orNull(mentorName),
            returnDepartment: orNull(returnDepartment),
            returnRole: orNull(returnRole),
          },
        },
      });
      back();
    } catch (error) {
      const known = knownReason(error, fields);
      if (known && known.field !== 'homeTenantSlug') {
        form.setError(known.field, { type: 'server', message: t(known.message) });
      } else {
        setFormError(applyApiErrors(error, form.setError, fields));
      }
    }
  });
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-solid-gray-900">{t('secondments.form.editTitle')}</h1>
      <p className="mb-6 text-lg">
        {s.staff.name}（{s.homeCity.nameJa}・{s.fiscalYearLabel}）
      </p>
      <form onSubmit={submit} noValidate>
        {formError && <Alert>{formError}</Alert>}
        <fieldset className={SECTION}>
          <legend className="text-xl font-bold">{t('secondments.form.secondment')}</legend>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField control={form.control} name="hostDepartment" label={t('secondments.form.hostDepartment')} />
            {!closed && <StatusSelect control={form.control as unknown as Control<{ status: string }>} />}
            <TextField control={form.control} name="startsOn" label={t('secondments.form.startsOn')} />
            <TextField control={form.control} name="endsOn" label={t('secondments.form.endsOn')} />
            <TextField control={form.control} name="mentorName" label={t('secondments.form.mentorName')} />
            <TextField control={form.control} name="returnDepartment" label={t('secondments.form.returnDepartment')} />
            <TextField control={form.control} name="returnRole" label={t('secondments.form.returnRole')} />
          </div>
          <TextAreaField control={form.control} name="duties" label={t('secondments.form.duties')} />
        </fieldset>
        <div className="mb-8 flex gap-4">
          <Button type="submit" isDisabled={form.formState.isSubmitting}>
            {t('secondments.form.save')}
          </Button>
          <TextLink to="/platform/secondments/$id" params={{ id: s.id }} className="self-center">
            {t('secondments.form.cancel')}
          </TextLink>
        </div>
      </form>
      {!closed && <EndEarlyForm id={s.id} onDone={back} />}
    </>
  );
}

function EndEarlyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const schema = z.object({
    date: z.string().regex(DATE, t('secondments.form.date')),
    reason: z.string().trim().min(1, t('errors.required')),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { date: '', reason: '' } });
  const [endEarly] = useMutation(END_SECONDMENT_EARLY, { refetchQueries: ['Secondment'] });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await endEarly({ variables: { input: { id, ...values } } });
      onDone();
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['date', 'reason']));
    }
  });
  return (
    <form onSubmit={submit} noValidate className={SECTION} aria-labelledby="end-early-title">
      <h2 id="end-early-title" className="text-xl font-bold">
        {t('secondments.endEarly.title')}
      </h2>
      {formError && <Alert>{formError}</Alert>}
      <TextField control={form.control} name="date" label={t('secondments.endEarly.date')} />
      <TextAreaField control={form.control} name="reason" label={t('secondments.endEarly.reason')} />
      <div>
        <Button type="submit" variant="secondary" isDisabled={form.formState.isSubmitting}>
          {t('secondments.endEarly.submit')}
        </Button>
      </div>
    </form>
  );
}
