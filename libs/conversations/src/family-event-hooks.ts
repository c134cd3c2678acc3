import type { EntityManager } from '@mikro-orm/postgresql';
import type { LineChannel, QuickReplyItem } from '@tsunagu/channels';
import type { AutomaticReply, Registrant } from './conversation.entities';

/** A family's event, in the event processor's tenant transaction. */
export interface FamilyEventContext {
  readonly em: EntityManager;
  readonly tenantId: string;
  readonly channel: LineChannel;
  readonly registrant: Registrant;
  readonly occurredAt: Date;
  /**
   * An automatic message to the family, in their thread (started resolved if they have none): by
   * reply while the event's token is fresh, by push with a retry key otherwise (OutboundService).
   */
  send(text: string, options: { automatic: AutomaticReply; quickReply?: QuickReplyItem[] }): Promise<void>;
}

/** A text message that may not be a family's at all (a staff member's link code), before any registrant is made. */
export interface IncomingTextContext {
  readonly em: EntityManager;
  readonly tenantId: string;
  readonly channel: LineChannel;
  readonly lineUserId: string;
  readonly text: string;
}

/**
 * What another domain adds to the processing of LINE events, without the conversations depending on
 * it (audience registers its survey and its test-recipient links here). Handlers run in the event's
 * transaction, so they are as idempotent as the event: a redelivered event is never processed twice.
 */
export interface FamilyEventHandler {
  /** After a follow of an active channel, once the welcome (if any) is queued. */
  followed?(context: FamilyEventContext): Promise<void>;
  /** Whether a postback's data is the handler's (checked without the database); such a postback becomes no message of the thread. */
  ownsPostback?(data: string): boolean;
  /** A postback the handler owns, with its `params` (a datetime picker's `date`). */
  postback?(context: FamilyEventContext, data: string, params: Readonly<Record<string, string>>): Promise<void>;
  /** A text message: true when the handler consumed it; then no registrant, thread or message is made. */
  text?(context: IncomingTextContext): Promise<boolean>;
  /**
   * Once the transaction's events are processed and every other row written: the handler's audit
   * records, so that the audit chain's lock is the last the transaction takes (as triage's).
   */
  finish?(em: EntityManager): Promise<void>;
}
