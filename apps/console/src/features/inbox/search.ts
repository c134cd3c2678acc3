import { z } from 'zod';

/** The inbox's filters, kept in the URL so that a reload or a shared link shows the same list. */
export const inboxSearch = z.object({
  // Unset: the open conversations, the ones waiting for a counsellor; ALL: every status.
  status: z.enum(['OPEN', 'PENDING', 'RESOLVED', 'ALL']).optional(),
  who: z.enum(['me', 'unassigned']).optional(),
  category: z.string().uuid().optional(),
  channel: z.string().uuid().optional(),
  q: z.string().max(100).optional(),
});

export type InboxSearch = z.infer<typeof inboxSearch>;
