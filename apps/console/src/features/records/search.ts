import { z } from 'zod';

/** The case list's filters, in the address so that a view can be bookmarked. */
export const casesSearch = z.object({
  state: z.enum(['OPEN', 'MONITORING', 'CLOSED']).optional().catch(undefined),
  risk: z.coerce.number().int().min(0).max(3).optional().catch(undefined),
  due: z.boolean().optional().catch(undefined),
  responsible: z.string().uuid().optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
});
