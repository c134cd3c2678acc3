import './locale';
import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { applyApiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { usePlatformShell } from '../platform/PlatformShell';
import { CitySelect } from './CitySelect';
import { DATE } from './format';
import { ADD_ASSIGNMENT, ADD_CHECK_IN, SECONDMENT } from './queries';

const SECTION = 'mb-6 rounded-12 border border-solid-gray-200 bg-white p-6';
const TH = 'border-b border-solid-gray-420 px-3 py-2 text-left font-bold';
const TD = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/** A person's secondment: what it is, the work within it, and the check-ins only the NPO and the mentor read. */
export function SecondmentPage() {
  const { t } = useTranslation();
  const { can } = usePlatformShell();
  const { id } = useParams({ from: '/platform/secondments/$id' });
  const query = useQuery(SECONDMENT, { variables: { id } });
  const s = query.data?.secondment;
  if (!s) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const manage = can('platform:secondments:manage');
  return (
    <>
      <p className="mb-4">
        <TextLink to="/platform/secondments" search={{}}>
          {t('secondments.record.back')}
        </TextLink>
      </p>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-solid-gray-900">
          {s.staff.name}
          <span className="ml-3 text-lg font-normal text-solid-gray-700">{s.staff.nameKana}</span>
        </h1>
        {manage && (
          <TextLink to="/platform/secondments/$id/edit" params={{ id: s.id }} className="font-bold">
            {t('secondments.record.edit')}
          </TextLink>
        )}
      </div>

      <section aria-labelledby="record-details" className={SECTION}>
        <h2 id="record-details" className="mb-4 text-xl font-bold">
          {t('secondments.record.details')}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
          <Item label={t('secondments.columns.fiscalYear')}>{s.fiscalYearLabel}</Item>
          <Item label={t('secondments.columns.status')}>
            {t(`secondments.status.${s.status}`)}
            {s.endedEarlyOn && (
              <span className="block">
                {t('secondments.record.endedEarly', { date: s.endedEarlyOn, reason: s.endReason ?? '' })}
              </span>
            )}
          </Item>
          <Item label={t('secondments.columns.homeCity')}>{s.homeCity.nameJa}</Item>
          <Item label={t('secondments.record.homeDepartment')}>
            {s.staff.homeDepartment} {s.staff.jobTitle}
          </Item>
          {s.staff.employeeNumber && (
            <Item label={t('secondments.record.employeeNumber')}>{s.staff.employeeNumber}</Item>
          )}
          <Item label={t('secondments.columns.host')}>
            {s.hostOrganization} {s.hostDepartment}
          </Item>
          <Item label={t('secondments.columns.period')}>
            {t('secondments.period', { from: s.startsOn, to: s.endsOn })}
          </Item>
          <Item label={t('secondments.record.legalBasis')}>{s.legalBasis}</Item>
          {s.memorandumTitle && (
            <Item label={t('secondments.record.memorandum')}>
              {[s.memorandumTitle, s.memorandumSignedOn, s.memorandumReference].filter(Boolean).join('・')}
            </Item>
          )}
          {s.duties && <Item label={t('secondments.record.duties')}>{s.duties}</Item>}
          {s.mentorName && <Item label={t('secondments.record.mentor')}>{s.mentorName}</Item>}
          {(s.returnDepartment || s.returnRole) && (
            <Item label={t('secondments.columns.returnPlacement')}>
              {[s.returnDepartment, s.returnRole].filter(Boolean).join(' ')}
            </Item>
          )}
        </dl>
      </section>

      <section aria-labelledby="record-assignments" className={SECTION}>
        <h2 id="record-assignments" className="mb-4 text-xl font-bold">
          {t('secondments.record.assignments')}
        </h2>
        {s.assignments.length === 0 ? (
          <p>{t('secondments.record.noAssignments')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t('secondments.record.assignmentsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    {t('secondments.record.programme')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.record.city')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.record.role')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.record.timeShare')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.columns.period')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.assignments.map((a) => (
                  <tr key={a.id}>
                    <td className={TD}>{a.programme}</td>
                    <td className={TD}>{a.city.nameJa}</td>
                    <td className={TD}>{a.role}</td>
                    <td className={TD}>{a.timeShare}%</td>
                    <td className={TD}>{t('secondments.period', { from: a.startsOn, to: a.endsOn })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {manage && <AssignmentForm secondmentId={s.id} onDone={() => void query.refetch()} />}
      </section>

      {s.checkIns && (
        <section aria-labelledby="record-check-ins" className={SECTION}>
          <h2 id="record-check-ins" className="mb-2 text-xl font-bold">
            {t('secondments.record.checkIns')}
          </h2>
          <p className="mb-4 text-sm text-solid-gray-700">{t('secondments.record.checkInsPrivate')}</p>
          {s.checkIns.length === 0 ? (
            <p>{t('secondments.record.noCheckIns')}</p>
          ) : (
            <ol aria-label={t('secondments.record.checkIns')} className="mb-4 flex flex-col gap-3">
              {s.checkIns.map((c) => (
                <li key={c.id} className="rounded-8 border border-solid-gray-200 p-4">
                  <p className="font-bold">
                    {c.heldOn}
                    <span className="ml-3 font-normal">
                      {t('secondments.record.wellbeing')}: {c.wellbeing}
                    </span>
                  </p>
                  <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
                    {c.learningGoals && <Item label={t('secondments.record.learningGoals')}>{c.learningGoals}</Item>}
                    {c.issues && <Item label={t('secondments.record.issues')}>{c.issues}</Item>}
                    {c.notes && <Item label={t('secondments.record.notes')}>{c.notes}</Item>}
                  </dl>
                </li>
              ))}
            </ol>
          )}
          <CheckInForm secondmentId={s.id} onDone={() => void query.refetch()} />
        </section>
      )}
    </>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-bold text-solid-gray-700">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Today in Japan, as YYYY-MM-DD: the default day of a check-in. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', dateStyle: 'short' }).format(new Date());
}

function CheckInForm({ secondmentId, onDone }: { secondmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const schema = z.object({
    heldOn: z.string().regex(DATE, t('secondments.form.date')),
    wellbeing: z.string().regex(/^[1-5]$/, t('secondments.checkIn.wellbeingRange')),
    learningGoals: z.string(),
    issues: z.string(),
    notes: z.string(),
  });
  type Values = z.infer<typeof schema>;
  const empty: Values = { heldOn: today(), wellbeing: '', learningGoals: '', issues: '', notes: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const [add] = useMutation(ADD_CHECK_IN);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    try {
      await add({
        variables: {
          input: {
            secondmentId,
            heldOn: values.heldOn,
            wellbeing: Number(values.wellbeing),
            ...(values.learningGoals.trim() ? { learningGoals: values.learningGoals } : {}),
            ...(values.issues.trim() ? { issues: values.issues } : {}),
            ...(values.notes.trim() ? { notes: values.notes } : {}),
          },
        },
      });
      form.reset(empty);
      setDone(true);
      onDone();
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['heldOn', 'wellbeing', 'learningGoals', 'issues', 'notes']));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="check-in-title" className="flex flex-col gap-4">
      <h3 id="check-in-title" className="text-lg font-bold">
        {t('secondments.checkIn.title')}
      </h3>
      {formError && <Alert>{formError}</Alert>}
      {done && <Alert tone="success">{t('secondments.checkIn.done')}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField control={form.control} name="heldOn" label={t('secondments.record.heldOn')} />
        <TextField
          control={form.control}
          name="wellbeing"
          label={t('secondments.record.wellbeing')}
          inputMode="numeric"
        />
      </div>
      <TextAreaField control={form.control} name="learningGoals" label={t('secondments.record.learningGoals')} />
      <TextAreaField control={form.control} name="issues" label={t('secondments.record.issues')} />
      <TextAreaField control={form.control} name="notes" label={t('secondments.record.notes')} />
      <div>
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('secondments.checkIn.submit')}
        </Button>
      </div>
    </form>
  );
}

function AssignmentForm({ secondmentId, onDone }: { secondmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const schema = z.object({
    citySlug: z.string().min(1, t('secondments.form.chooseCity')),
    programme: z.string().min(1, t('errors.required')),
    role: z.string().min(1, t('errors.required')),
    timeShare: z.string().regex(/^(100|[1-9][0-9]?)$/, t('secondments.assignment.timeShareRange')),
  });
  type Values = z.infer<typeof schema>;
  const empty: Values = { citySlug: '', programme: '', role: '', timeShare: '' };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: empty });
  const [add] = useMutation(ADD_ASSIGNMENT);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    try {
      await add({ variables: { input: { secondmentId, ...values, timeShare: Number(values.timeShare) } } });
      form.reset(empty);
      setDone(true);
      onDone();
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['citySlug', 'programme', 'role', 'timeShare']));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="assignment-title" className="mt-6 flex flex-col gap-4">
      <h3 id="assignment-title" className="text-lg font-bold">
        {t('secondments.assignment.title')}
      </h3>
      {formError && <Alert>{formError}</Alert>}
      {done && <Alert tone="success">{t('secondments.assignment.done')}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <CitySelect control={form.control} name="citySlug" label={t('secondments.assignment.citySlug')} />
        <TextField control={form.control} name="programme" label={t('secondments.record.programme')} />
        <TextField control={form.control} name="role" label={t('secondments.record.role')} />
        <TextField
          control={form.control}
          name="timeShare"
          label={`${t('secondments.record.timeShare')} (%)`}
          inputMode="numeric"
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" isDisabled={form.formState.isSubmitting}>
          {t('secondments.assignment.submit')}
        </Button>
      </div>
    </form>
  );
}
