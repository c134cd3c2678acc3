import { useMutation, useQuery } from '@apollo/client/react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextField } from '../../ui/TextField';
import { FormStatus, Section, useSave } from './form';
import { LINE_CHANNEL_HOURS, UPDATE_CHANNEL_HOURS } from './queries';

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
type Weekday = (typeof DAYS)[number];
const RANGE = /^([01]?\d|2[0-4]):([0-5]\d)\s*[-–〜~]\s*([01]?\d|2[0-4]):([0-5]\d)$/;

interface Range {
  day: Weekday;
  start: string;
  end: string;
}

const pad = (time: string) => time.padStart(5, '0');

/** "9:00-12:00, 13:00-17:00" ⇄ the day's ranges: several ranges a day stay as they are. */
function rangesOf(text: string): { start: string; end: string }[] | null {
  const parts = text
    .split(/[,、，]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const ranges = [];
  for (const part of parts) {
    const match = RANGE.exec(part.normalize('NFKC'));
    if (!match) return null;
    ranges.push({ start: pad(`${match[1]}:${match[2]}`), end: pad(`${match[3]}:${match[4]}`) });
  }
  return ranges;
}

/** Each LINE channel's business hours (an automatic answer goes out outside them). */
export function BusinessHoursSection() {
  const { t } = useTranslation();
  const channels = useQuery(LINE_CHANNEL_HOURS, { fetchPolicy: 'cache-and-network' });
  return (
    <Section id="hours" title={t('settings.inbox.hours.title')} lead={t('settings.inbox.hours.lead')}>
      {!channels.data?.lineChannels ? (
        <QueryProblem error={channels.error} onRetry={() => void channels.refetch()} />
      ) : channels.data.lineChannels.length === 0 ? (
        <p>{t('settings.inbox.hours.noChannel')}</p>
      ) : (
        channels.data.lineChannels.map((channel) => (
          <ChannelHours
            key={channel.id}
            id={channel.id}
            name={channel.name}
            weekly={channel.businessHours?.weekly ?? []}
            closedOnPublicHolidays={channel.businessHours?.closedOnPublicHolidays ?? true}
          />
        ))
      )}
    </Section>
  );
}

function ChannelHours({
  id,
  name,
  weekly,
  closedOnPublicHolidays,
}: {
  id: string;
  name: string;
  weekly: Range[];
  closedOnPublicHolidays: boolean;
}) {
  const { t } = useTranslation();
  const hours = z.string().refine((value) => rangesOf(value) !== null, t('settings.inbox.hours.format'));
  const schema = z.object({
    MON: hours,
    TUE: hours,
    WED: hours,
    THU: hours,
    FRI: hours,
    SAT: hours,
    SUN: hours,
    closedOnPublicHolidays: z.boolean(),
  });
  const initial = Object.fromEntries(
    DAYS.map((day) => [
      day,
      weekly
        .filter((range) => range.day === day)
        .map((range) => `${range.start}-${range.end}`)
        .join(', '),
    ]),
  ) as Record<Weekday, string>;
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { ...initial, closedOnPublicHolidays },
  });
  const [update] = useMutation(UPDATE_CHANNEL_HOURS);
  const { submit, formError, saved, submitting } = useSave(form, [...DAYS], (values) =>
    update({
      variables: {
        input: {
          id,
          businessHours: {
            closedOnPublicHolidays: values.closedOnPublicHolidays,
            weekly: DAYS.flatMap((day) => (rangesOf(values[day]) ?? []).map((range) => ({ day, ...range }))),
          },
        },
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`hours-${id}`} className="flex flex-col gap-3">
      <h3 id={`hours-${id}`} className="font-bold">
        {name}
      </h3>
      <FormStatus formError={formError} saved={saved} />
      <div className="grid gap-3 md:grid-cols-4">
        {DAYS.map((day) => (
          <TextField key={day} control={form.control} name={day} label={t(`settings.inbox.hours.days.${day}`)} />
        ))}
      </div>
      <Controller
        control={form.control}
        name="closedOnPublicHolidays"
        render={({ field }) => (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              className="size-5 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
            {t('settings.inbox.hours.holidays')}
          </label>
        )}
      />
      <div>
        <Button type="submit" isDisabled={submitting}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
