import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../gql/graphql';
import { applyApiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/TextAreaField';
import { useShell } from '../shell/useShell';
import { ADD_REFERRAL_NOTE } from './queries';

/** The statuses the API takes notes in: sent and not yet finished. */
const TAKES_NOTES: readonly ReferralStatus[] = ['SENT', 'ACCEPTED', 'IN_PROGRESS'];

/**
 * A note on an open referral, the same box for both sides (a partner agency and the referring
 * counsellors): it joins the timeline, which the mutation's answer updates in place, and the other
 * side sees it arrive live.
 */
export function ReferralNoteForm({ referralId, status }: { referralId: string; status: ReferralStatus }) {
  const { t } = useTranslation();
  const { can } = useShell();
  const schema = z.object({
    text: z.string().trim().min(1, t('errors.required')).max(2000, t('referralNotes.tooLong')),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { text: '' } });
  const [add] = useMutation(ADD_REFERRAL_NOTE);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  if (!can('tenant:referrals:note') || !TAKES_NOTES.includes(status)) return null;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    try {
      await add({ variables: { input: { referralId, text: values.text } } });
      form.reset({ text: '' });
      setDone(true);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['text']));
    }
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="referral-note-title"
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-200 bg-white p-4"
    >
      <h2 id="referral-note-title" className="text-xl font-bold">
        {t('referralNotes.title')}
      </h2>
      {formError && <Alert>{formError}</Alert>}
      {done && <Alert tone="success">{t('referralNotes.done')}</Alert>}
      <TextAreaField
        control={form.control}
        name="text"
        label={t('referralNotes.label')}
        description={t('referralNotes.hint')}
      />
      <div>
        <Button type="submit" isDisabled={form.formState.isSubmitting}>
          {t('referralNotes.submit')}
        </Button>
      </div>
    </form>
  );
}
