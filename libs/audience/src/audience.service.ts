import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, type FieldError } from '@tsunagu/platform/errors';
import { AttributeKind, RegistrantAttribute } from './audience.entities';
import { SegmentConditionKind, SegmentMatch, type SegmentConditionInput, type SegmentInput } from './segment.models';
import { cleanTag } from './tags';

/** A day as `YYYY-MM-DD`. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A SQL fragment with its `?` bindings. */
interface Sql {
  sql: string;
  params: unknown[];
}

/** A JSON array bound as one parameter, read back as a set of text: labels may hold any character. */
const TEXT_SET = '(select jsonb_array_elements_text(?::jsonb))';

/**
 * Who a segment reaches, in the caller's tenant transaction (`em`: row-level security confines every
 * statement to its tenant). Families that blocked the account are never counted nor returned.
 *
 * Ages are never stored: a year-month `YYYY-MM` (a child's birth month) is `n` years old on a day
 * when `n` full years have passed since the first day of that month. A child born in 2024-12 is 2 on
 * 2026-12-04 and until 2027-11-30, 3 from 2027-12-01. Since a month's first day is the birthday, the
 * age depends only on the day's year and month: a band [from, to] on a day of year Y and month M holds
 * the year-months after `(Y-to-1)-M` up to `(Y-from)-M`, compared as text.
 */
@Injectable()
export class AudienceService {
  /** How many families of the channel (every channel of the tenant with null) the segment reaches; null: all. */
  async count(
    em: EntityManager,
    channelId: string | null,
    segment: SegmentInput | null,
    onDay: string,
  ): Promise<number> {
    const where = await this.where(em, channelId, segment, onDay);
    const [row] = await em.execute<{ n: string }[]>(
      `select count(*) as n from registrant r where ${where.sql}`,
      where.params,
    );
    return Number(row?.n ?? 0);
  }

  /** The families the segment reaches on a channel, by registrant id: one statement, however many. */
  async recipients(
    em: EntityManager,
    channelId: string,
    segment: SegmentInput | null,
    onDay: string,
  ): Promise<{ registrantId: string; lineUserId: string }[]> {
    const where = await this.where(em, channelId, segment, onDay);
    const rows = await em.execute<{ id: string; line_user_id: string }[]>(
      `select r.id, r.line_user_id from registrant r where ${where.sql} order by r.id`,
      where.params,
    );
    return rows.map((row) => ({ registrantId: row.id, lineUserId: row.line_user_id }));
  }

  /** Throws BAD_USER_INPUT naming each wrong field (`segment.groups.0.conditions.1.choices`, ...). */
  async validate(em: EntityManager, segment: SegmentInput): Promise<void> {
    await this.resolve(em, segment);
  }

  /** Staff members' own LINE accounts linked to the channel, for those of `userIds` that have one. */
  async testRecipients(
    em: EntityManager,
    channelId: string,
    userIds: string[],
  ): Promise<{ userId: string; lineUserId: string }[]> {
    if (userIds.length === 0) return [];
    const rows = await em.execute<{ user_id: string; line_user_id: string }[]>(
      `select user_id, line_user_id from test_recipient
        where channel_id = ? and user_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by user_id`,
      [channelId, JSON.stringify(userIds)],
    );
    return rows.map((row) => ({ userId: row.user_id, lineUserId: row.line_user_id }));
  }

  private async where(
    em: EntityManager,
    channelId: string | null,
    segment: SegmentInput | null,
    onDay: string,
  ): Promise<Sql> {
    const day = DAY.exec(onDay);
    if (!day || Number.isNaN(Date.parse(`${onDay}T00:00:00Z`))) {
      throw new BadUserInputError([{ field: 'onDay', messages: ['a day as YYYY-MM-DD'] }]);
    }
    const parts: Sql[] = [{ sql: `r.status = 'active'`, params: [] }];
    if (channelId) parts.push({ sql: 'r.channel_id = ?', params: [channelId] });
    if (segment) {
      const attributes = await this.resolve(em, segment);
      parts.push(segmentSql(segment, attributes, Number(day[1]), day[2]));
    }
    return join(parts, 'and');
  }

  /** The segment's attributes by key, once every field is checked against the tenant's schema. */
  private async resolve(em: EntityManager, segment: SegmentInput): Promise<Map<string, RegistrantAttribute>> {
    const attributes = new Map((await em.find(RegistrantAttribute, {})).map((a) => [a.key, a]));
    const errors: FieldError[] = [];
    const fail = (field: string, message: string) => errors.push({ field, messages: [message] });
    if (!segment.groups?.length) fail('segment.groups', 'at least one group');
    segment.groups?.forEach((group, g) => {
      if (!group.conditions?.length) fail(`segment.groups.${g}.conditions`, 'at least one condition');
      group.conditions?.forEach((condition, c) => {
        const at = `segment.groups.${g}.conditions.${c}`;
        checkCondition(condition, attributes, at, fail);
      });
    });
    if (errors.length) throw new BadUserInputError(errors, 'INVALID_SEGMENT', 'The segment is not valid');
    return attributes;
  }
}

function checkCondition(
  condition: SegmentConditionInput,
  attributes: Map<string, RegistrantAttribute>,
  at: string,
  fail: (field: string, message: string) => void,
): void {
  if (condition.kind === SegmentConditionKind.TAGS) {
    if (!condition.tags?.length) return fail(`${at}.tags`, 'at least one tag');
    condition.tags.forEach((tag, i) => {
      if (!cleanTag(tag)) fail(`${at}.tags.${i}`, 'a tag is 1 to 30 characters');
    });
    return;
  }
  const attribute = condition.attributeKey ? attributes.get(condition.attributeKey) : undefined;
  if (!attribute)
    return fail(`${at}.attributeKey`, `no attribute of this tenant has the key ${condition.attributeKey ?? '(none)'}`);
  if (condition.kind === SegmentConditionKind.CHOICES) {
    if (attribute.kind === AttributeKind.YEAR_MONTH) {
      return fail(`${at}.kind`, `${attribute.key} is a year-month attribute: ask for an AGE band`);
    }
    if (!condition.choices?.length) return fail(`${at}.choices`, 'at least one choice');
    condition.choices.forEach((choice, i) => {
      if (!attribute.choices.includes(choice))
        fail(`${at}.choices.${i}`, `${choice} is not a choice of ${attribute.key}`);
    });
    return;
  }
  if (attribute.kind !== AttributeKind.YEAR_MONTH) {
    return fail(`${at}.kind`, `${attribute.key} is not a year-month attribute: an AGE band needs one`);
  }
  const { ageFrom, ageTo } = condition;
  if (ageFrom == null || ageTo == null) return fail(`${at}.ageFrom`, 'an age band needs ageFrom and ageTo');
  if (ageFrom < 0 || ageTo < ageFrom) fail(`${at}.ageTo`, 'ageTo must be at least ageFrom (both inclusive, 0 or more)');
}

function segmentSql(
  segment: SegmentInput,
  attributes: Map<string, RegistrantAttribute>,
  year: number,
  month: string,
): Sql {
  const groups = segment.groups.map((group) =>
    join(
      group.conditions.map((condition) => conditionSql(condition, attributes, year, month)),
      group.match === SegmentMatch.ANY ? 'or' : 'and',
    ),
  );
  return join(groups, segment.match === SegmentMatch.ANY ? 'or' : 'and');
}

function conditionSql(
  condition: SegmentConditionInput,
  attributes: Map<string, RegistrantAttribute>,
  year: number,
  month: string,
): Sql {
  if (condition.kind === SegmentConditionKind.TAGS) {
    return { sql: `r.labels && array${TEXT_SET}`, params: [JSON.stringify(condition.tags?.map(cleanTag) ?? [])] };
  }
  const attribute = attributes.get(condition.attributeKey as string) as RegistrantAttribute;
  const values = `select 1 from registrant_attribute_value v where v.registrant_id = r.id and v.attribute_id = ?`;
  if (condition.kind === SegmentConditionKind.CHOICES) {
    return {
      sql: `exists (${values} and v.value in ${TEXT_SET})`,
      params: [attribute.id, JSON.stringify(condition.choices ?? [])],
    };
  }
  const latest = `${String(year - (condition.ageFrom as number)).padStart(4, '0')}-${month}`;
  const before = `${String(year - (condition.ageTo as number) - 1).padStart(4, '0')}-${month}`;
  return { sql: `exists (${values} and v.value <= ? and v.value > ?)`, params: [attribute.id, latest, before] };
}

function join(parts: Sql[], operator: 'and' | 'or'): Sql {
  return {
    sql: parts.map((part) => `(${part.sql})`).join(` ${operator} `),
    params: parts.flatMap((part) => part.params),
  };
}
