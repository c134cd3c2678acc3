import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Conversation, Message, MessageDirection, Registrant } from './conversation.entities';

export interface FamilyOfConversation {
  conversationId: string;
  registrantId: string;
  displayName: string | null;
}

export interface MessageToShare {
  id: string;
  direction: 'in' | 'out';
  text: string;
  sentAt: Date;
}

/**
 * What other domains (referrals) may read of a family's consultation, in the caller's tenant
 * transaction: who the family is, and the text of messages a counsellor chose to share.
 */
@Injectable()
export class FamilyRecords {
  async ofConversation(em: EntityManager, conversationId: string): Promise<FamilyOfConversation | null> {
    const conversation = await em.findOne(Conversation, { id: conversationId }, { populate: ['registrant'] });
    if (!conversation) return null;
    const registrant = conversation.registrant.getEntity();
    return { conversationId, registrantId: registrant.id, displayName: registrant.displayName ?? null };
  }

  async displayName(em: EntityManager, registrantId: string): Promise<string | null> {
    return (await em.findOne(Registrant, { id: registrantId }, { fields: ['displayName'] }))?.displayName ?? null;
  }

  /** The chosen text messages of the conversation, oldest first; others' ids, unsent and non-text ones are left out. */
  async messagesToShare(em: EntityManager, conversationId: string, ids: string[]): Promise<MessageToShare[]> {
    if (ids.length === 0) return [];
    const messages = await em.find(
      Message,
      { id: { $in: ids }, conversation: conversationId, unsentAt: null, text: { $ne: null } },
      { orderBy: { sentAt: 'asc', id: 'asc' } },
    );
    return messages.map((m) => ({
      id: m.id,
      direction: m.direction === MessageDirection.IN ? 'in' : 'out',
      text: m.text as string,
      sentAt: m.sentAt,
    }));
  }
}
