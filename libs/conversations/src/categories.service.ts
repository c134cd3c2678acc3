import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { claimTenantDefaults, Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Conversation } from './conversation.entities';
import type { ConversationModel } from './conversation.models';
import { ConversationCategory } from './inbox-settings.entities';
import type { ConversationCategoryModel } from './inbox-settings.models';
import { InboxService } from './inbox.service';
import { byDisplayOrder, cleanText } from './text-input';

/** What a tenant starts with; admins rename, reorder or delete them. */
export const DEFAULT_CATEGORIES = ['子育て', '発達', '不登校', '生活困窮', 'DV', 'こころの健康', '家族関係', 'その他'];

const DEFAULTS_KIND = 'conversation_categories';
const NAME_MAX = 50;
/** Gap between sort orders, so that an admin can slot a category between two others. */
const SORT_STEP = 10;

/** The key that makes names unique: full-width ＤＶ, half-width ｶﾀｶﾅ and case do not make a new name. */
export const categoryNameKey = (name: string): string => name.normalize('NFKC').toLowerCase();

/**
 * Tenant-defined conversation categories. A tenant gets the default set the first time it lists
 * or uses categories (in that request's transaction), once: deleting them all does not bring them back.
 */
@Injectable()
export class CategoriesService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly inbox: InboxService,
    private readonly live: LiveEvents,
  ) {}

  async list(): Promise<ConversationCategoryModel[]> {
    const categories = await this.withDefaults();
    return categories.map(toModel).sort(byDisplayOrder);
  }

  async create(name: string): Promise<ConversationCategoryModel> {
    const em = this.tenantDb.em;
    const existing = await this.withDefaults();
    const category = em.create(ConversationCategory, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      ...this.named(name, existing),
      sortOrder: Math.max(0, ...existing.map((c) => c.sortOrder)) + SORT_STEP,
    });
    await this.flushUnique();
    await this.audit.record(
      'conversation_category.created',
      { type: 'conversation_category', id: category.id },
      { name: category.name },
    );
    return toModel(category);
  }

  async update(
    id: string,
    changes: { name?: string | null; sortOrder?: number | null },
  ): Promise<ConversationCategoryModel> {
    const categories = await this.withDefaults();
    const category = categories.find((c) => c.id === id);
    if (!category) throw categoryNotFound();
    if (changes.name != null) {
      Object.assign(
        category,
        this.named(
          changes.name,
          categories.filter((c) => c !== category),
        ),
      );
    }
    if (changes.sortOrder != null) category.sortOrder = changes.sortOrder;
    await this.flushUnique();
    await this.audit.record(
      'conversation_category.updated',
      { type: 'conversation_category', id },
      { name: category.name, sortOrder: category.sortOrder },
    );
    return toModel(category);
  }

  /** Deletes the category and takes it off every conversation, in one transaction. */
  async delete(id: string): Promise<void> {
    const em = this.tenantDb.em;
    // The row goes first: a concurrent categorize holding it (for share) finishes before this goes
    // on, so the clean-up below sees what it wrote.
    const deleted = await em.nativeDelete(ConversationCategory, { id, tenant: this.tenantDb.tenantId });
    if (deleted === 0) throw categoryNotFound();
    const affected = await em.execute<{ id: string }[]>(
      `update conversation set category_ids = array_remove(category_ids, ?::uuid)
       where tenant_id = ? and category_ids @> array[?::uuid] returning id`,
      [id, this.tenantDb.tenantId, id],
    );
    await this.audit.record(
      'conversation_category.deleted',
      { type: 'conversation_category', id },
      { conversations: affected.length },
    );
  }

  /** Replaces a conversation's categories; every id must be a category of this tenant. */
  async categorize(conversationId: string, categoryIds: string[]): Promise<ConversationModel> {
    const em = this.tenantDb.em;
    const conversation = await em.findOne(Conversation, { id: conversationId, tenant: this.tenantDb.tenantId });
    if (!conversation) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'No such conversation');
    await this.withDefaults();
    const wanted = [...new Set(categoryIds)];
    // Held until commit, so that a category cannot be deleted between this check and the write.
    const found = wanted.length
      ? await em.find(
          ConversationCategory,
          { id: { $in: wanted }, tenant: this.tenantDb.tenantId },
          { lockMode: LockMode.PESSIMISTIC_READ },
        )
      : [];
    if (found.length !== wanted.length) {
      const known = new Set(found.map((c) => c.id));
      throw new BadUserInputError([
        {
          field: 'categoryIds',
          messages: [`not categories of this tenant: ${wanted.filter((id) => !known.has(id)).join(', ')}`],
        },
      ]);
    }
    const from = conversation.categoryIds;
    conversation.categoryIds = wanted;
    await em.flush();
    this.live.publish(LiveEventKind.ConversationUpdated, conversationId);
    await this.audit.record(
      'conversation.categorized',
      { type: 'conversation', id: conversationId },
      { from: from.join(','), to: wanted.join(',') },
    );
    return this.inbox.conversation(conversationId);
  }

  /** The tenant's categories, after giving it the defaults if it never had any. */
  private async withDefaults(): Promise<ConversationCategory[]> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const categories = await em.find(ConversationCategory, { tenant: tenantId });
    if (categories.length > 0) return categories;
    if (!(await claimTenantDefaults(em, tenantId, DEFAULTS_KIND))) {
      return em.find(ConversationCategory, { tenant: tenantId });
    }
    const defaults = DEFAULT_CATEGORIES.map((name, index) =>
      em.create(ConversationCategory, {
        tenant: em.getReference(Tenant, tenantId),
        name,
        nameKey: categoryNameKey(name),
        sortOrder: (index + 1) * SORT_STEP,
      }),
    );
    await em.flush();
    return defaults;
  }

  /** A cleaned name and its key; CONFLICT when another category already has it. */
  private named(raw: string, others: ConversationCategory[]): Pick<ConversationCategory, 'name' | 'nameKey'> {
    const name = cleanText(raw, 'name', NAME_MAX);
    const nameKey = categoryNameKey(name);
    if (others.some((c) => c.nameKey === nameKey)) throw nameTaken();
    return { name, nameKey };
  }

  /** A concurrent request may have taken the name since it was checked. */
  private async flushUnique(): Promise<void> {
    try {
      await this.tenantDb.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw nameTaken();
      throw error;
    }
  }
}

function toModel(category: ConversationCategory): ConversationCategoryModel {
  return { id: category.id, name: category.name, sortOrder: category.sortOrder };
}

const categoryNotFound = (): NotFoundError =>
  new NotFoundError('CONVERSATION_CATEGORY_NOT_FOUND', 'No such conversation category');

const nameTaken = (): ConflictError =>
  new ConflictError('CONVERSATION_CATEGORY_NAME_TAKEN', 'A category with this name already exists', [
    { field: 'name', messages: ['another category has this name'] },
  ]);
