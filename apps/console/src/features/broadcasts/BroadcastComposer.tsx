import './locale';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useController, useFieldArray, useForm, useWatch, type Control, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BroadcastItemFragment, BroadcastMessageKind, SegmentInput } from '../../gql/graphql';
import { apiErrors, messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { AUDIENCE_SCHEMA } from '../audience/queries';
import { useShell } from '../shell/useShell';
import { LinePreview } from './LinePreview';
import { AUDIENCE_COUNT, BROADCAST, BROADCAST_CHANNELS, CREATE_BROADCAST, UPDATE_BROADCAST } from './queries';
import {
  EMPTY_SEGMENT,
  fieldOfError,
  segmentComplete,
  segmentForm,
  segmentInput,
  type ComposerForm,
  type MessageForm,
  type SegmentForm,
} from './segment';
import { SegmentEditor } from './SegmentEditor';
import { instantIn, localIn } from './time';

const EMPTY_MESSAGE: MessageForm = { kind: 'TEXT', text: '', imageUrl: '', title: '', url: '' };
const MAX_MESSAGES = 5;

/** A new broadcast. */
export function NewBroadcastPage() {
  return <Composer />;
}

/** A draft, edited. */
export function EditBroadcastPage() {
  const { id } = useParams({ from: '/$tenant/broadcasts/$id/edit' });
  const query = useQuery(BROADCAST, { variables: { id } });
  const item = query.data?.broadcast;
  if (!item) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  return <Composer existing={item} />;
}

type Existing = BroadcastItemFragment;

function Composer({ existing }: { existing?: Existing }) {
  const { t } = useTranslation();
  const { slug, tenant, me } = useShell();
  const navigate = useNavigate();
  const channels = useQuery(BROADCAST_CHANNELS);
  const schema = useQuery(AUDIENCE_SCHEMA, { fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CREATE_BROADCAST);
  const [update] = useMutation(UPDATE_BROADCAST);
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError, register, setValue } = useForm<ComposerForm>({
    defaultValues: existing
      ? {
          title: existing.title,
          channelId: existing.channelId,
          messages: existing.messages.map((m) => ({
            kind: m.kind,
            text: m.text ?? '',
            imageUrl: m.imageUrl ?? '',
            title: m.title ?? '',
            url: m.url ?? '',
          })),
          audienceKind: existing.audienceKind,
          segment: segmentForm(existing.segment),
          scheduleMode: existing.scheduledAt ? 'at' : 'now',
          scheduledAt: existing.scheduledAt ? localIn(existing.scheduledAt, tenant.timezone) : '',
          notificationDisabled: existing.notificationDisabled,
          aggregationUnit: existing.aggregationUnit ?? '',
        }
      : {
          title: '',
          channelId: '',
          messages: [{ ...EMPTY_MESSAGE }],
          audienceKind: 'EVERYONE',
          segment: EMPTY_SEGMENT,
          scheduleMode: 'now',
          scheduledAt: '',
          notificationDisabled: false,
          aggregationUnit: '',
        },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'messages' });
  const values = useWatch({ control });
  const channelList = channels.data?.broadcastChannels ?? [];
  const channelId = values.channelId || channelList[0]?.id || '';
  const channel = channelList.find((c) => c.id === channelId);
  const segmentCount = useSegmentCount(
    channelId,
    values.audienceKind === 'SEGMENT' ? (values.segment as SegmentForm | undefined) : undefined,
  );
  const reach =
    values.audienceKind === 'TEST'
      ? 1
      : values.audienceKind === 'SEGMENT'
        ? segmentCount.count
        : (channel?.reachableFamilies ?? 0);

  const onSubmit = handleSubmit(async (form) => {
    setProblem(null);
    const input = {
      channelId,
      title: form.title,
      messages: form.messages.map((m) =>
        m.kind === 'TEXT'
          ? { kind: m.kind, text: m.text }
          : m.kind === 'IMAGE'
            ? { kind: m.kind, imageUrl: m.imageUrl }
            : { kind: m.kind, title: m.title, url: m.url },
      ),
      audienceKind: form.audienceKind,
      segment: form.audienceKind === 'SEGMENT' ? segmentInput(form.segment) : null,
      testUserIds: form.audienceKind === 'TEST' ? [me.id] : null,
      scheduledAt:
        form.scheduleMode === 'at' && form.scheduledAt
          ? instantIn(form.scheduledAt, tenant.timezone).toISOString()
          : null,
      notificationDisabled: form.notificationDisabled,
      aggregationUnit: form.aggregationUnit || null,
    };
    try {
      const result = existing
        ? (await update({ variables: { input: { id: existing.id, ...input } } })).data?.updateBroadcast
        : (await create({ variables: { input } })).data?.createBroadcast;
      const saved = result ?? null;
      if (saved) await navigate({ to: '/$tenant/broadcasts/$id', params: { tenant: slug, id: saved.id } });
    } catch (error) {
      let placed = false;
      for (const e of apiErrors(error)) {
        for (const fieldError of e.extensions?.fieldErrors ?? []) {
          setError(fieldOfError(fieldError.field) as Path<ComposerForm>, {
            type: 'server',
            message: fieldError.messages.join(' '),
          });
          placed = true;
        }
      }
      setProblem(placed ? t('broadcasts.composer.problems') : messageOf(error));
    }
  });

  if (!channels.data) return <QueryProblem error={channels.error} onRetry={() => void channels.refetch()} />;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">
        {existing ? t('broadcasts.composer.editTitle') : t('broadcasts.composer.newTitle')}
      </h1>
      <div className="flex flex-wrap items-start gap-8">
        <form
          onSubmit={(event) => void onSubmit(event)}
          noValidate
          className="flex max-w-2xl min-w-[320px] flex-1 flex-col gap-5 rounded-12 border border-solid-gray-200 bg-white p-6"
        >
          {problem && <Alert>{problem}</Alert>}
          <TextField control={control} name="title" label={t('broadcasts.composer.name')} />
          {channelList.length > 1 && (
            <Select
              label={t('broadcasts.composer.channel')}
              value={channelId}
              onChange={(value) => setValue('channelId', value)}
              options={channelList.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 text-lg font-bold">{t('broadcasts.composer.messages')}</legend>
            {fields.map((field, index) => (
              <MessageEditor
                key={field.id}
                index={index}
                control={control}
                kind={values.messages?.[index]?.kind ?? 'TEXT'}
                onKind={(kind) => setValue(`messages.${index}.kind`, kind)}
                onRemove={fields.length > 1 ? () => remove(index) : undefined}
              />
            ))}
            {fields.length < MAX_MESSAGES && (
              <Button variant="secondary" className="self-start" onPress={() => append({ ...EMPTY_MESSAGE })}>
                {t('broadcasts.composer.addMessage')}
              </Button>
            )}
          </fieldset>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 text-lg font-bold">{t('broadcasts.composer.audience')}</legend>
            {(['EVERYONE', 'SEGMENT', 'TEST'] as const).map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" value={kind} {...register('audienceKind')} className="size-5" />
                {t(`broadcasts.composer.audiences.${kind}`)}
              </label>
            ))}
            {values.audienceKind === 'SEGMENT' &&
              (schema.data?.audienceSchema ? (
                <SegmentEditor control={control} schema={schema.data.audienceSchema} />
              ) : (
                <QueryProblem error={schema.error} onRetry={() => void schema.refetch()} />
              ))}
            <p role="status" className={`font-bold ${reach === 0 ? 'text-error-2' : ''}`} data-testid="composer-reach">
              {segmentCount.problem && values.audienceKind === 'SEGMENT'
                ? t('broadcasts.composer.countProblem', { problem: segmentCount.problem })
                : reach === null
                  ? t(segmentCount.complete ? 'broadcasts.composer.counting' : 'broadcasts.composer.reachIncomplete')
                  : reach === 0 && values.audienceKind === 'SEGMENT'
                    ? t('broadcasts.composer.reachNone')
                    : t('broadcasts.composer.reach', { count: reach })}
            </p>
          </fieldset>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 text-lg font-bold">{t('broadcasts.composer.schedule')}</legend>
            <label className="flex items-center gap-2">
              <input type="radio" value="now" {...register('scheduleMode')} className="size-5" />
              {t('broadcasts.composer.scheduleNow')}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="at" {...register('scheduleMode')} className="size-5" />
              {t('broadcasts.composer.scheduleAt', { zone: tenant.timezone })}
            </label>
            {values.scheduleMode === 'at' && (
              <DateTimeField control={control} label={t('broadcasts.composer.scheduledAt')} />
            )}
            <label className="mt-2 flex items-center gap-2">
              <input type="checkbox" {...register('notificationDisabled')} className="size-5" />
              {t('broadcasts.composer.quiet')}
            </label>
          </fieldset>
          <TextField control={control} name="aggregationUnit" label={t('broadcasts.composer.aggregationUnit')} />
          <Button type="submit" className="self-start">
            {t('broadcasts.composer.save')}
          </Button>
        </form>
        {/* Kept in view beside a long form (the segment editor grows it): what is edited stays seen. */}
        <div className="sticky top-4 self-start">
          <LinePreview
            accountName={channel?.name ?? tenant.nameJa}
            messages={(values.messages ?? []).map((m) => ({
              kind: m?.kind ?? 'TEXT',
              text: m?.text,
              imageUrl: m?.imageUrl,
              title: m?.title,
              url: m?.url,
            }))}
          />
        </div>
      </div>
    </>
  );
}

function MessageEditor({
  index,
  control,
  kind,
  onKind,
  onRemove,
}: {
  index: number;
  control: Control<ComposerForm>;
  kind: BroadcastMessageKind;
  onKind: (kind: BroadcastMessageKind) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-300 p-4" data-testid="message-editor">
      <div className="flex items-end justify-between gap-4">
        <Select
          label={`${t('broadcasts.composer.messageN', { n })} ${t('broadcasts.composer.kind')}`}
          value={kind}
          onChange={(value) => onKind(value as BroadcastMessageKind)}
          options={(['TEXT', 'IMAGE', 'LINK'] as const).map((k) => ({
            value: k,
            label: t(`broadcasts.composer.kinds.${k}`),
          }))}
        />
        {onRemove && (
          <Button variant="text" onPress={onRemove}>
            {t('broadcasts.composer.removeMessage', { n })}
          </Button>
        )}
      </div>
      {kind === 'TEXT' && (
        <TextAreaField
          control={control}
          name={`messages.${index}.text`}
          label={t('broadcasts.composer.text')}
          rows={4}
        />
      )}
      {kind === 'IMAGE' && (
        <TextField control={control} name={`messages.${index}.imageUrl`} label={t('broadcasts.composer.imageUrl')} />
      )}
      {kind === 'LINK' && (
        <>
          <TextField control={control} name={`messages.${index}.title`} label={t('broadcasts.composer.linkTitle')} />
          <TextField control={control} name={`messages.${index}.url`} label={t('broadcasts.composer.linkUrl')} />
        </>
      )}
    </div>
  );
}

/** A native date-and-time field: the browser's own picker, read in the tenant's zone as the label says. */
function DateTimeField({ control, label }: { control: Control<ComposerForm>; label: string }) {
  const { field, fieldState } = useController({ control, name: 'scheduledAt' });
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="broadcast-scheduled-at" className="font-bold text-solid-gray-800">
        {label}
      </label>
      <input
        id="broadcast-scheduled-at"
        type="datetime-local"
        value={field.value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        aria-invalid={fieldState.invalid}
        aria-describedby={fieldState.error ? 'broadcast-scheduled-at-error' : undefined}
        className="max-w-xs rounded-8 border border-solid-gray-600 bg-white px-4 py-3"
      />
      {fieldState.error && (
        <p id="broadcast-scheduled-at-error" className="text-sm text-error-2">
          {fieldState.error.message}
        </p>
      )}
    </div>
  );
}

const COUNT_DELAY_MS = 400;

/**
 * The families a segment reaches on the channel, asked again once the editing pauses: null while the
 * segment still misses a choice (the API would refuse it), and for an audience that is not a segment.
 */
function useSegmentCount(
  channelId: string,
  segment: SegmentForm | undefined,
): { count: number | null; complete: boolean; problem: string | null } {
  const complete = segment !== undefined && segmentComplete(segment);
  const key = complete ? JSON.stringify(segmentInput(segment)) : null;
  const [asked, setAsked] = useState<string | null>(key);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(key), COUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const count = useQuery(AUDIENCE_COUNT, {
    variables: { channelId: channelId || null, segment: asked ? (JSON.parse(asked) as SegmentInput) : null },
    skip: !asked || !channelId || key === null,
    fetchPolicy: 'network-only',
  });
  if (key === null) return { count: null, complete: false, problem: null };
  return {
    count: count.error ? null : ((count.data ?? count.previousData)?.audienceCount ?? null),
    complete: true,
    problem: count.error ? messageOf(count.error) : null,
  };
}
