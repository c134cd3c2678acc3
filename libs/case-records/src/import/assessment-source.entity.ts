import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { AssessmentTemplate, CaseAssessment } from '../case-record.entities';

/**
 * Where an imported assessment came from: the kintone record number it was imported from, per
 * template. Importing the same export again finds the assessment by it and updates it rather than
 * adding a second one. Kept apart from the assessment: most assessments are written in the console
 * and have no outside id.
 */
@Entity({ tableName: 'case_assessment_source' })
@Unique({ properties: ['tenant', 'template', 'externalId'] })
export class CaseAssessmentSource {
  [OptionalProps]?: 'importedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => AssessmentTemplate, { fieldName: 'template_id', mapToPk: true, deleteRule: 'restrict' })
  template!: string;

  /** The kintone record number (「レコード番号」). */
  @Property({ type: 'string', length: 100 })
  externalId!: string;

  @ManyToOne(() => CaseAssessment, {
    fieldName: 'assessment_id',
    mapToPk: true,
    deleteRule: 'restrict',
    unique: true,
  })
  assessment!: string;

  @Property({ type: 'datetime' })
  importedAt: Date = new Date();
}

export const RECORDS_IMPORT_ENTITIES = [CaseAssessmentSource];
