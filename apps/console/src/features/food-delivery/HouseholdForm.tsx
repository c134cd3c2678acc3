import './locale';
import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DeliveryMethod, EligibilityBasis, HouseholdEditInput, HouseholdFieldsInput } from './types';
import { applyApiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { PREFECTURES } from '../platform-tenants/local-government-code';

const BASES: EligibilityBasis[] = ['CHILD_REARING_ALLOWANCE', 'SCHOOL_ATTENDANCE_AID', 'OTHER'];
const METHODS: DeliveryMethod[] = ['HAND', 'COURIER'];
const FIELDS = [
  'name',
  'postalCode',
  'prefecture',
  'city',
  'street',
  'building',
  'phone',
  'area',
  'children',
  'eligibilityBasis',
  'eligibilityNote',
  'allergies',
  'preferredMethod',
  'preferredTimes',
] as const;

const ADDRESS_FIELDS = ['postalCode', 'prefecture', 'city', 'street', 'building', 'phone'] as const;

/** The household as it stands, for editing; its address only when staff revealed it (audited). */
export interface HouseholdEditing {
  household: {
    name: string;
    area: string;
    childrenBirthMonths: string[];
    eligibilityBasis: EligibilityBasis;
    eligibilityNote?: string | null;
    allergies?: string | null;
    preferredMethod: DeliveryMethod;
    preferredTimes?: string | null;
    visitConsent: boolean;
  };
  address: {
    postalCode: string;
    prefecture: string;
    city: string;
    street: string;
    building?: string | null;
    phone?: string | null;
  } | null;
}

type Props = { submitLabel: string; defaultPrefecture?: string } & (
  | { editing?: undefined; onSubmit: (input: HouseholdFieldsInput) => Promise<void> }
  | { editing: HouseholdEditing; onSubmit: (input: HouseholdEditInput) => Promise<void> }
);

/**
 * What a household tells about itself: the families' application page and the staff's enrolment,
 * and staff editing it. Editing never opens the address: it is prefilled only when staff revealed
 * it, and sent only when changed (or, unrevealed, when staff choose to enter a new one).
 * The postal code and prefecture are checked by the API (typed errors shown on their fields).
 */
export function HouseholdForm(props: Props) {
  const { submitLabel, defaultPrefecture, editing } = props;
  const { t } = useTranslation();
  const required = z.string().trim().min(1, t('food.form.required'));
  const schema = z
    .object({
      name: required,
      postalCode: z.string(),
      prefecture: z.string(),
      city: z.string(),
      street: z.string(),
      building: z.string(),
      phone: z.string(),
      newAddress: z.boolean(),
      area: z.string(),
      children: z
        .string()
        .refine((v) => splitMonths(v).every((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m)), t('food.form.childrenFormat')),
      eligibilityBasis: z.enum(BASES),
      eligibilityNote: z.string(),
      allergies: z.string(),
      preferredMethod: z.enum(METHODS),
      preferredTimes: z.string(),
      visitConsent: z.boolean(),
    })
    .superRefine((v, ctx) => {
      if (!v.newAddress && editing) return;
      for (const field of ['postalCode', 'prefecture', 'city', 'street'] as const) {
        if (!v[field].trim()) ctx.addIssue({ code: 'custom', path: [field], message: t('food.form.required') });
      }
    });
  type Values = z.infer<typeof schema>;
  const known = editing?.address;
  const h = editing?.household;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: h?.name ?? '',
      postalCode: known?.postalCode ?? '',
      prefecture: known?.prefecture ?? defaultPrefecture ?? '東京都',
      city: known?.city ?? '',
      street: known?.street ?? '',
      building: known?.building ?? '',
      phone: known?.phone ?? '',
      // A revealed address is shown to edit; an unrevealed one is entered anew only on request.
      newAddress: !editing || !!known,
      area: h?.area ?? '',
      children: h?.childrenBirthMonths.join('、') ?? '',
      eligibilityBasis: h?.eligibilityBasis ?? 'CHILD_REARING_ALLOWANCE',
      eligibilityNote: h?.eligibilityNote ?? '',
      allergies: h?.allergies ?? '',
      preferredMethod: h?.preferredMethod ?? 'HAND',
      preferredTimes: h?.preferredTimes ?? '',
      visitConsent: h?.visitConsent ?? false,
    },
  });
  const newAddress = form.watch('newAddress');
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    const address = {
      postalCode: v.postalCode,
      prefecture: v.prefecture,
      city: v.city,
      street: v.street,
      building: v.building || null,
      phone: v.phone || null,
    };
    try {
      if (props.editing) {
        // Sent only when it changes: the sealed address is otherwise left as it is.
        const changed = v.newAddress && (!known || ADDRESS_FIELDS.some((f) => (known[f] ?? '') !== v[f]));
        await props.onSubmit({
          name: v.name,
          address: changed ? address : null,
          area: v.area.trim() || null,
          childrenBirthMonths: splitMonths(v.children),
          eligibilityBasis: v.eligibilityBasis,
          // Empty clears a note.
          eligibilityNote: v.eligibilityNote,
          allergies: v.allergies,
          preferredMethod: v.preferredMethod,
          preferredTimes: v.preferredTimes,
          visitConsent: v.visitConsent,
        });
        return;
      }
      await props.onSubmit({
        name: v.name,
        address,
        area: v.area || null,
        childrenBirthMonths: splitMonths(v.children),
        eligibilityBasis: v.eligibilityBasis,
        eligibilityNote: v.eligibilityNote || null,
        allergies: v.allergies || null,
        preferredMethod: v.preferredMethod,
        preferredTimes: v.preferredTimes || null,
        visitConsent: v.visitConsent,
      });
    } catch (error) {
      setFormError(
        applyApiErrors(error, form.setError, [
          ...FIELDS.filter((f) => f !== 'children'),
          'childrenBirthMonths',
        ] as never),
      );
    }
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField control={form.control} name="name" label={t('food.form.name')} autoComplete="name" />
      {editing && !known && <Checkbox control={form.control} name="newAddress" label={t('food.form.newAddress')} />}
      {newAddress && (
        <>
          <TextField
            control={form.control}
            name="postalCode"
            label={t('food.form.postalCode')}
            autoComplete="postal-code"
          />
          <ControlledSelect
            control={form.control}
            name="prefecture"
            label={t('food.form.prefecture')}
            options={PREFECTURES.map((p) => ({ value: p, label: p }))}
          />
          <TextField control={form.control} name="city" label={t('food.form.city')} autoComplete="address-level2" />
          <TextField control={form.control} name="street" label={t('food.form.street')} autoComplete="address-line1" />
          <TextField
            control={form.control}
            name="building"
            label={t('food.form.building')}
            autoComplete="address-line2"
          />
          <TextField control={form.control} name="phone" label={t('food.form.phone')} autoComplete="tel" />
        </>
      )}
      <TextField control={form.control} name="area" label={t('food.form.area')} />
      <TextField control={form.control} name="children" label={t('food.form.children')} />
      <ControlledSelect
        control={form.control}
        name="eligibilityBasis"
        label={t('food.form.basis')}
        options={BASES.map((b) => ({ value: b, label: t(`food.basis.${b}`) }))}
      />
      <TextField control={form.control} name="eligibilityNote" label={t('food.form.note')} />
      <TextField control={form.control} name="allergies" label={t('food.form.allergies')} />
      <ControlledSelect
        control={form.control}
        name="preferredMethod"
        label={t('food.form.method')}
        options={METHODS.map((m) => ({ value: m, label: t(`food.method.${m}`) }))}
      />
      <TextField control={form.control} name="preferredTimes" label={t('food.form.times')} />
      <Checkbox control={form.control} name="visitConsent" label={t('food.form.visit')} />
      <Button type="submit" isDisabled={form.formState.isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}

function splitMonths(value: string): string[] {
  return value
    .normalize('NFKC')
    .split(/[、,\s]+/)
    .map((m) => m.trim())
    .filter(Boolean);
}

function ControlledSelect<T extends FieldValues>({
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
  const { field, fieldState } = useController({ control, name });
  return (
    <Select
      label={label}
      value={field.value as string}
      options={options}
      onChange={field.onChange}
      error={fieldState.error?.message}
    />
  );
}

function Checkbox<T extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
}) {
  const { field } = useController({ control, name });
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        checked={Boolean(field.value)}
        onChange={(event) => field.onChange(event.target.checked)}
        className="mt-1 size-5 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
      />
      <span>{label}</span>
    </label>
  );
}
