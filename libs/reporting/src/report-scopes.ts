import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@tsunagu/platform/errors';

/** What a report is cut to: a programme's name and the LINE channels that serve it. */
export interface ReportScope {
  id: string;
  name: string;
  channelIds: string[];
}

export type ReportScopeResolver = (em: EntityManager, id: string) => Promise<ReportScope | null>;

/**
 * Where a report cut by programme finds the programme: the programmes domain registers its resolver at
 * start-up, so that reporting needs nothing of its tables (programmes depend on reporting, not back).
 */
@Injectable()
export class ReportScopes {
  private resolver?: ReportScopeResolver;

  register(resolver: ReportScopeResolver): void {
    if (this.resolver) throw new Error('Report scopes have two resolvers');
    this.resolver = resolver;
  }

  /** The programme `id` of the transaction's tenant; NOT_FOUND when there is none (or it is another tenant's). */
  async resolve(em: EntityManager, id: string): Promise<ReportScope> {
    const scope = this.resolver ? await this.resolver(em, id) : null;
    if (!scope) throw new NotFoundError('PROGRAMME_NOT_FOUND', 'No such programme');
    return scope;
  }
}
