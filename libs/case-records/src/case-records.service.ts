import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { Membership, MembershipStatus } from '@tsunagu/platform/auth';
import { startOfDayIn, todayIn } from '@tsunagu/platform/calendar';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError, type FieldError } from '@tsunagu/platform/errors';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  parsePosition,
  type Connection,
} from '@tsunagu/platform/graphql';
import { JobsService } from '@tsunagu/platform/jobs';
import { TenantRole } from '@tsunagu/platform/permissions';
import { NotificationKind, NotificationsService, Registrant } from '@tsunagu/conversations';
import {
  AssessmentTemplate,
  AssessmentTemplateVersion,
  CaseAssessment,
  CaseRecord,
  CaseRecordChange,
  CaseStatus,
} from './case-record.entities';
import {
  breakingChanges,
  checkDefinition,
  checkValues,
  migrationPlan,
  searchableText,
  summaryOf,
  valueChanges,
  type AssessmentValues,
  type MigrationStep,
  type TemplateDefinition,
} from './template';
import { labelsFrom, type ChangeLabels, type LabelSources } from './case-history';

export const CASE_REVIEW_QUEUE = 'case.review-due';

interface ReviewJob {
  tenantId: string;
  caseRecordId: string;
}

export interface TemplateVersionView {
  id: string;
  templateId: string;
  templateName: string;
  version: number;
  definition: TemplateDefinition;
  publishedAt: Date;
}

export interface TemplateView {
  id: string;
  name: string;
  createdAt: Date;
  versions: TemplateVersionView[];
}

export interface AssessmentView {
  id: string;
  caseRecordId: string;
  templateVersion: TemplateVersionView;
  values: AssessmentValues;
  summary: string | null;
  createdById: string;
  createdByName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseRecordView {
  id: string;
  registrantId: string;
  familyName: string | null;
  labels: string[];
  conversationId: string | null;
  status: CaseStatus;
  responsibleUserId: string | null;
  responsibleName: string | null;
  risk: number | null;
  nextReviewOn: string | null;
  reviewDue: boolean;
  createdAt: Date;
  updatedAt: Date;
  latestAssessment: AssessmentView | null;
  /** Every assessment, newest first, when the reading asked for them (see `CaseParts`). */
  assessments?: AssessmentView[];
}

export interface CaseRecordFilter {
  risk?: number | null;
  reviewDue?: boolean | null;
  responsibleUserId?: string | null;
  status?: CaseStatus | null;
  search?: string | null;
}

export interface CaseRecordChanges {
  status?: CaseStatus | null;
  responsibleUserId?: string | null;
  risk?: number | null;
  nextReviewOn?: string | null;
}

export interface ChangeView extends ChangeLabels {
  id: string;
  field: string;
  assessmentId: string | null;
  before: unknown;
  after: unknown;
  actorId: string | null;
  actorName: string | null;
  changedAt: Date;
}

export interface MigrationPreview {
  assessmentId: string;
  from: TemplateVersionView;
  to: TemplateVersionView;
  steps: MigrationStep[];
  values: AssessmentValues;
}

interface CaseRow {
  id: string;
  registrant_id: string;
  family_name: string | null;
  labels: string[];
  conversation_id: string | null;
  status: CaseStatus;
  responsible_user_id: string | null;
  responsible_name: string | null;
  risk: number | null;
  next_review_on: string | null;
  review_due: boolean;
  created_at: string;
  updated_at: string;
}

/** What a reading of one case reads beyond the case itself (see `selectedFields`). */
export interface CaseParts {
  /** Every assessment, not only the newest. */
  assessments: boolean;
}

const LATEST_ONLY: CaseParts = { assessments: false };

/** One case as `read` reads it: its assessments and their versions as JSON. */
interface LeanCaseRow extends Omit<CaseRow, 'review_due'> {
  timezone: string;
  assessments: {
    id: string;
    template_version_id: string;
    values: AssessmentValues;
    created_by_id: string;
    created_by_name: string | null;
    created_at: string;
    updated_at: string;
  }[];
  versions: {
    id: string;
    template_id: string;
    template_name: string;
    version: number;
    definition: TemplateDefinition;
    published_at: string;
  }[];
}

/** A page of a case's history as `history` reads it, with what its labels are read from. */
interface LeanHistoryRow extends LabelSources {
  rows: {
    id: string;
    field: string;
    assessment_id: string | null;
    before: unknown;
    after: unknown;
    actor_id: string | null;
    actor_name: string | null;
    changed_at: string;
  }[];
}

const CASE_SELECT = `select c.id, c.registrant_id, r.display_name as family_name, r.labels,
    (select k.id from conversation k where k.registrant_id = c.registrant_id limit 1) as conversation_id,
    c.status, c.responsible_user_id, u.display_name as responsible_name, c.risk,
    to_char(c.next_review_on, 'YYYY-MM-DD') as next_review_on,
    coalesce(c.next_review_on <= ?::date and c.status <> 'closed', false) as review_due,
    c.created_at, c.updated_at
  from case_record c
  join registrant r on r.id = c.registrant_id
  left join app_user u on u.id = c.responsible_user_id`;

const NOT_FOUND = () => new NotFoundError('CASE_RECORD_NOT_FOUND', 'No such case record');

/**
 * Case records (アセスメントシート): assessment templates and their immutable versions, a case per
 * family with assessments written against a version, and a history of every change field by field.
 * Everything runs in the request's tenant transaction; every read of a case's content is audited.
 */
@Injectable()
export class CaseRecordsService implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ReviewJob>(CASE_REVIEW_QUEUE, (job) => this.notifyReviewDue(job));
  }

  private get em(): EntityManager {
    return this.tenantDb.em;
  }

  private get userId(): string {
    const userId = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR)?.userId;
    if (!userId) throw new Error('No signed-in user in this context');
    return userId;
  }

  // Templates

  async templates(): Promise<TemplateView[]> {
    const templates = await this.em.find(
      AssessmentTemplate,
      { tenant: this.tenantDb.tenantId },
      { orderBy: { name: 'asc' } },
    );
    const versions = await this.em.find(
      AssessmentTemplateVersion,
      { tenant: this.tenantDb.tenantId },
      { orderBy: { version: 'desc' } },
    );
    return templates.map((template) => ({
      id: template.id,
      name: template.name,
      createdAt: template.createdAt,
      versions: versions.filter((v) => v.template === template.id).map((v) => versionView(v, template.name)),
    }));
  }

  async template(id: string): Promise<TemplateView> {
    const template = (await this.templates()).find((t) => t.id === id);
    if (!template) throw new NotFoundError('ASSESSMENT_TEMPLATE_NOT_FOUND', 'No such assessment template');
    return template;
  }

  async templateVersion(id: string): Promise<TemplateVersionView> {
    const version = await this.em.findOne(AssessmentTemplateVersion, { id, tenant: this.tenantDb.tenantId });
    if (!version) throw new NotFoundError('ASSESSMENT_TEMPLATE_VERSION_NOT_FOUND', 'No such template version');
    const template = await this.em.findOneOrFail(AssessmentTemplate, { id: version.template });
    return versionView(version, template.name);
  }

  async createTemplate(name: string, definition: TemplateDefinition): Promise<TemplateView> {
    refuseInvalid(checkDefinition(definition));
    if (await this.em.count(AssessmentTemplate, { tenant: this.tenantDb.tenantId, name })) {
      throw new ConflictError('ASSESSMENT_TEMPLATE_NAME_TAKEN', 'A template of this name exists', [
        { field: 'name', messages: ['a template of this name exists'] },
      ]);
    }
    const template = this.em.create(AssessmentTemplate, { tenant: this.tenant(), name });
    this.em.create(AssessmentTemplateVersion, {
      tenant: this.tenant(),
      template: template.id,
      version: 1,
      definition,
      publishedAt: new Date(),
      publishedById: this.userId,
    });
    await this.em.flush();
    await this.audit.record('assessment_template.created', { type: 'assessment_template', id: template.id });
    return this.template(template.id);
  }

  /**
   * A new version of a template: the old ones stay as they are, and so do the assessments written
   * against them. A change that would orphan what assessments of the newest version fill (a filled
   * field removed, its kind or choices changed) is refused unless `allowBreakingChanges`: those
   * assessments then move only when a counsellor migrates them explicitly.
   */
  async publishVersion(
    templateId: string,
    definition: TemplateDefinition,
    allowBreakingChanges: boolean,
  ): Promise<TemplateView> {
    refuseInvalid(checkDefinition(definition));
    const template = await this.em.findOne(AssessmentTemplate, { id: templateId, tenant: this.tenantDb.tenantId });
    if (!template) throw new NotFoundError('ASSESSMENT_TEMPLATE_NOT_FOUND', 'No such assessment template');
    // One publisher of a template at a time, until the transaction ends (templates are never
    // updated, so no row lock: the runtime role may not update them).
    await this.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `assessment_template:${templateId}`,
    ]);
    const latest = await this.em.findOneOrFail(
      AssessmentTemplateVersion,
      { template: templateId },
      { orderBy: { version: 'desc' } },
    );
    // Which fields the assessments of the newest version fill: keys only, no family's content.
    const filled = await this.em.execute<{ key: string }[]>(
      `select distinct jsonb_object_keys(a.values) as key from case_assessment a where a.template_version_id = ?`,
      [latest.id],
    );
    const changes = breakingChanges(latest.definition, definition, new Set(filled.map((row) => row.key)));
    if (changes.length > 0 && !allowBreakingChanges) {
      throw new ConflictError(
        'TEMPLATE_CHANGE_ORPHANS_DATA',
        'This change would leave data of existing assessments behind: publish it with allowBreakingChanges and migrate those assessments explicitly',
        changes.map((change) => ({ field: `fields.${change.field}`, messages: [change.change] })),
      );
    }
    const version = this.em.create(AssessmentTemplateVersion, {
      tenant: this.tenant(),
      template: templateId,
      version: latest.version + 1,
      definition,
      publishedAt: new Date(),
      publishedById: this.userId,
    });
    await this.em.flush();
    await this.audit.record(
      'assessment_template.version_published',
      { type: 'assessment_template', id: templateId },
      { version: version.version, breaking: changes.length > 0 },
    );
    return this.template(templateId);
  }

  // Cases

  /** A family's case (null when it has none), read and audited: one statement (see `read`). */
  async byRegistrant(registrantId: string, parts: CaseParts = LATEST_ONLY): Promise<CaseRecordView | null> {
    return this.read('c.registrant_id = ?', registrantId, parts);
  }

  /**
   * One case with its newest assessment, and all its assessments when `parts` asks for them; each
   * call is one `case_record.viewed` audit event. One statement, its audit event one insert more.
   */
  async get(id: string, parts: CaseParts = LATEST_ONLY): Promise<CaseRecordView> {
    const view = await this.read('c.id = ?', id, parts);
    if (!view) throw NOT_FOUND();
    return view;
  }

  /**
   * The case `where` finds, with its assessments as `parts` asks, in one statement: the case, the
   * tenant's time zone (for `reviewDue`), the assessments with their authors and the template
   * versions they use (each once), as JSON built by the database. Audited when found.
   */
  private async read(where: string, value: string, parts: CaseParts): Promise<CaseRecordView | null> {
    const assessments = parts.assessments
      ? 'select * from case_assessment a where a.case_record_id = c.id'
      : 'select * from case_assessment a where a.case_record_id = c.id order by a.created_at desc, a.id desc limit 1';
    const [row] = await this.audit.recordRead<LeanCaseRow>(
      `select c.id, c.registrant_id, r.display_name as family_name, r.labels,
        (select k.id from conversation k where k.registrant_id = c.registrant_id limit 1) as conversation_id,
        c.status, c.responsible_user_id, u.display_name as responsible_name, c.risk,
        to_char(c.next_review_on, 'YYYY-MM-DD') as next_review_on,
        (select t.timezone from tenant t where t.id = c.tenant_id) as timezone,
        c.created_at, c.updated_at,
        (select coalesce(json_agg(json_build_object('id', a.id, 'template_version_id', a.template_version_id,
            'values', a.values, 'created_by_id', a.created_by_id, 'created_by_name', w.display_name,
            'created_at', a.created_at, 'updated_at', a.updated_at) order by a.created_at desc, a.id desc), '[]'::json)
          from (${assessments}) a left join app_user w on w.id = a.created_by_id) as assessments,
        (select coalesce(json_agg(json_build_object('id', v.id, 'template_id', v.template_id, 'template_name', t.name,
            'version', v.version, 'definition', v.definition, 'published_at', v.published_at)), '[]'::json)
          from assessment_template_version v join assessment_template t on t.id = v.template_id
          where v.id in (select a.template_version_id from (${assessments}) a)) as versions
      from case_record c
      join registrant r on r.id = c.registrant_id
      left join app_user u on u.id = c.responsible_user_id
      where c.tenant_id = ? and ${where}`,
      [this.tenantDb.tenantId, value],
      ([found]) => (found ? { action: 'case_record.viewed', target: { type: 'case_record', id: found.id } } : null),
    );
    if (!row) return null;
    const versions = new Map(
      row.versions.map((v): [string, TemplateVersionView] => [
        v.id,
        {
          id: v.id,
          templateId: v.template_id,
          templateName: v.template_name,
          version: v.version,
          definition: v.definition,
          publishedAt: new Date(v.published_at),
        },
      ]),
    );
    const views = row.assessments.map((a): AssessmentView => {
      const version = versions.get(a.template_version_id) as TemplateVersionView;
      return {
        id: a.id,
        caseRecordId: row.id,
        templateVersion: version,
        values: a.values,
        summary: summaryOf(version.definition, a.values),
        createdById: a.created_by_id,
        createdByName: a.created_by_name,
        createdAt: new Date(a.created_at),
        updatedAt: new Date(a.updated_at),
      };
    });
    const today = todayIn(row.timezone);
    const view = toView(
      {
        ...row,
        review_due: row.next_review_on !== null && row.next_review_on <= today && row.status !== CaseStatus.CLOSED,
      },
      views[0] ?? null,
    );
    return parts.assessments ? { ...view, assessments: views } : view;
  }

  async list(
    filter: CaseRecordFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<CaseRecordView>> {
    const today = await this.today(this.em);
    const where: string[] = ['c.tenant_id = ?'];
    const params: unknown[] = [this.tenantDb.tenantId];
    const condition = (sql: string, ...values: unknown[]): void => {
      where.push(sql);
      params.push(...values);
    };
    if (filter.status) condition('c.status = ?', filter.status);
    if (filter.risk != null) condition('c.risk = ?', filter.risk);
    if (filter.responsibleUserId) condition('c.responsible_user_id = ?', filter.responsibleUserId);
    if (filter.reviewDue != null) {
      where.push(`coalesce(c.next_review_on <= ?::date and c.status <> 'closed', false) = ?`);
      params.push(today, filter.reviewDue);
    }
    const term = filter.search?.normalize('NFKC').trim();
    if (term) {
      // A substring match, not a word index: two-character terms (虐待, ＤＶ) are found, and a
      // tenant's cases are thousands, not millions (the inbox's bigram index serves messages).
      const pattern = `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      where.push(`(normalize(coalesce(r.display_name, ''), NFKC) ilike ? escape '!' or c.search_text ilike ? escape '!'
        or exists (select 1 from unnest(r.labels) l where normalize(l, NFKC) ilike ? escape '!'))`);
      params.push(pattern, pattern, pattern);
    }
    if (after) {
      const position = decodeCursor(after, parsePosition);
      where.push('(c.updated_at, c.id) < (?::timestamptz, ?::uuid)');
      params.push(position.at, position.id);
    }
    const rows = await this.em.execute<CaseRow[]>(
      `${CASE_SELECT} where ${where.join(' and ')} order by c.updated_at desc, c.id desc limit ?`,
      [today, ...params, first + 1],
    );
    const latest = await this.latestAssessments(rows.slice(0, first).map((row) => row.id));
    if (term) await this.audit.record('case_records.searched', undefined, { found: Math.min(rows.length, first) });
    return connectionFromRows(
      rows,
      first,
      (row) => encodeCursor({ at: new Date(row.updated_at).toISOString(), id: row.id }),
      (row) => toView(row, latest.get(row.id) ?? null),
    );
  }

  async open(registrantId: string, responsibleUserId: string | null | undefined): Promise<CaseRecordView> {
    return this.get(await this.openCase(registrantId, responsibleUserId));
  }

  /** Opens a family's case and answers its id, reading nothing back (the kintone import). */
  async openCase(registrantId: string, responsibleUserId: string | null | undefined): Promise<string> {
    const registrant = await this.em.findOne(Registrant, { id: registrantId, tenant: this.tenantDb.tenantId });
    if (!registrant) throw new NotFoundError('REGISTRANT_NOT_FOUND', 'No such family');
    if (await this.em.count(CaseRecord, { tenant: this.tenantDb.tenantId, registrantId })) {
      throw new ConflictError('CASE_RECORD_EXISTS', 'This family already has a case', [
        { field: 'registrantId', messages: ['this family already has a case'] },
      ]);
    }
    const responsible = responsibleUserId === undefined ? this.userId : responsibleUserId;
    if (responsible) await this.refuseNonCounsellor(responsible, 'responsibleUserId');
    const record = this.em.create(CaseRecord, {
      tenant: this.tenant(),
      registrantId,
      responsibleUserId: responsible,
      createdById: this.userId,
    });
    this.change(record, null, 'status', null, CaseStatus.OPEN);
    if (responsible) this.change(record, null, 'responsibleUserId', null, responsible);
    await this.em.flush();
    await this.audit.record('case_record.opened', { type: 'case_record', id: record.id });
    return record.id;
  }

  async update(id: string, changes: CaseRecordChanges): Promise<CaseRecordView> {
    const record = await this.lockedCase(id);
    if (changes.responsibleUserId) await this.refuseNonCounsellor(changes.responsibleUserId, 'responsibleUserId');
    if (changes.status === null) {
      throw new BadUserInputError([{ field: 'status', messages: ['a case always has a status'] }]);
    }
    const fields = ['status', 'responsibleUserId', 'risk', 'nextReviewOn'] as const;
    const changed: string[] = [];
    for (const field of fields) {
      if (changes[field] === undefined || changes[field] === record[field]) continue;
      this.change(record, null, field, record[field] ?? null, changes[field] ?? null);
      (record as unknown as Record<string, unknown>)[field] = changes[field];
      changed.push(field);
    }
    if (changed.length > 0) {
      record.updatedAt = new Date();
      if (changed.includes('nextReviewOn') || changed.includes('responsibleUserId')) await this.scheduleReview(record);
      await this.em.flush();
      await this.audit.record('case_record.updated', { type: 'case_record', id }, { fields: changed.join(',') });
    }
    return this.get(id);
  }

  async addAssessment(caseRecordId: string, templateVersionId: string, values: unknown): Promise<AssessmentView> {
    return this.assessment(await this.writeAssessment(caseRecordId, templateVersionId, values));
  }

  /** Adds an assessment and answers its id, reading nothing back (the kintone import). */
  async writeAssessment(caseRecordId: string, templateVersionId: string, values: unknown): Promise<string> {
    const record = await this.lockedCase(caseRecordId);
    const version = await this.em.findOne(AssessmentTemplateVersion, {
      id: templateVersionId,
      tenant: this.tenantDb.tenantId,
    });
    if (!version) {
      throw new BadUserInputError([{ field: 'templateVersionId', messages: ['no such template version'] }]);
    }
    const checked = checkValues(version.definition, values);
    refuseInvalid(checked.errors);
    const assessment = this.em.create(CaseAssessment, {
      tenant: this.tenant(),
      caseRecord: record.id,
      templateVersion: version.id,
      values: checked.values,
      createdById: this.userId,
    });
    this.change(record, assessment.id, 'assessment', null, { templateVersionId: version.id, version: version.version });
    for (const change of valueChanges(version.definition, {}, checked.values)) {
      this.change(record, assessment.id, `values.${change.path}`, change.before, change.after);
    }
    await this.em.flush();
    await this.refreshSearchText(record);
    await this.audit.record('case_assessment.added', { type: 'case_assessment', id: assessment.id });
    return assessment.id;
  }

  async updateAssessment(id: string, values: unknown): Promise<AssessmentView> {
    await this.changeAssessment(id, values);
    return this.assessment(id);
  }

  /** Changes an assessment's values and answers how many fields changed (the kintone import). */
  async changeAssessment(id: string, values: unknown): Promise<number> {
    const assessment = await this.em.findOne(CaseAssessment, { id, tenant: this.tenantDb.tenantId });
    if (!assessment) throw new NotFoundError('ASSESSMENT_NOT_FOUND', 'No such assessment');
    const record = await this.lockedCase(assessment.caseRecord);
    const version = await this.em.findOneOrFail(AssessmentTemplateVersion, { id: assessment.templateVersion });
    const checked = checkValues(version.definition, values);
    refuseInvalid(checked.errors);
    const changes = valueChanges(version.definition, assessment.values, checked.values);
    for (const change of changes) {
      this.change(record, assessment.id, `values.${change.path}`, change.before, change.after);
    }
    if (changes.length > 0) {
      assessment.values = checked.values;
      assessment.updatedAt = new Date();
      await this.em.flush();
      await this.refreshSearchText(record);
      await this.audit.record('case_assessment.updated', { type: 'case_assessment', id }, { fields: changes.length });
    }
    return changes.length;
  }

  /** Field by field, what moving an assessment to a version (the template's newest by default) would do. */
  async migrationPreview(assessmentId: string, toVersionId?: string | null): Promise<MigrationPreview> {
    const assessment = await this.em.findOne(CaseAssessment, { id: assessmentId, tenant: this.tenantDb.tenantId });
    if (!assessment) throw new NotFoundError('ASSESSMENT_NOT_FOUND', 'No such assessment');
    const from = await this.templateVersion(assessment.templateVersion);
    const to = await this.targetVersion(from, toVersionId);
    const plan = migrationPlan(from.definition, to.definition, assessment.values);
    await this.audit.record('case_assessment.migration_previewed', { type: 'case_assessment', id: assessmentId });
    return { assessmentId, from, to, steps: plan.steps, values: plan.values };
  }

  /**
   * Moves an assessment to a newer version: what the preview keeps, plus `values` given for the
   * fields it asks for (`values` replaces a field's carried value). Checked against the new version.
   */
  async migrateAssessment(
    assessmentId: string,
    toVersionId: string | null | undefined,
    values: Record<string, unknown> | null | undefined,
  ): Promise<AssessmentView> {
    const assessment = await this.em.findOne(CaseAssessment, { id: assessmentId, tenant: this.tenantDb.tenantId });
    if (!assessment) throw new NotFoundError('ASSESSMENT_NOT_FOUND', 'No such assessment');
    const record = await this.lockedCase(assessment.caseRecord);
    const from = await this.templateVersion(assessment.templateVersion);
    const to = await this.targetVersion(from, toVersionId);
    if (to.id === from.id) {
      throw new BadUserInputError([{ field: 'toVersionId', messages: ['the assessment is already on this version'] }]);
    }
    const plan = migrationPlan(from.definition, to.definition, assessment.values);
    const checked = checkValues(to.definition, { ...plan.values, ...(values ?? {}) });
    refuseInvalid(checked.errors);
    this.change(record, assessment.id, 'templateVersion', from.version, to.version);
    for (const step of plan.steps) {
      const after = checked.values[step.field] ?? null;
      if (JSON.stringify(step.before ?? null) !== JSON.stringify(after)) {
        this.change(record, assessment.id, `values.${step.field}`, step.before ?? null, after);
      }
    }
    assessment.templateVersion = to.id;
    assessment.values = checked.values;
    assessment.updatedAt = new Date();
    await this.em.flush();
    await this.refreshSearchText(record);
    await this.audit.record(
      'case_assessment.migrated',
      { type: 'case_assessment', id: assessmentId },
      { fromVersion: from.version, toVersion: to.version },
    );
    return this.assessment(assessmentId);
  }

  /** A case's assessments, newest first (part of reading the case, which is audited). */
  async assessments(caseRecordId: string): Promise<AssessmentView[]> {
    const rows = await this.em.find(
      CaseAssessment,
      { caseRecord: caseRecordId, tenant: this.tenantDb.tenantId },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
    return this.assessmentViews(rows);
  }

  /**
   * A case's changes, newest first; each page read is one `case_record.history_viewed` audit event.
   * One statement: whether the case exists, the page, and what its labels are read from (see
   * `labelsFrom`), as JSON built by the database; its audit event one insert more.
   */
  async history(
    caseRecordId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<ChangeView>> {
    const tenantId = this.tenantDb.tenantId;
    const params: unknown[] = [tenantId, caseRecordId];
    let keyset = '';
    if (after) {
      const position = decodeCursor(after, parsePosition);
      keyset = 'and (h.changed_at, h.id) < (?::timestamptz, ?::uuid)';
      params.push(position.at, position.id);
    }
    const [found] = await this.audit.recordRead<LeanHistoryRow>(
      `with page as (
        select h.id, h.field, h.assessment_id, h.before, h.after, h.actor_id, u.display_name as actor_name, h.changed_at
        from case_record_change h left join app_user u on u.id = h.actor_id
        where h.tenant_id = ? and h.case_record_id = ? ${keyset}
        order by h.changed_at desc, h.id desc limit ?
      ), assessed as (
        select a.id, a.template_version_id from case_assessment a
        where a.case_record_id = ? and a.id in (select p.assessment_id from page p)
      )
      select
        (select coalesce(json_agg(p order by p.changed_at desc, p.id desc), '[]'::json) from page p) as rows,
        (select coalesce(json_agg(a), '[]'::json) from assessed a) as assessments,
        (select coalesce(json_agg(json_build_object('id', v.id, 'template_id', v.template_id, 'template_name', t.name,
            'version', v.version, 'definition', v.definition) order by v.version desc), '[]'::json)
          from assessment_template_version v join assessment_template t on t.id = v.template_id
          where v.template_id in (select w.template_id from assessment_template_version w
            where w.id in (select a.template_version_id from assessed a))) as versions,
        (select coalesce(json_agg(json_build_object('assessment_id', m.assessment_id, 'changed_at', m.changed_at,
            'before', m.before) order by m.changed_at, m.id), '[]'::json)
          from case_record_change m
          where m.case_record_id = ? and m.field = 'templateVersion' and m.assessment_id in (select a.id from assessed a)) as moves,
        (select coalesce(json_agg(json_build_object('id', n.id, 'display_name', n.display_name)), '[]'::json)
          from app_user n where n.id::text in (
            select p.before #>> '{}' from page p where p.field = 'responsibleUserId'
            union select p.after #>> '{}' from page p where p.field = 'responsibleUserId')) as users
      from case_record c where c.tenant_id = ? and c.id = ?`,
      [...params, first + 1, caseRecordId, caseRecordId, tenantId, caseRecordId],
      ([row]) =>
        row ? { action: 'case_record.history_viewed', target: { type: 'case_record', id: caseRecordId } } : null,
    );
    if (!found) throw NOT_FOUND();
    const rows = found.rows;
    const page = rows.slice(0, first);
    const labels = labelsFrom(
      found,
      page.map((row) => ({
        field: row.field,
        assessmentId: row.assessment_id,
        before: row.before,
        after: row.after,
        changedAt: new Date(row.changed_at),
      })),
    );
    return connectionFromRows(
      rows,
      first,
      (row) => encodeCursor({ at: new Date(row.changed_at).toISOString(), id: row.id }),
      (row) => ({
        ...labels[page.indexOf(row)],
        id: row.id,
        field: row.field,
        assessmentId: row.assessment_id,
        before: row.before,
        after: row.after,
        actorId: row.actor_id,
        actorName: row.actor_name,
        changedAt: new Date(row.changed_at),
      }),
    );
  }

  // The review date

  /** Runs on the review date: the responsible counsellor is notified once for that date. */
  async notifyReviewDue(job: ReviewJob): Promise<void> {
    await this.tenantDb.withTenant(job.tenantId, async (em) => {
      const record = await em.findOne(
        CaseRecord,
        { id: job.caseRecordId, tenant: job.tenantId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!record?.nextReviewOn || !record.responsibleUserId || record.status === CaseStatus.CLOSED) return;
      if (record.reviewNotifiedOn === record.nextReviewOn) return;
      const today = await this.today(em);
      // Early (a changed date, clock skew): the job for the new date does it.
      if (record.nextReviewOn > today) return;
      const [conversation] = await em.execute<{ id: string }[]>(
        'select id from conversation where registrant_id = ? limit 1',
        [record.registrantId],
      );
      if (!conversation) return;
      this.notifications.notifyAboutConversation(
        em,
        [record.responsibleUserId],
        NotificationKind.CASE_REVIEW_DUE,
        conversation.id,
      );
      record.reviewNotifiedOn = record.nextReviewOn;
      await em.flush();
    });
  }

  private async scheduleReview(record: CaseRecord): Promise<void> {
    if (!record.nextReviewOn || !record.responsibleUserId) return;
    const timezone = await this.timezone(this.em);
    const startAfterSeconds = Math.max(
      0,
      Math.ceil((startOfDayIn(record.nextReviewOn, timezone).getTime() - Date.now()) / 1000),
    );
    await this.jobs.enqueue(
      this.em,
      CASE_REVIEW_QUEUE,
      { tenantId: this.tenantDb.tenantId, caseRecordId: record.id },
      { startAfterSeconds },
    );
  }

  // Helpers

  private tenant() {
    return this.em.getReference(Tenant, this.tenantDb.tenantId);
  }

  private async timezone(em: EntityManager): Promise<string> {
    return (await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId }, { fields: ['timezone'] })).timezone;
  }

  private async today(em: EntityManager): Promise<string> {
    return todayIn(await this.timezone(em));
  }

  private async lockedCase(id: string): Promise<CaseRecord> {
    const record = await this.em.findOne(
      CaseRecord,
      { id, tenant: this.tenantDb.tenantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!record) throw NOT_FOUND();
    return record;
  }

  private async refuseNonCounsellor(userId: string, field: string): Promise<void> {
    const counsellor = await this.em.count(Membership, {
      tenant: this.tenantDb.tenantId,
      user: userId,
      role: TenantRole.COUNSELOR,
      status: MembershipStatus.ACTIVE,
    });
    if (counsellor === 0) {
      throw new BadUserInputError([{ field, messages: [`${field} must be a counsellor of this tenant`] }]);
    }
  }

  private change(
    record: CaseRecord,
    assessmentId: string | null,
    field: string,
    before: unknown,
    after: unknown,
  ): void {
    this.em.create(CaseRecordChange, {
      tenant: this.tenant(),
      caseRecord: record.id,
      assessment: assessmentId,
      field,
      before: before ?? null,
      after: after ?? null,
      actorId: this.userId,
      changedAt: new Date(),
    });
    record.updatedAt = new Date();
  }

  private async refreshSearchText(record: CaseRecord): Promise<void> {
    const rows = await this.em.execute<{ values: AssessmentValues; definition: TemplateDefinition }[]>(
      `select a.values, v.definition from case_assessment a join assessment_template_version v on v.id = a.template_version_id
       where a.case_record_id = ? order by a.created_at`,
      [record.id],
    );
    record.searchText = rows.map((row) => searchableText(row.definition, row.values)).join('\n');
    await this.em.flush();
  }

  private async targetVersion(from: TemplateVersionView, toVersionId?: string | null): Promise<TemplateVersionView> {
    if (toVersionId) {
      const to = await this.templateVersion(toVersionId);
      if (to.templateId !== from.templateId) {
        throw new BadUserInputError([{ field: 'toVersionId', messages: ['a version of the same template'] }]);
      }
      return to;
    }
    const latest = await this.em.findOneOrFail(
      AssessmentTemplateVersion,
      { template: from.templateId },
      { orderBy: { version: 'desc' } },
    );
    return versionView(latest, from.templateName);
  }

  private async assessment(id: string): Promise<AssessmentView> {
    const row = await this.em.findOneOrFail(CaseAssessment, { id });
    return (await this.assessmentViews([row]))[0];
  }

  private async assessmentViews(rows: CaseAssessment[]): Promise<AssessmentView[]> {
    if (rows.length === 0) return [];
    const versions = await this.em.find(AssessmentTemplateVersion, {
      id: { $in: [...new Set(rows.map((row) => row.templateVersion))] },
    });
    const templates = await this.em.find(AssessmentTemplate, {
      id: { $in: [...new Set(versions.map((v) => v.template))] },
    });
    const authors = await this.em.execute<{ id: string; display_name: string | null }[]>(
      'select id, display_name from app_user where id = any(?::uuid[])',
      [`{${[...new Set(rows.map((row) => row.createdById))].join(',')}}`],
    );
    return rows.map((row) => {
      const version = versions.find((v) => v.id === row.templateVersion) as AssessmentTemplateVersion;
      const name = templates.find((t) => t.id === version.template)?.name ?? '';
      return {
        id: row.id,
        caseRecordId: row.caseRecord,
        templateVersion: versionView(version, name),
        values: row.values,
        summary: summaryOf(version.definition, row.values),
        createdById: row.createdById,
        createdByName: authors.find((a) => a.id === row.createdById)?.display_name ?? null,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    });
  }

  private async latestAssessments(caseIds: string[]): Promise<Map<string, AssessmentView>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.em.execute<{ id: string }[]>(
      `select distinct on (a.case_record_id) a.id from case_assessment a
       where a.case_record_id = any(?::uuid[]) order by a.case_record_id, a.created_at desc, a.id desc`,
      [`{${caseIds.join(',')}}`],
    );
    const assessments = await this.em.find(CaseAssessment, { id: { $in: rows.map((row) => row.id) } });
    const views = await this.assessmentViews(assessments);
    return new Map(views.map((view) => [view.caseRecordId, view]));
  }

  private async views(ids: string[]): Promise<CaseRecordView[]> {
    const today = await this.today(this.em);
    const rows = await this.em.execute<CaseRow[]>(`${CASE_SELECT} where c.tenant_id = ? and c.id = any(?::uuid[])`, [
      today,
      this.tenantDb.tenantId,
      `{${ids.join(',')}}`,
    ]);
    const latest = await this.latestAssessments(rows.map((row) => row.id));
    return rows.map((row) => toView(row, latest.get(row.id) ?? null));
  }
}

function refuseInvalid(errors: FieldError[]): void {
  if (errors.length > 0) throw new BadUserInputError(errors);
}

function versionView(version: AssessmentTemplateVersion, templateName: string): TemplateVersionView {
  return {
    id: version.id,
    templateId: version.template,
    templateName,
    version: version.version,
    definition: version.definition,
    publishedAt: version.publishedAt,
  };
}

function toView(row: CaseRow, latestAssessment: AssessmentView | null): CaseRecordView {
  return {
    id: row.id,
    registrantId: row.registrant_id,
    familyName: row.family_name,
    labels: row.labels ?? [],
    conversationId: row.conversation_id,
    status: row.status,
    responsibleUserId: row.responsible_user_id,
    responsibleName: row.responsible_name,
    risk: row.risk,
    nextReviewOn: row.next_review_on,
    reviewDue: row.review_due,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    latestAssessment,
  };
}
