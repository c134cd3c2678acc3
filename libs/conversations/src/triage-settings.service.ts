import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { firingRule, foldForMatching } from './text-folding';
import { InboxSettings, KeywordRule, type CrisisContact } from './triage.entities';
import type {
  CrisisContactInput,
  CrisisContactModel,
  InboxSettingsModel,
  KeywordRuleModel,
  UpdateInboxSettingsInput,
  UpsertKeywordRuleInput,
} from './triage.models';
import { TriageService } from './triage.service';

/** A tenant admin's view of triage: keyword rules, crisis contacts, escalation. */
@Injectable()
export class TriageSettingsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly triage: TriageService,
    private readonly audit: AuditTrail,
  ) {}

  async keywordRules(): Promise<KeywordRuleModel[]> {
    const em = this.tenantDb.em;
    await this.triage.settings(em, this.tenantDb.tenantId);
    const rules = await em.find(KeywordRule, { tenant: this.tenantDb.tenantId }, { orderBy: { createdAt: 'asc' } });
    return rules.map(toRuleModel);
  }

  async upsertKeywordRule(input: UpsertKeywordRuleInput): Promise<KeywordRuleModel> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    await this.triage.settings(em, tenantId);
    const keyword = input.keyword.normalize('NFC').trim();
    const folded = foldForMatching(keyword);
    if (!folded) throw new BadUserInputError([{ field: 'keyword', messages: ['keyword must not be blank'] }]);
    // NFKC can lengthen text (㌀ is アパート): the folded form must fit too.
    if (folded.length > 50) {
      throw new BadUserInputError([{ field: 'keyword', messages: ['keyword must be at most 50 characters'] }]);
    }
    const clash = await em.findOne(KeywordRule, { tenant: tenantId, folded });
    if (clash && clash.id !== input.id) throw keywordTaken(clash.keyword);
    let rule: KeywordRule;
    if (input.id) {
      const existing = await em.findOne(KeywordRule, { id: input.id, tenant: tenantId });
      if (!existing) throw new NotFoundError('KEYWORD_RULE_NOT_FOUND', 'No such keyword rule');
      rule = existing;
      rule.keyword = keyword;
      rule.folded = folded;
    } else {
      rule = em.create(KeywordRule, { tenant: em.getReference(Tenant, tenantId), keyword, folded });
    }
    try {
      await em.flush();
    } catch (error) {
      // The same keyword added twice at once: the second meets the unique key.
      if (error instanceof UniqueConstraintViolationException) throw keywordTaken(keyword);
      throw error;
    }
    await this.audit.record(input.id ? 'keyword_rule.updated' : 'keyword_rule.created', {
      type: 'keyword_rule',
      id: rule.id,
    });
    return toRuleModel(rule);
  }

  /**
   * The rule a family's message with this text would fire, if any: the triage's own rules and matcher
   * (`TriageService.keywordRules`, `firingRule`), so what the admin tries is what families get.
   */
  async matchingKeywordRule(text: string): Promise<KeywordRuleModel | null> {
    const em = this.tenantDb.em;
    await this.triage.settings(em, this.tenantDb.tenantId);
    const rule = firingRule(text, await this.triage.keywordRules(em, this.tenantDb.tenantId));
    return rule ? toRuleModel(rule) : null;
  }

  async deleteKeywordRule(id: string): Promise<void> {
    const em = this.tenantDb.em;
    const rule = await em.findOne(KeywordRule, { id, tenant: this.tenantDb.tenantId });
    if (!rule) throw new NotFoundError('KEYWORD_RULE_NOT_FOUND', 'No such keyword rule');
    em.remove(rule);
    await em.flush();
    await this.audit.record('keyword_rule.deleted', { type: 'keyword_rule', id }, { keyword: rule.keyword });
  }

  async inboxSettings(): Promise<InboxSettingsModel> {
    return toSettingsModel(await this.triage.settings(this.tenantDb.em, this.tenantDb.tenantId));
  }

  /** What the counsellors give a family in crisis (the inbox's urgent banner). */
  async crisisContacts(): Promise<InboxSettingsModel['crisisContacts']> {
    return (await this.inboxSettings()).crisisContacts;
  }

  /** The tenant's active counsellors, by name: whom a conversation can be assigned to. */
  async counsellors(): Promise<{ id: string; displayName: string }[]> {
    return this.tenantDb.em.execute<{ id: string; displayName: string }[]>(
      `select u.id, u.display_name as "displayName"
       from membership m join app_user u on u.id = m.user_id and u.status = 'active'
       where m.tenant_id = ? and m.role = 'counselor' and m.status = 'active'
       order by u.display_name, u.id`,
      [this.tenantDb.tenantId],
    );
  }

  async updateInboxSettings(input: UpdateInboxSettingsInput): Promise<InboxSettingsModel> {
    const settings = await this.triage.settings(this.tenantDb.em, this.tenantDb.tenantId);
    if (input.crisisContacts) {
      const contacts = input.crisisContacts.map(cleanContact);
      if (new Set(contacts.map(contactId)).size < contacts.length) {
        throw new BadUserInputError([{ field: 'crisisContacts', messages: ['two crisis contacts are the same'] }]);
      }
      settings.crisisContacts = contacts;
    }
    if (input.escalationEmails) {
      settings.escalationEmails = [...new Set(input.escalationEmails.map((e) => e.trim().toLowerCase()))];
    }
    if (input.escalationMinutes !== undefined) settings.escalationMinutes = input.escalationMinutes;
    await this.tenantDb.em.flush();
    await this.audit.record(
      'inbox_settings.updated',
      { type: 'inbox_settings', id: this.tenantDb.tenantId },
      { fields: Object.keys(input).sort().join(',') },
    );
    return toSettingsModel(settings);
  }

  /** Adds one contact at the end; the others stay as they are, whoever else edits the list meanwhile. */
  async addCrisisContact(input: CrisisContactInput): Promise<CrisisContactModel> {
    const contact = cleanContact(input);
    await this.editContacts('crisis_contact.added', (contacts) => {
      if (contacts.some((c) => contactId(c) === contactId(contact))) throw contactExists();
      if (contacts.length >= MAX_CRISIS_CONTACTS) {
        throw new BadUserInputError(
          [{ field: 'name', messages: [`at most ${MAX_CRISIS_CONTACTS} crisis contacts`] }],
          'TOO_MANY_CRISIS_CONTACTS',
          'The list of crisis contacts is full',
        );
      }
      return [...contacts, contact];
    });
    return toContactModel(contact);
  }

  /** Changes one contact in place (its position in the list stays). */
  async updateCrisisContact(id: string, input: CrisisContactInput): Promise<CrisisContactModel> {
    const contact = cleanContact(input);
    await this.editContacts('crisis_contact.updated', (contacts) => {
      const index = contacts.findIndex((c) => contactId(c) === id);
      if (index < 0) throw contactNotFound();
      if (contacts.some((c, i) => i !== index && contactId(c) === contactId(contact))) throw contactExists();
      return contacts.map((c, i) => (i === index ? contact : c));
    });
    return toContactModel(contact);
  }

  /** Removes one contact; the last one stays (a crisis answer with no number would help nobody). */
  async removeCrisisContact(id: string): Promise<void> {
    await this.editContacts('crisis_contact.removed', (contacts) => {
      const rest = contacts.filter((c) => contactId(c) !== id);
      if (rest.length === contacts.length) throw contactNotFound();
      if (rest.length === 0) {
        throw new BadUserInputError(
          [{ field: 'id', messages: ['the last crisis contact cannot be removed'] }],
          'LAST_CRISIS_CONTACT',
          'Families in crisis need at least one number',
        );
      }
      return rest;
    });
  }

  /**
   * Reads the list under a row lock, so that two admins editing contacts at once each see the
   * other's change (on PostgreSQL the second waits for the first to commit, then reads its list).
   */
  private async editContacts(action: string, edit: (contacts: CrisisContact[]) => CrisisContact[]): Promise<void> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    await this.triage.settings(em, tenantId);
    const settings = await em.findOneOrFail(
      InboxSettings,
      { tenant: tenantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    settings.crisisContacts = edit(settings.crisisContacts);
    await em.flush();
    await this.audit.record(action, { type: 'inbox_settings', id: tenantId });
  }
}

/** At most this many crisis contacts: an automatic crisis answer must stay readable on a phone. */
export const MAX_CRISIS_CONTACTS = 10;

function cleanContact(c: CrisisContactInput): CrisisContact {
  return {
    name: c.name.normalize('NFC').trim(),
    phone: c.phone.normalize('NFKC').trim(),
    note: c.note?.normalize('NFC').trim() || null,
  };
}

/**
 * A crisis contact's id: a UUID-shaped digest of what it says. The list is one JSON value without
 * ids of its own; an id that names the content makes an edit or removal from a stale page miss
 * (NOT_FOUND) rather than hit whichever contact now sits at that position.
 */
export function contactId(c: CrisisContact): string {
  const hex = createHash('sha256')
    .update(JSON.stringify([c.name, c.phone, c.note ?? null]))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function contactExists(): ConflictError {
  return new ConflictError('CRISIS_CONTACT_EXISTS', 'This crisis contact is in the list already', [
    { field: 'name', messages: ['the list has a contact with this name, number and note already'] },
  ]);
}

function contactNotFound(): NotFoundError {
  return new NotFoundError(
    'CRISIS_CONTACT_NOT_FOUND',
    'No such crisis contact: it was changed or removed meanwhile; reload the list',
  );
}

function keywordTaken(existing: string): ConflictError {
  return new ConflictError('KEYWORD_RULE_EXISTS', 'A rule for this keyword exists already', [
    { field: 'keyword', messages: [`matches the same text as the rule 「${existing}」`] },
  ]);
}

function toRuleModel(rule: { id: string; keyword: string; createdAt: Date }): KeywordRuleModel {
  return { id: rule.id, keyword: rule.keyword, createdAt: rule.createdAt };
}

function toContactModel(c: CrisisContact): CrisisContactModel {
  return { id: contactId(c), name: c.name, phone: c.phone, note: c.note ?? null };
}

function toSettingsModel(settings: {
  crisisContacts: CrisisContact[];
  escalationEmails: string[];
  escalationMinutes: number;
}): InboxSettingsModel {
  return {
    crisisContacts: settings.crisisContacts.map(toContactModel),
    escalationEmails: settings.escalationEmails,
    escalationMinutes: settings.escalationMinutes,
  };
}
