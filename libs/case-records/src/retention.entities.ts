import { Check, Entity, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

/** The default years a closed case is kept after closing. */
export const DEFAULT_RETENTION_YEARS = 5;

/** A tenant's case-record settings; a tenant without a row has the defaults. */
@Entity({ tableName: 'case_record_settings' })
@Check({
  name: 'case_record_settings_retention_years_check',
  expression: 'retention_years >= 1 and retention_years <= 30',
})
export class CaseRecordSettings {
  [OptionalProps]?: 'retentionYears' | 'updatedAt';

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  /** Years a closed case is kept after closing, then deleted with its assessments and history. */
  @Property({ type: 'smallint', default: DEFAULT_RETENTION_YEARS })
  retentionYears = DEFAULT_RETENTION_YEARS;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
