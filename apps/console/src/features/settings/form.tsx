import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useController,
  type Control,
  type FieldPath,
  type FieldValues,
  type Path,
  type UseFormReturn,
  type UseFormSetError,
} from 'react-hook-form';
import type { PhoneType } from '../../gql/graphql';
import { apiErrors, applyApiErrors, messageOf, reasonOf } from '../../lib/errors';
import i18n from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/**
 * Submits a settings form: zod has checked it, the API's field errors land on its fields, anything
 * else above it; what was typed stays after a failure, and a success says so.
 */
export function useSave<T extends FieldValues>(
  form: UseFormReturn<T>,
  fields: readonly Path<T>[],
  run: (values: T) => Promise<unknown>,
  { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {},
) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      await run(values);
      setSaved(true);
      if (resetOnSuccess) form.reset();
    } catch (error) {
      setFormError(placeKnownRefusal(error, form.setError, fields) ?? applyApiErrors(error, form.setError, fields));
    }
  });
  return { submit, formError, saved, submitting: form.formState.isSubmitting };
}

/**
 * The settings' own refusals (a name taken, a full list) in the page's language: on the field the API
 * names when the form has it, else for the form. Null when the error is none of them.
 */
function placeKnownRefusal<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const first = apiErrors(error)[0];
  const reason = first?.extensions?.reason;
  const key = `settings.errors.${reason}`;
  if (!reason || !i18n.exists(key)) return null;
  const message = i18n.t(key);
  const field = first.extensions?.fieldErrors?.[0]?.field.split('.').pop() as Path<T> | undefined;
  if (field && fields.includes(field)) {
    setError(field, { type: 'server', message });
    return '';
  }
  return message;
}

/** A refusal said in the page's language: the settings' own reasons, else what the console says of any error. */
export function settingsMessage(error: unknown): string {
  const key = `settings.errors.${reasonOf(error)}`;
  return i18n.exists(key) ? i18n.t(key) : messageOf(error);
}

/** What a form says above its fields: the error that belongs to no field, or that it was saved. */
export function FormStatus({ formError, saved }: { formError: string | null; saved: boolean }) {
  const { t } = useTranslation();
  if (formError) return <Alert>{formError}</Alert>;
  // An empty message: the refusal sits on its field.
  return saved ? <Alert tone="success">{t('settings.saved')}</Alert> : null;
}

/** A titled part of a settings page. */
export function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-8 rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id={id} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {lead && <p className="mb-4 text-solid-gray-700">{lead}</p>}
      <div className="flex flex-col gap-4">{children}</div>
    </section>
  );
}

/** Optional text: blank means none. */
export function orNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A labelled native select bound to a react-hook-form field. */
export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  options,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  const { field } = useController({ control, name });
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-bold text-solid-gray-800">
        {label}
      </label>
      <select
        id={id}
        ref={field.ref}
        name={field.name}
        value={field.value as string}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Checkboxes for a list of ids, bound to a react-hook-form field holding the chosen ones; its error shows under them. */
export function CheckboxGroup<T extends FieldValues>({
  control,
  name,
  label,
  options,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: { value: string; label: string }[];
}) {
  const errorId = useId();
  const { field, fieldState } = useController({ control, name });
  const chosen = (field.value as string[] | undefined) ?? [];
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={fieldState.error?.message ? errorId : undefined}>
      <legend className="font-bold text-solid-gray-800">{label}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(event) =>
                field.onChange(
                  event.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value),
                )
              }
              className="size-5 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
            {option.label}
          </label>
        ))}
      </div>
      {fieldState.error?.message && (
        <p id={errorId} className="text-sm text-error-2">
          {fieldState.error.message}
        </p>
      )}
    </fieldset>
  );
}

/** A phone list typed as "078-1, 078-2": numbers already listed keep their kind and note. */
export function phonesFrom(
  text: string,
  existing: { number: string; type?: string | null; description?: string | null }[],
): { number: string; type?: PhoneType | null; description?: string | null }[] {
  return text
    .split(/[,、，]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((number) => {
      const known = existing.find((phone) => phone.number === number);
      return {
        number,
        type: (known?.type as PhoneType | null | undefined) ?? null,
        description: known?.description ?? null,
      };
    });
}

/** A list item's edit and remove buttons, each named after the item for screen readers. */
export function ItemActions({ name, onEdit, onRemove }: { name: string; onEdit?: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex shrink-0 gap-2 whitespace-nowrap">
      {onEdit && (
        <Button variant="text" aria-label={t('settings.editLabel', { name })} onPress={onEdit}>
          {t('settings.edit')}
        </Button>
      )}
      <Button variant="text" aria-label={t('settings.removeLabel', { name })} onPress={onRemove}>
        {t('settings.remove')}
      </Button>
    </div>
  );
}
