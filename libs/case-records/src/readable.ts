import { FieldKind, type FieldDefinition, type SectionDefinition, type TemplateDefinition } from './template';

/**
 * A value as a person reads it, still in its kind's shape: a choice by its label (a list of labels
 * for a multiple choice), a table's rows with their cells read the same way; anything else as kept
 * (dates as `YYYY-MM-DD`, numbers, booleans, 0–3), for the reader's language to format.
 */
export function readableValue(field: FieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const label = (choice: unknown) => field.choices?.find((c) => c.value === choice)?.label ?? choice;
  switch (field.kind) {
    case FieldKind.SINGLE_CHOICE:
      return label(value);
    case FieldKind.MULTIPLE_CHOICE:
      return Array.isArray(value) ? value.map(label) : value;
    case FieldKind.TABLE:
      return Array.isArray(value)
        ? value.map((row: Record<string, unknown>) =>
            Object.fromEntries(
              (field.columns ?? [])
                .filter((column) => row?.[column.key] !== undefined)
                .map((column) => [column.key, readableValue(column, row[column.key])]),
            ),
          )
        : value;
    default:
      return value;
  }
}

/** Where a value path (`familyMembers[1].relation`) points in a definition: section, field, row, column. */
export interface FieldPlace {
  section: SectionDefinition;
  field: FieldDefinition;
  /** The table's row, counted from 1. */
  row: number | null;
  column: FieldDefinition | null;
}

const PATH = /^([A-Za-z][A-Za-z0-9_]*)(?:\[(\d+)\]\.([A-Za-z][A-Za-z0-9_]*))?$/;

/** The place of a value path in a definition, or null when the definition has no such field. */
export function placeOf(definition: TemplateDefinition, path: string): FieldPlace | null {
  const match = PATH.exec(path);
  if (!match) return null;
  for (const section of definition.sections) {
    const field = section.fields.find((f) => f.key === match[1]);
    if (!field) continue;
    if (match[2] === undefined) return { section, field, row: null, column: null };
    const column = field.columns?.find((c) => c.key === match[3]);
    return column ? { section, field, row: Number(match[2]) + 1, column } : null;
  }
  return null;
}
