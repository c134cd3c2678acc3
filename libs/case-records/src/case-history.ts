import type { EntityManager } from '@mikro-orm/postgresql';
import { placeOf, readableValue } from './readable';
import type { FieldKind, TemplateDefinition } from './template';

/** A change as the history stores it. */
export interface StoredChange {
  field: string;
  assessmentId: string | null;
  before: unknown;
  after: unknown;
  changedAt: Date;
}

/** What a person reads of a change: where it is in the template version of its time, and its values read. */
export interface ChangeLabels {
  /** The section's title, for an assessment's field. */
  section: string | null;
  /** The field's label; for `assessment` and `templateVersion`, the template's name. */
  label: string | null;
  /** A table's row, counted from 1. */
  row: number | null;
  /** A table column's label. */
  column: string | null;
  kind: FieldKind | null;
  /** Choices by their labels, table cells likewise, the responsible counsellor by name, a version by its number. */
  beforeShown: unknown;
  afterShown: unknown;
}

interface VersionRow {
  id: string;
  template_id: string;
  template_name: string;
  version: number;
  definition: TemplateDefinition;
}

/**
 * What a page of a case's history is labelled from, read with the page (see
 * `CaseRecordsService.history`): its assessments' current versions, every version of their
 * templates (newest first), their moves between versions (oldest first), and the names of the
 * counsellors its `responsibleUserId` changes name.
 */
export interface LabelSources {
  assessments: { id: string; template_version_id: string }[];
  versions: VersionRow[];
  moves: { assessment_id: string; changed_at: string; before: number }[];
  users: { id: string; display_name: string | null }[];
}

/**
 * Labels for a page of a case's history: an assessment's field is labelled by the template
 * version the assessment had when it changed (a later migration moves it: its `templateVersion`
 * changes say from which version), falling back to the template's newest version that has the field.
 */
export function labelsFrom(sources: LabelSources, changes: StoredChange[]): ChangeLabels[] {
  const { assessments, versions, moves, users } = sources;
  const name = (id: unknown) =>
    typeof id === 'string' ? (users.find((u) => u.id === id)?.display_name ?? null) : null;

  /** The version an assessment had at `at`: the one its first later move left, else its current one. */
  const versionAt = (assessmentId: string, at: Date): VersionRow | undefined => {
    const current = assessments.find((a) => a.id === assessmentId)?.template_version_id;
    const template = versions.find((v) => v.id === current)?.template_id;
    const move = moves.find((m) => m.assessment_id === assessmentId && new Date(m.changed_at) > at);
    return move
      ? versions.find((v) => v.template_id === template && v.version === Number(move.before))
      : versions.find((v) => v.id === current);
  };

  const none = { section: null, label: null, row: null, column: null, kind: null };
  return changes.map((change): ChangeLabels => {
    const plain = { ...none, beforeShown: change.before ?? null, afterShown: change.after ?? null };
    if (change.field === 'responsibleUserId') {
      return { ...plain, beforeShown: name(change.before), afterShown: name(change.after) };
    }
    if (!change.assessmentId) return plain;
    const version = versionAt(change.assessmentId, change.changedAt);
    if (change.field === 'assessment' || change.field === 'templateVersion') {
      const after = change.after as { version?: number } | number | null;
      return {
        ...plain,
        label: version?.template_name ?? null,
        afterShown: typeof after === 'object' && after !== null ? (after.version ?? null) : after,
      };
    }
    if (!change.field.startsWith('values.')) return plain;
    const path = change.field.slice('values.'.length);
    const candidates = [version, ...versions.filter((v) => v.template_id === version?.template_id)];
    for (const candidate of candidates) {
      const place = candidate && placeOf(candidate.definition, path);
      if (!place) continue;
      const field = place.column ?? place.field;
      return {
        section: place.section.title,
        label: place.field.label,
        row: place.row,
        column: place.column?.label ?? null,
        kind: field.kind,
        beforeShown: readableValue(field, change.before),
        afterShown: readableValue(field, change.after),
      };
    }
    return plain;
  });
}

/**
 * Labels for a whole history read apart from its page (the disclosure export), in four statements
 * whatever its length: the same sources the case page reads with its history, then `labelsFrom`.
 */
export async function labelChanges(em: EntityManager, changes: StoredChange[]): Promise<ChangeLabels[]> {
  const assessmentIds = [...new Set(changes.flatMap((c) => (c.assessmentId ? [c.assessmentId] : [])))];
  const assessments = assessmentIds.length
    ? await em.execute<{ id: string; template_version_id: string }[]>(
        'select id, template_version_id from case_assessment where id = any(?::uuid[])',
        [`{${assessmentIds.join(',')}}`],
      )
    : [];
  const versions = assessmentIds.length
    ? await em.execute<VersionRow[]>(
        `select v.id, v.template_id, t.name as template_name, v.version, v.definition
         from assessment_template_version v join assessment_template t on t.id = v.template_id
         where v.template_id in (select w.template_id from assessment_template_version w
           where w.id in (select template_version_id from case_assessment where id = any(?::uuid[])))
         order by v.version desc`,
        [`{${assessmentIds.join(',')}}`],
      )
    : [];
  const moves = assessmentIds.length
    ? await em.execute<{ assessment_id: string; changed_at: string; before: number }[]>(
        `select assessment_id, changed_at, before from case_record_change
         where field = 'templateVersion' and assessment_id = any(?::uuid[]) order by changed_at, id`,
        [`{${assessmentIds.join(',')}}`],
      )
    : [];
  const userIds = [
    ...new Set(
      changes
        .filter((c) => c.field === 'responsibleUserId')
        .flatMap((c) => [c.before, c.after])
        .filter((id): id is string => typeof id === 'string'),
    ),
  ];
  const users = userIds.length
    ? await em.execute<{ id: string; display_name: string | null }[]>(
        'select id, display_name from app_user where id = any(?::uuid[])',
        [`{${userIds.join(',')}}`],
      )
    : [];
  return labelsFrom({ assessments, versions, moves, users }, changes);
}
