import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { CannedResponse } from './inbox-settings.entities';
import type { CannedResponseModel } from './inbox-settings.models';
import { cleanText, japaneseOrder } from './text-input';

/** What `{{name}}` becomes when the family's LINE display name is not known. */
export const UNKNOWN_NAME = 'ご相談者';

const PLACEHOLDER = /\{\{(.*?)\}\}/g;
const ALLOWED_PLACEHOLDERS = ['name'];

/** Canned responses of the tenant, with `{{name}}` filled in for a conversation. */
@Injectable()
export class CannedResponsesService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
  ) {}

  /** Ordered by title. With a conversation, `text` is the body written for its registrant. */
  async list(conversationId?: string | null): Promise<CannedResponseModel[]> {
    const em = this.tenantDb.em;
    const values = conversationId ? { name: await this.registrantName(conversationId) } : null;
    const responses = await em.find(CannedResponse, { tenant: this.tenantDb.tenantId });
    return responses
      .sort((a, b) => japaneseOrder(a.title, b.title))
      .map((response) => toModel(response, values ? fill(response.body, values) : response.body));
  }

  async create(input: { title: string; body: string }): Promise<CannedResponseModel> {
    const em = this.tenantDb.em;
    const actor = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR);
    const response = em.create(CannedResponse, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      title: cleanText(input.title, 'title', 100),
      body: cleanBody(input.body),
      createdByUserId: actor?.userId ?? null,
    });
    await em.flush();
    await this.audit.record('canned_response.created', { type: 'canned_response', id: response.id });
    return toModel(response, response.body);
  }

  async update(input: { id: string; title?: string | null; body?: string | null }): Promise<CannedResponseModel> {
    const response = await this.find(input.id);
    if (input.title != null) response.title = cleanText(input.title, 'title', 100);
    if (input.body != null) response.body = cleanBody(input.body);
    await this.tenantDb.em.flush();
    await this.audit.record('canned_response.updated', { type: 'canned_response', id: response.id });
    return toModel(response, response.body);
  }

  async delete(id: string): Promise<void> {
    const response = await this.find(id);
    await this.tenantDb.em.remove(response).flush();
    await this.audit.record('canned_response.deleted', { type: 'canned_response', id });
  }

  private async find(id: string): Promise<CannedResponse> {
    const response = await this.tenantDb.em.findOne(CannedResponse, { id, tenant: this.tenantDb.tenantId });
    if (!response) throw new NotFoundError('CANNED_RESPONSE_NOT_FOUND', 'No such canned response');
    return response;
  }

  /** The registrant's display name; NOT_FOUND for a conversation this tenant does not have. */
  private async registrantName(conversationId: string): Promise<string> {
    const [row] = await this.tenantDb.em.execute<{ display_name: string | null }[]>(
      `select r.display_name from conversation c join registrant r on r.id = c.registrant_id
       where c.tenant_id = ? and c.id = ?`,
      [this.tenantDb.tenantId, conversationId],
    );
    if (!row) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'No such conversation');
    return row.display_name?.trim() || UNKNOWN_NAME;
  }
}

/** A body as stored: clean text whose placeholders are all known, so that every one can be filled. */
function cleanBody(raw: string): string {
  const body = cleanText(raw, 'body', 5000);
  const unknown = [...body.matchAll(PLACEHOLDER)]
    .map((m) => m[0])
    .filter((p) => !ALLOWED_PLACEHOLDERS.includes(p.slice(2, -2)));
  if (unknown.length > 0) {
    const allowed = ALLOWED_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');
    throw new BadUserInputError([
      {
        field: 'body',
        messages: [`unknown placeholders ${[...new Set(unknown)].join(', ')}: only ${allowed} can be used`],
      },
    ]);
  }
  return body;
}

/** Fills every placeholder (a function replacement, so `$` in a name is taken literally). */
function fill(body: string, values: Record<string, string>): string {
  return body.replace(PLACEHOLDER, (placeholder, key: string) => values[key] ?? placeholder);
}

function toModel(response: CannedResponse, text: string): CannedResponseModel {
  return {
    id: response.id,
    title: response.title,
    body: response.body,
    text,
    createdAt: response.createdAt,
    updatedAt: response.updatedAt,
  };
}
