import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AccessService } from '@tsunagu/platform/auth';
import { BadUserInputError } from '@tsunagu/platform/errors';
import { selectedFields, type Connection } from '@tsunagu/platform/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { ConversationModel } from '@tsunagu/conversations';
import {
  AddAssessmentInput,
  AssessmentMigrationPreviewModel,
  AssessmentTemplateModel,
  AssessmentTemplateVersionModel,
  CaseAssessmentModel,
  CaseRecordChangeConnection,
  CaseRecordChangeModel,
  CaseRecordConnection,
  CaseRecordHistoryArgs,
  CaseRecordModel,
  CaseRecordsArgs,
  CreateAssessmentTemplateInput,
  MigrateAssessmentInput,
  OpenCaseRecordInput,
  PublishAssessmentTemplateVersionInput,
  UpdateAssessmentInput,
  UpdateCaseRecordInput,
} from './case-records.models';
import {
  CaseRecordsService,
  type AssessmentView,
  type CaseParts,
  type CaseRecordView,
  type TemplateVersionView,
  type TemplateView,
} from './case-records.service';
import type { FieldDefinition, TemplateDefinition } from './template';
import type { AssessmentFieldInput, AssessmentSectionInput } from './case-records.models';

/** Assessment templates and case records; the service holds the rules, this only translates. */
@Resolver()
export class CaseRecordsResolver {
  constructor(private readonly service: CaseRecordsService) {}

  @RequirePermission(Permission.ReadAssessmentTemplates)
  @Query(() => [AssessmentTemplateModel], { description: "The tenant's assessment templates, by name" })
  async assessmentTemplates(): Promise<AssessmentTemplateModel[]> {
    return (await this.service.templates()).map(toTemplate);
  }

  @RequirePermission(Permission.ReadAssessmentTemplates)
  @Query(() => AssessmentTemplateModel)
  async assessmentTemplate(@Args('id', { type: () => ID }) id: string): Promise<AssessmentTemplateModel> {
    return toTemplate(await this.service.template(id));
  }

  @RequirePermission(Permission.ManageAssessmentTemplates)
  @Mutation(() => AssessmentTemplateModel, { description: 'A new template and its version 1; audited' })
  async createAssessmentTemplate(
    @Args('input') input: CreateAssessmentTemplateInput,
  ): Promise<AssessmentTemplateModel> {
    return toTemplate(await this.service.createTemplate(input.name.trim(), toDefinition(input.sections)));
  }

  @RequirePermission(Permission.ManageAssessmentTemplates)
  @Mutation(() => AssessmentTemplateModel, {
    description:
      'A new immutable version; CONFLICT (TEMPLATE_CHANGE_ORPHANS_DATA) when it would orphan filled data, unless allowBreakingChanges',
  })
  async publishAssessmentTemplateVersion(
    @Args('input') input: PublishAssessmentTemplateVersionInput,
  ): Promise<AssessmentTemplateModel> {
    return toTemplate(
      await this.service.publishVersion(input.templateId, toDefinition(input.sections), input.allowBreakingChanges),
    );
  }

  @RequirePermission(Permission.ReadCaseRecords)
  @Query(() => CaseRecordModel, {
    nullable: true,
    description: "A case by id, or a family's (null when the family has none); each read is audited",
  })
  async caseRecord(
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('registrantId', { type: () => ID, nullable: true }) registrantId: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseRecordModel | null> {
    if (Boolean(id) === Boolean(registrantId)) {
      throw new BadUserInputError([{ field: 'id', messages: ['give either id or registrantId'] }]);
    }
    const view = id
      ? await this.service.get(id, parts(info))
      : await this.service.byRegistrant(registrantId as string, parts(info));
    return view && toCase(view);
  }

  @RequirePermission(Permission.ReadCaseRecords)
  @Query(() => CaseRecordConnection, { description: 'Most recently changed first; a search is audited' })
  async caseRecords(@Args() args: CaseRecordsArgs): Promise<Connection<CaseRecordModel>> {
    const page = await this.service.list(args.filter ?? {}, args.first, args.after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCase(edge.node) })) };
  }

  @RequirePermission(Permission.ReadCaseRecords)
  @Query(() => CaseRecordChangeConnection, { description: "A case's changes field by field, newest first; audited" })
  async caseRecordHistory(@Args() args: CaseRecordHistoryArgs): Promise<Connection<CaseRecordChangeModel>> {
    return this.service.history(args.caseRecordId, args.first, args.after);
  }

  @RequirePermission(Permission.ReadCaseRecords)
  @Query(() => AssessmentMigrationPreviewModel, {
    description: "What moving an assessment to a version (the template's newest by default) does, field by field",
  })
  async assessmentMigrationPreview(
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('toVersionId', { type: () => ID, nullable: true }) toVersionId: string | null,
  ): Promise<AssessmentMigrationPreviewModel> {
    const preview = await this.service.migrationPreview(assessmentId, toVersionId);
    return { ...preview, from: toVersion(preview.from), to: toVersion(preview.to) };
  }

  @RequirePermission(Permission.WriteCaseRecords)
  @Mutation(() => CaseRecordModel, { description: "Open a family's case (one per family)" })
  async openCaseRecord(@Args('input') input: OpenCaseRecordInput): Promise<CaseRecordModel> {
    return toCase(await this.service.open(input.registrantId, input.responsibleUserId));
  }

  @RequirePermission(Permission.WriteCaseRecords)
  @Mutation(() => CaseRecordModel, {
    description: 'Status, responsible counsellor, risk, next review date; each change kept',
  })
  async updateCaseRecord(@Args('input') input: UpdateCaseRecordInput): Promise<CaseRecordModel> {
    const { id, ...changes } = input;
    return toCase(await this.service.update(id, changes));
  }

  @RequirePermission(Permission.WriteCaseRecords)
  @Mutation(() => CaseAssessmentModel, { description: 'A new assessment against a template version' })
  async addAssessment(@Args('input') input: AddAssessmentInput): Promise<CaseAssessmentModel> {
    return toAssessment(await this.service.addAssessment(input.caseRecordId, input.templateVersionId, input.values));
  }

  @RequirePermission(Permission.WriteCaseRecords)
  @Mutation(() => CaseAssessmentModel, { description: "An assessment's values, checked against its own version" })
  async updateAssessment(@Args('input') input: UpdateAssessmentInput): Promise<CaseAssessmentModel> {
    return toAssessment(await this.service.updateAssessment(input.id, input.values));
  }

  @RequirePermission(Permission.WriteCaseRecords)
  @Mutation(() => CaseAssessmentModel, { description: 'Move an assessment to a newer version, as its preview shows' })
  async migrateAssessment(@Args('input') input: MigrateAssessmentInput): Promise<CaseAssessmentModel> {
    return toAssessment(await this.service.migrateAssessment(input.id, input.toVersionId, input.values));
  }
}

/** A case's assessments, newest first: part of reading the case, read with it when it was read alone. */
@Resolver(() => CaseRecordModel)
export class CaseRecordFieldsResolver {
  constructor(private readonly service: CaseRecordsService) {}

  @ResolveField(() => [CaseAssessmentModel])
  async assessments(@Parent() record: CaseRecordModel): Promise<CaseAssessmentModel[]> {
    return record.readAssessments ?? (await this.service.assessments(record.id)).map(toAssessment);
  }
}

/**
 * The family card of a conversation: its family's case. Declared here, not in conversations, which
 * knows nothing of case records. Only those who read case records get it (audited as a read);
 * anyone else gets FORBIDDEN on this nullable field, the rest of the conversation still answers.
 */
@Resolver(() => ConversationModel)
export class FamilyCaseResolver {
  constructor(
    private readonly service: CaseRecordsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => CaseRecordModel, {
    nullable: true,
    description: "The family's case (null when none); FORBIDDEN (null) unless the caller reads case records",
  })
  async caseRecord(
    @Parent() conversation: ConversationModel,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseRecordModel | null> {
    this.access.authorize(this.access.current(), Permission.ReadCaseRecords);
    const view = await this.service.byRegistrant(conversation.registrant.id, parts(info));
    return view && toCase(view);
  }
}

function toDefinition(sections: AssessmentSectionInput[]): TemplateDefinition {
  const field = (input: AssessmentFieldInput): FieldDefinition => ({
    key: input.key,
    label: input.label,
    kind: input.kind,
    required: input.required,
    help: input.help ?? null,
    reportable: input.reportable,
    choices: input.choices?.map((choice) => ({ value: choice.value, label: choice.label })) ?? [],
    columns: input.columns?.map(field) ?? [],
  });
  return {
    sections: sections.map((section) => ({
      key: section.key,
      title: section.title,
      fields: section.fields.map(field),
    })),
  };
}

export function toVersion(view: TemplateVersionView): AssessmentTemplateVersionModel {
  const field = (f: FieldDefinition): AssessmentTemplateVersionModel['sections'][number]['fields'][number] => ({
    key: f.key,
    label: f.label,
    kind: f.kind,
    required: f.required,
    help: f.help ?? null,
    reportable: f.reportable,
    choices: f.choices ?? [],
    columns: (f.columns ?? []).map(field),
  });
  const sections = view.definition.sections.map((s) => ({ key: s.key, title: s.title, fields: s.fields.map(field) }));
  const json = (f: ReturnType<typeof field>): Record<string, unknown> => ({
    ...f,
    kind: f.kind.toUpperCase(),
    columns: f.columns.map(json),
  });
  return {
    id: view.id,
    templateId: view.templateId,
    templateName: view.templateName,
    version: view.version,
    publishedAt: view.publishedAt,
    sections,
    definition: { sections: sections.map((s) => ({ ...s, fields: s.fields.map(json) })) },
  };
}

function toTemplate(view: TemplateView): AssessmentTemplateModel {
  const versions = view.versions.map(toVersion);
  return { id: view.id, name: view.name, createdAt: view.createdAt, latestVersion: versions[0], versions };
}

function toAssessment(view: AssessmentView): CaseAssessmentModel {
  return { ...view, templateVersion: toVersion(view.templateVersion) };
}

/** What of a case the operation shows beyond the case and its newest assessment. */
function parts(info: GraphQLResolveInfo): CaseParts {
  return { assessments: selectedFields(info).has('assessments') };
}

function toCase(view: CaseRecordView): CaseRecordModel {
  const { assessments, ...rest } = view;
  return {
    ...rest,
    latestAssessment: view.latestAssessment && toAssessment(view.latestAssessment),
    readAssessments: assessments?.map(toAssessment),
  };
}
