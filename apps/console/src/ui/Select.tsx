import { useId } from 'react';

interface Option {
  value: string;
  label: string;
}

/** A labelled native select: every browser and screen reader knows it, and so does the keyboard. */
export function Select({
  label,
  value,
  options,
  onChange,
  disabled,
  error,
}: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  disabled?: boolean;
  /** A form's message for this field (ours or the API's), shown under it and read with it. */
  error?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-bold text-solid-gray-800">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded-8 border border-solid-gray-600 bg-white px-2 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow disabled:bg-solid-gray-50 aria-invalid:border-2 aria-invalid:border-error-1"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="text-sm text-error-2">
          {error}
        </p>
      )}
    </div>
  );
}
