import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { foldForMatching } from './text-folding';
import { KeywordRule } from './triage.entities';
import type {
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
      settings.crisisContacts = input.crisisContacts.map((c) => ({
        name: c.name.normalize('NFC').trim(),
        phone: c.phone.normalize('NFKC').trim(),
        note: c.note?.normalize('NFC').trim() || null,
      }));
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
}

function keywordTaken(existing: string): ConflictError {
  return new ConflictError('KEYWORD_RULE_EXISTS', 'A rule for this keyword exists already', [
    { field: 'keyword', messages: [`matches the same text as the rule 「${existing}」`] },
  ]);
}

function toRuleModel(rule: KeywordRule): KeywordRuleModel {
  return { id: rule.id, keyword: rule.keyword, createdAt: rule.createdAt };
}

function toSettingsModel(settings: {
  crisisContacts: InboxSettingsModel['crisisContacts'];
  escalationEmails: string[];
  escalationMinutes: number;
}): InboxSettingsModel {
  return {
    crisisContacts: settings.crisisContacts.map((c) => ({ name: c.name, phone: c.phone, note: c.note ?? null })),
    escalationEmails: settings.escalationEmails,
    escalationMinutes: settings.escalationMinutes,
  };
}
