import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { apiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { FormStatus, ItemActions, orNull, Section, settingsMessage, useSave } from './form';
import { ADD_CRISIS_CONTACT, REMOVE_CRISIS_CONTACT, UPDATE_CRISIS_CONTACT } from './queries';

interface Contact {
  id: string;
  name: string;
  phone: string;
  note?: string | null;
}

/** A contact edited on a stale copy: the API answers NOT_FOUND, and the page shows the list as it is now. */
function isStale(error: unknown): boolean {
  return apiErrors(error)[0]?.extensions?.code === 'NOT_FOUND';
}

/**
 * The crisis contacts, one at a time: each add, edit and removal changes that one contact on the
 * server (`addCrisisContact`, ...), so what another admin changed meanwhile is never overwritten.
 */
export function CrisisContactsSection({ contacts, refetch }: { contacts: Contact[]; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [remove] = useMutation(REMOVE_CRISIS_CONTACT);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const removeContact = async (id: string) => {
    setProblem(null);
    try {
      await remove({ variables: { input: { id } } });
    } catch (error) {
      setProblem(isStale(error) ? t('settings.inbox.crisis.stale') : settingsMessage(error));
    }
    await refetch();
  };
  return (
    <Section id="crisis" title={t('settings.inbox.crisis.title')} lead={t('settings.inbox.crisis.lead')}>
      {problem && <Alert>{problem}</Alert>}
      <ol className="flex flex-col divide-y divide-solid-gray-100" aria-label={t('settings.inbox.crisis.title')}>
        {contacts.map((contact) => (
          <li key={contact.id} className="py-3">
            {editing === contact.id ? (
              <ContactForm
                contact={contact}
                refetch={refetch}
                done={() => setEditing(null)}
                onStale={() => {
                  setEditing(null);
                  setProblem(t('settings.inbox.crisis.stale'));
                }}
              />
            ) : (
              <div className="flex items-center justify-between gap-4">
                <p>
                  <span className="font-bold">{contact.name}</span> {contact.phone}
                  {contact.note && <span className="text-solid-gray-700">（{contact.note}）</span>}
                </p>
                <ItemActions
                  name={contact.name}
                  onEdit={() => setEditing(contact.id)}
                  onRemove={() => void removeContact(contact.id)}
                />
              </div>
            )}
          </li>
        ))}
      </ol>
      <ContactForm refetch={refetch} />
    </Section>
  );
}

function ContactForm({
  contact,
  refetch,
  done,
  onStale,
}: {
  contact?: Contact;
  refetch: () => Promise<unknown>;
  done?: () => void;
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const schema = z.object({
    name: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(50, t('settings.tooLong', { max: 50 })),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9０-９+\-－() ]{2,20}$/, t('settings.inbox.crisis.phoneFormat')),
    note: z
      .string()
      .trim()
      .max(50, t('settings.tooLong', { max: 50 })),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: contact?.name ?? '', phone: contact?.phone ?? '', note: contact?.note ?? '' },
  });
  const [add] = useMutation(ADD_CRISIS_CONTACT);
  const [update] = useMutation(UPDATE_CRISIS_CONTACT);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['name', 'phone', 'note'],
    async (values) => {
      const input = { name: values.name, phone: values.phone, note: orNull(values.note) };
      try {
        if (contact) await update({ variables: { input: { id: contact.id, contact: input } } });
        else await add({ variables: { input: { contact: input } } });
      } catch (error) {
        if (contact && isStale(error)) {
          await refetch();
          onStale?.();
          return;
        }
        throw error;
      }
      await refetch();
      done?.();
    },
    { resetOnSuccess: !contact },
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={contact ? t('settings.editLabel', { name: contact.name }) : t('settings.inbox.crisis.title')}
      className="flex flex-col gap-3"
    >
      <FormStatus formError={formError} saved={saved && !contact} />
      <div className="grid gap-3 md:grid-cols-3">
        <TextField control={form.control} name="name" label={t('settings.inbox.crisis.name')} />
        <TextField control={form.control} name="phone" label={t('settings.inbox.crisis.phone')} inputMode="numeric" />
        <TextField control={form.control} name="note" label={t('settings.inbox.crisis.note')} />
      </div>
      <div className="flex gap-3">
        <Button type="submit" variant="secondary" isDisabled={submitting}>
          {contact ? t('settings.save') : t('settings.add')}
        </Button>
        {contact && (
          <Button variant="text" onPress={done}>
            {t('settings.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
