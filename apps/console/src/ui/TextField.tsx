import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  description?: ReactNode;
  inputMode?: 'numeric' | 'text' | 'email';
  autoFocus?: boolean;
}

/** A labelled text field bound to a react-hook-form field; its error (ours or the API's) shows under it. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  type = 'text',
  autoComplete,
  description,
  inputMode,
  autoFocus,
}: Props<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <AriaTextField
      name={field.name}
      type={type}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
      autoComplete={autoComplete}
      inputMode={inputMode}
      autoFocus={autoFocus}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold text-solid-gray-800">{label}</Label>
      {description && (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      )}
      <Input
        ref={field.ref}
        className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-base text-solid-gray-900 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow invalid:border-error-1 aria-invalid:border-2 aria-invalid:border-error-1"
      />
      <FieldError className="text-sm text-error-2">{fieldState.error?.message}</FieldError>
    </AriaTextField>
  );
}
