import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError, type FieldError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Registrant } from '@tsunagu/conversations';
import { AttributeKind, RegistrantAttribute, RegistrantAttributeValue } from './audience.entities';
import type {
  AudienceSchemaModel,
  CreateRegistrantAttributeInput,
  FamilyProfileModel,
  RegistrantAttributeModel,
  UpdateFamilyProfileInput,
  UpdateRegistrantAttributeInput,
} from './audience.models';
import { cleanTag, MAX_TAGS } from './tags';

/** A LINE quick-reply button's label holds 20 characters: every choice can be a button of the survey. */
export const CHOICE_MAX_LENGTH = 20;
/** A survey question shows its choices as quick replies: 13 at most, one kept for 「スキップ」. */
export const SURVEY_MAX_CHOICES = 12;
const MAX_ATTRIBUTES = 30;
/** Year-months a family may have (a child each). */
export const MAX_YEAR_MONTHS = 10;
const SORT_STEP = 10;
export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const CHOICE_KINDS = new Set([AttributeKind.SINGLE_CHOICE, AttributeKind.MULTIPLE_CHOICE, AttributeKind.AREA]);

/** The tenant's attribute schema (admins) and families' values and tags (counsellors), in the request's transaction. */
@Injectable()
export class AttributesService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
  ) {}

  async schema(): Promise<AudienceSchemaModel> {
    const em = this.tenantDb.em;
    const [attributes, tags] = await Promise.all([listAttributes(em), this.tags(em)]);
    return { attributes: attributes.map(toModel), tags };
  }

  async create(input: CreateRegistrantAttributeInput): Promise<RegistrantAttributeModel> {
    const em = this.tenantDb.em;
    const existing = await listAttributes(em);
    if (existing.length >= MAX_ATTRIBUTES) {
      throw new BadUserInputError([{ field: 'key', messages: [`at most ${MAX_ATTRIBUTES} attributes`] }]);
    }
    if (existing.some((a) => a.key === input.key)) throw keyTaken();
    const label = cleanLabel(input.label, 'label', 50);
    const choices = cleanChoices(input.kind, input.choices ?? []);
    const askedInSurvey = input.askedInSurvey ?? false;
    checkSurvey(askedInSurvey, choices);
    const attribute = em.create(RegistrantAttribute, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      key: input.key,
      label,
      kind: input.kind,
      choices,
      askedInSurvey,
      question: cleanQuestion(input.question),
      sortOrder: input.sortOrder ?? Math.max(0, ...existing.map((a) => a.sortOrder)) + SORT_STEP,
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw keyTaken();
      throw error;
    }
    await this.audit.record(
      'registrant_attribute.created',
      { type: 'registrant_attribute', id: attribute.id },
      { key: attribute.key, kind: attribute.kind, choices: attribute.choices.length, askedInSurvey },
    );
    return toModel(attribute);
  }

  async update(input: UpdateRegistrantAttributeInput): Promise<RegistrantAttributeModel> {
    const em = this.tenantDb.em;
    const attribute = await em.findOne(RegistrantAttribute, { id: input.id });
    if (!attribute) throw attributeNotFound();
    if (input.label != null) attribute.label = cleanLabel(input.label, 'label', 50);
    let removed: string[] = [];
    if (input.choices != null) {
      const choices = cleanChoices(attribute.kind, input.choices);
      removed = attribute.choices.filter((c) => !choices.includes(c));
      attribute.choices = choices;
    }
    if (input.askedInSurvey != null) attribute.askedInSurvey = input.askedInSurvey;
    if (input.question !== undefined) attribute.question = cleanQuestion(input.question);
    if (input.sortOrder != null) attribute.sortOrder = input.sortOrder;
    checkSurvey(attribute.askedInSurvey, attribute.choices);
    await em.flush();
    // A choice taken away is no family's value any more: segments could not name it.
    const cleared = removed.length
      ? await em.nativeDelete(RegistrantAttributeValue, { attribute: attribute.id, value: { $in: removed } })
      : 0;
    await this.audit.record(
      'registrant_attribute.updated',
      { type: 'registrant_attribute', id: attribute.id },
      {
        key: attribute.key,
        label: attribute.label,
        choices: attribute.choices.length,
        removedChoices: removed.length,
        valuesCleared: cleared,
        askedInSurvey: attribute.askedInSurvey,
        sortOrder: attribute.sortOrder,
      },
    );
    return toModel(attribute);
  }

  /** Deletes the attribute and every family's values of it. */
  async delete(id: string): Promise<void> {
    const em = this.tenantDb.em;
    const attribute = await em.findOne(RegistrantAttribute, { id });
    if (!attribute) throw attributeNotFound();
    const values = await em.nativeDelete(RegistrantAttributeValue, { attribute: id });
    await em.nativeDelete(RegistrantAttribute, { id });
    await this.audit.record(
      'registrant_attribute.deleted',
      { type: 'registrant_attribute', id },
      { key: attribute.key, valuesDeleted: values },
    );
  }

  async profile(registrantId: string): Promise<FamilyProfileModel> {
    const em = this.tenantDb.em;
    const registrant = await em.findOne(Registrant, { id: registrantId }, { fields: ['labels'] });
    if (!registrant) throw registrantNotFound();
    return readProfile(em, registrant);
  }

  async updateProfile(input: UpdateFamilyProfileInput): Promise<FamilyProfileModel> {
    const em = this.tenantDb.em;
    const registrant = await em.findOne(Registrant, { id: input.registrantId });
    if (!registrant) throw registrantNotFound();
    const attributes = new Map((await listAttributes(em)).map((a) => [a.key, a]));
    const errors: FieldError[] = [];
    const replacements: [RegistrantAttribute, string[]][] = [];
    input.values?.forEach((entry, i) => {
      const attribute = attributes.get(entry.attributeKey);
      if (!attribute) {
        errors.push({
          field: `values.${i}.attributeKey`,
          messages: [`no attribute has the key ${entry.attributeKey}`],
        });
        return;
      }
      const problem = valuesProblem(attribute, entry.values);
      if (problem) errors.push({ field: `values.${i}.values`, messages: [problem] });
      else replacements.push([attribute, [...new Set(entry.values)].sort()]);
    });
    let tags: string[] | undefined;
    if (input.tags) {
      const cleaned = input.tags.map(cleanTag);
      cleaned.forEach((tag, i) => {
        if (!tag) errors.push({ field: `tags.${i}`, messages: ['a tag is 1 to 30 characters'] });
      });
      tags = [...new Set(cleaned.filter((t): t is string => Boolean(t)))];
      if (tags.length > MAX_TAGS) errors.push({ field: 'tags', messages: [`at most ${MAX_TAGS} tags`] });
    }
    if (errors.length) throw new BadUserInputError(errors);
    for (const [attribute, values] of replacements) await replaceValues(em, registrant, attribute, values);
    if (tags) registrant.labels = tags;
    await em.flush();
    await this.audit.record(
      'registrant.profile_updated',
      { type: 'registrant', id: registrant.id },
      {
        attributes: replacements.map(([a]) => a.key).join(','),
        tagsChanged: tags !== undefined,
      },
    );
    return readProfile(em, registrant);
  }

  /** Every tag of the tenant's families, for suggestions. */
  async tags(em: EntityManager): Promise<string[]> {
    const rows = await em.execute<{ tag: string }[]>(
      `select distinct unnest(labels) as tag from registrant where cardinality(labels) > 0`,
    );
    return rows.map((r) => r.tag).sort(new Intl.Collator('ja').compare);
  }
}

export async function listAttributes(em: EntityManager): Promise<RegistrantAttribute[]> {
  const attributes = await em.find(RegistrantAttribute, {});
  return attributes.sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label, 'ja'));
}

/** Why `values` cannot be the attribute's values, or null. */
export function valuesProblem(attribute: RegistrantAttribute, values: string[]): string | null {
  if (attribute.kind === AttributeKind.YEAR_MONTH) {
    if (values.length > MAX_YEAR_MONTHS) return `at most ${MAX_YEAR_MONTHS} year-months`;
    const bad = values.find((v) => !YEAR_MONTH.test(v) || Number(v.slice(0, 4)) < 1900);
    return bad === undefined ? null : `${bad} is not a year-month YYYY-MM`;
  }
  const unknown = values.find((v) => !attribute.choices.includes(v));
  if (unknown !== undefined) return `${unknown} is not a choice of ${attribute.key}`;
  if (attribute.kind !== AttributeKind.MULTIPLE_CHOICE && new Set(values).size > 1) {
    return `${attribute.key} takes one choice`;
  }
  return null;
}

/** Makes the family's values of the attribute exactly `values` (rows added and deleted, none rewritten). */
export async function replaceValues(
  em: EntityManager,
  registrant: Registrant,
  attribute: RegistrantAttribute,
  values: string[],
): Promise<void> {
  const existing = await em.find(RegistrantAttributeValue, { registrant: registrant.id, attribute: attribute.id });
  const stale = existing.filter((row) => !values.includes(row.value));
  if (stale.length) await em.nativeDelete(RegistrantAttributeValue, { id: { $in: stale.map((row) => row.id) } });
  for (const row of stale) em.getUnitOfWork().unsetIdentity(row);
  const have = new Set(existing.map((row) => row.value));
  for (const value of values) {
    if (have.has(value)) continue;
    em.create(RegistrantAttributeValue, {
      tenant: registrant.tenant,
      registrant,
      attribute,
      value,
    });
  }
}

async function readProfile(
  em: EntityManager,
  registrant: Pick<Registrant, 'id' | 'labels'>,
): Promise<FamilyProfileModel> {
  const rows = await em.execute<{ key: string; value: string }[]>(
    `select a.key, v.value from registrant_attribute_value v join registrant_attribute a on a.id = v.attribute_id
      where v.registrant_id = ? order by a.sort_order, a.key, v.value`,
    [registrant.id],
  );
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.value]);
  return {
    registrantId: registrant.id,
    values: [...byKey].map(([attributeKey, values]) => ({ attributeKey, values })),
    tags: registrant.labels,
  };
}

function toModel(attribute: RegistrantAttribute): RegistrantAttributeModel {
  return {
    id: attribute.id,
    key: attribute.key,
    label: attribute.label,
    kind: attribute.kind,
    choices: attribute.choices,
    askedInSurvey: attribute.askedInSurvey,
    question: attribute.question ?? null,
    sortOrder: attribute.sortOrder,
  };
}

function cleanLabel(value: string, field: string, max: number): string {
  const text = value.normalize('NFC').trim();
  const length = [...text].length;
  if (length < 1 || length > max) {
    throw new BadUserInputError([{ field, messages: [`${field} must be 1 to ${max} characters`] }]);
  }
  return text;
}

function cleanQuestion(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').trim();
  return text ? text : null;
}

function cleanChoices(kind: AttributeKind, raw: string[]): string[] {
  if (!CHOICE_KINDS.has(kind)) {
    if (raw.length)
      throw new BadUserInputError([{ field: 'choices', messages: ['a year-month attribute has no choices'] }]);
    return [];
  }
  const choices = raw.map((c, i) => cleanLabel(c, `choices.${i}`, CHOICE_MAX_LENGTH));
  if (choices.length === 0) throw new BadUserInputError([{ field: 'choices', messages: ['at least one choice'] }]);
  if (new Set(choices).size !== choices.length) {
    throw new BadUserInputError([{ field: 'choices', messages: ['each choice once'] }]);
  }
  return choices;
}

function checkSurvey(askedInSurvey: boolean, choices: string[]): void {
  if (askedInSurvey && choices.length > SURVEY_MAX_CHOICES) {
    throw new BadUserInputError([
      {
        field: 'askedInSurvey',
        messages: [
          `a survey question offers at most ${SURVEY_MAX_CHOICES} choices (LINE shows 13 buttons, one is スキップ)`,
        ],
      },
    ]);
  }
}

const attributeNotFound = (): NotFoundError => new NotFoundError('REGISTRANT_ATTRIBUTE_NOT_FOUND', 'No such attribute');
const registrantNotFound = (): NotFoundError => new NotFoundError('REGISTRANT_NOT_FOUND', 'No such family');
const keyTaken = (): ConflictError =>
  new ConflictError('REGISTRANT_ATTRIBUTE_KEY_TAKEN', 'Another attribute has this key', [
    { field: 'key', messages: ['another attribute has this key'] },
  ]);
