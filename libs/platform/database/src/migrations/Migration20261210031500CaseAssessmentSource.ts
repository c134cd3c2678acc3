import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Where an imported assessment came from (the kintone record number, per template), so that
 * importing the same export again updates the assessment instead of adding another. Tenant-owned,
 * under forced row-level security; a record of an import, never changed or deleted by the runtime role.
 */
export class Migration20261210031500CaseAssessmentSource extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_assessment_source" ("id" uuid not null, "tenant_id" uuid not null, "template_id" uuid not null, "external_id" varchar(100) not null, "assessment_id" uuid not null, "imported_at" timestamptz not null, constraint "case_assessment_source_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "case_assessment_source" add constraint "case_assessment_source_assessment_id_unique" unique ("assessment_id");`,
    );
    this.addSql(
      `alter table "case_assessment_source" add constraint "case_assessment_source_tenant_id_template_id_external_id_unique" unique ("tenant_id", "template_id", "external_id");`,
    );
    this.addSql(
      `alter table "case_assessment_source" add constraint "case_assessment_source_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_assessment_source" add constraint "case_assessment_source_template_id_foreign" foreign key ("template_id") references "assessment_template" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_assessment_source" add constraint "case_assessment_source_assessment_id_foreign" foreign key ("assessment_id") references "case_assessment" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('case_assessment_source')) this.addSql(sql);
    this.addSql(`grant select, insert on "case_assessment_source" to ${APP};`);
  }
}
