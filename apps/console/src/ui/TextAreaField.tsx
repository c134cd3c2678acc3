import { FieldError, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A labelled multi-line field bound to a react-hook-form field; its hint, if any, and its error (ours
 * or the API's) show under it, both read out with the field.
 */
export function TextAreaField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  rows = 3,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  rows?: number;
}) {
  const { field, fieldState } = useController({ control, name });
  return (
    <AriaTextField
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
      className="flex flex-col gap-1"
    >
      <Label className="font-bold text-solid-gray-800">{label}</Label>
      <TextArea
        ref={field.ref}
        rows={rows}
        className="rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-base text-solid-gray-900 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1"
      />
      {description && (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      )}
      <FieldError className="text-sm text-error-2">{fieldState.error?.message}</FieldError>
    </AriaTextField>
  );
}
