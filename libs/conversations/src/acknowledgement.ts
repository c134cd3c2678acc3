import type { AuditTrail } from '@tsunagu/platform/audit';
import type { Conversation } from './conversation.entities';

/**
 * What a counsellor did that showed they took notice of an urgent conversation (`banner`: they
 * acknowledged it as such, `acknowledgeConversation`).
 */
export type AcknowledgedBy = 'read' | 'replied' | 'assigned' | 'status' | 'priority' | 'notification' | 'banner';

/**
 * Ends the conversation's urgent episode, if one is open: no escalation follows. Recorded in the
 * audit trail (who, and how), since it is where the responsibility for an urgent family passed.
 */
export async function acknowledgeUrgent(
  audit: AuditTrail,
  conversation: Conversation,
  by: AcknowledgedBy,
): Promise<void> {
  if (!conversation.urgentSince) return;
  conversation.urgentSince = null;
  conversation.urgentKeyword = null;
  conversation.acknowledgedAt = new Date();
  await audit.record('conversation.acknowledged', { type: 'conversation', id: conversation.id }, { by });
}
