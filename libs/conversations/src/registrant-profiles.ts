import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantDb } from '@tsunagu/platform/database';
import { JobsService, RetryLater } from '@tsunagu/platform/jobs';
import { LineMessagingClient } from '@tsunagu/channels';
import { Registrant } from './conversation.entities';

/** The queue of profile fetches (`{ tenantId, registrantId }`). */
export const LINE_PROFILE_QUEUE = 'line.profile';

interface ProfileJob {
  tenantId: string;
  registrantId: string;
}

/**
 * Registrants' display names, from their LINE profile: fetched by a job when a family adds the
 * account or first writes, the LINE call made between two short transactions.
 */
@Injectable()
export class RegistrantProfiles implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ProfileJob>(LINE_PROFILE_QUEUE, (job) => this.fetch(job.tenantId, job.registrantId));
  }

  /**
   * Asks for the profile, in the transaction of `em`. The registrant (its id is known before it is
   * written) needs no flush first: the job can run only once the transaction has committed.
   */
  async request(em: EntityManager, tenantId: string, registrant: Registrant): Promise<void> {
    await this.jobs.enqueue(em, LINE_PROFILE_QUEUE, { tenantId, registrantId: registrant.id });
  }

  async fetch(tenantId: string, registrantId: string): Promise<void> {
    const target = await this.tenantDb.withTenant(tenantId, async (em) => {
      const registrant = await em.findOne(Registrant, { id: registrantId });
      if (!registrant) return null;
      return {
        lineUserId: registrant.lineUserId,
        accessToken: await this.line.accessToken(em, registrant.channel.id),
      };
    });
    if (!target) return;
    const outcome = await this.line.profile(target.accessToken, target.lineUserId);
    if (outcome.kind === 'retry') throw new RetryLater(`LINE profile not available (${outcome.reason}): retrying`);
    if (outcome.kind === 'gone' || !outcome.displayName) return;
    const displayName = outcome.displayName.normalize('NFC');
    await this.tenantDb.withTenant(tenantId, (em) =>
      em.nativeUpdate(Registrant, { id: registrantId }, { displayName }),
    );
  }
}
