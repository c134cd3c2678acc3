import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@tsunagu/platform/audit';
import { TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError } from '@tsunagu/platform/errors';
import { readableValue } from './readable';
import type { FieldKind, TemplateDefinition } from './template';

/** One field of an assessment as shared with a partner: labels of its template version, its value read. */
export interface SharedAssessmentField {
  key: string;
  section: string;
  label: string;
  kind: FieldKind;
  /** As `readableValue` gives it: choices by their labels, table rows keyed by column. */
  value: unknown;
  /** A table's columns, in order. */
  columns: { key: string; label: string; kind: FieldKind }[];
}

/**
 * Chosen fields of a family's latest assessment, for a referral's snapshot. Called in the caller's
 * tenant transaction; the read is audited with the keys (never the values).
 */
@Injectable()
export class AssessmentSharing {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The fields `keys` of the family's latest assessment, in the template's order; the read is
   * audited. A key that is not a filled field of that assessment (or a family without one) is
   * BAD_USER_INPUT (`NOT_IN_LATEST_ASSESSMENT`) naming `inputField[i]`.
   */
  async latestFields(registrantId: string, keys: string[], inputField: string): Promise<SharedAssessmentField[]> {
    if (keys.length === 0) return [];
    const { assessmentId, fields } = await this.read(registrantId, keys, inputField);
    await this.audit.record(
      'case_assessment.shared',
      { type: 'case_assessment', id: assessmentId },
      { fields: fields.map((f) => f.key).join(',') },
    );
    return fields;
  }

  /** Refuses, as `latestFields` does, keys that are not filled fields of the latest assessment; reads no value out. */
  async check(registrantId: string, keys: string[], inputField: string): Promise<void> {
    if (keys.length > 0) await this.read(registrantId, keys, inputField);
  }

  private async read(
    registrantId: string,
    keys: string[],
    inputField: string,
  ): Promise<{ assessmentId: string; fields: SharedAssessmentField[] }> {
    const [latest] = await this.tenantDb.em.execute<
      { id: string; values: Record<string, unknown>; definition: TemplateDefinition }[]
    >(
      `select a.id, a.values, v.definition from case_assessment a
       join case_record c on c.id = a.case_record_id
       join assessment_template_version v on v.id = a.template_version_id
       where c.tenant_id = ? and c.registrant_id = ?
       order by a.created_at desc, a.id desc limit 1`,
      [this.tenantDb.tenantId, registrantId],
    );
    const filled = (key: string) => {
      const value = latest?.values[key];
      return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
    };
    const missing = keys.flatMap((key, i) => (filled(key) ? [] : [i]));
    if (!latest || missing.length > 0) {
      throw new BadUserInputError(
        missing.map((i) => ({
          field: `${inputField}[${i}]`,
          messages: [`${keys[i]} is not a filled field of the family's latest assessment`],
        })),
        'NOT_IN_LATEST_ASSESSMENT',
        'Only filled fields of the latest assessment can be shared',
      );
    }
    const fields = latest.definition.sections.flatMap((section) =>
      section.fields
        .filter((field) => keys.includes(field.key))
        .map((field) => ({
          key: field.key,
          section: section.title,
          label: field.label,
          kind: field.kind,
          value: readableValue(field, latest.values[field.key]),
          columns: (field.columns ?? []).map((c) => ({ key: c.key, label: c.label, kind: c.kind })),
        })),
    );
    return { assessmentId: latest.id, fields };
  }
}
