import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantDb } from '@tsunagu/platform/database';
import { JobsService, RetryLater, type Job } from '@tsunagu/platform/jobs';
import { LineMessagingClient } from '@tsunagu/channels';
import { Registrant } from './conversation.entities';

/** The queue of profile fetches (`{ tenantId, registrantId }`). */
export const LINE_PROFILE_QUEUE = 'line.profile';

interface ProfileJob {
  tenantId: string;
  registrantId: string;
}

/** LINE calls of a batch in flight at once. */
const PROFILE_CONCURRENCY = 4;

/**
 * Registrants' display names, from their LINE profile: fetched by a job when a family adds the
 * account or first writes, the LINE call made between two short transactions. A batch of jobs of
 * one tenant shares those two transactions.
 */
@Injectable()
export class RegistrantProfiles implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.workBatches<ProfileJob>(LINE_PROFILE_QUEUE, (jobs) => this.fetchBatch(jobs));
  }

  /**
   * Asks for the profile, in the transaction of `em`. The registrant (its id is known before it is
   * written) needs no flush first: the job can run only once the transaction has committed.
   */
  async request(em: EntityManager, tenantId: string, registrant: Registrant): Promise<void> {
    await this.jobs.enqueue(em, LINE_PROFILE_QUEUE, { tenantId, registrantId: registrant.id });
  }

  async fetch(tenantId: string, registrantId: string): Promise<void> {
    const failures = await this.fetchBatch([{ id: registrantId, data: { tenantId, registrantId }, lastTry: false }]);
    const failure = failures.get(registrantId);
    if (failure) throw failure;
  }

  /**
   * The profiles of a batch of jobs, per tenant: one transaction reads the registrants and their
   * channels' access tokens, the LINE calls are made outside any transaction, and one transaction
   * stores the names found. Answers the jobs that failed (LINE busy or unreachable: retried later).
   */
  async fetchBatch(jobs: Job<ProfileJob>[]): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    const byTenant = new Map<string, Job<ProfileJob>[]>();
    for (const job of jobs) byTenant.set(job.data.tenantId, [...(byTenant.get(job.data.tenantId) ?? []), job]);
    for (const [tenantId, group] of byTenant) {
      try {
        await this.fetchForTenant(tenantId, group, failures);
      } catch (error) {
        for (const job of group) if (!failures.has(job.id)) failures.set(job.id, error);
      }
    }
    return failures;
  }

  private async fetchForTenant(
    tenantId: string,
    jobs: Job<ProfileJob>[],
    failures: Map<string, unknown>,
  ): Promise<void> {
    const targets = await this.tenantDb.withTenant(tenantId, async (em) => {
      const registrants = await em.find(Registrant, {
        id: { $in: [...new Set(jobs.map((j) => j.data.registrantId))] },
      });
      const tokens = new Map<string, string>();
      for (const channelId of new Set(registrants.map((r) => r.channel.id))) {
        tokens.set(channelId, await this.line.accessToken(em, channelId));
      }
      return new Map(
        registrants.map((r) => [r.id, { lineUserId: r.lineUserId, accessToken: tokens.get(r.channel.id) as string }]),
      );
    });
    const names = new Map<string, string>();
    const queue = [...jobs];
    const call = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const target = targets.get(job.data.registrantId);
        // Gone meanwhile: nothing to fetch.
        if (!target) continue;
        const outcome = await this.line.profile(target.accessToken, target.lineUserId);
        if (outcome.kind === 'retry') {
          failures.set(job.id, new RetryLater(`LINE profile not available (${outcome.reason}): retrying`));
        } else if (outcome.kind === 'found' && outcome.displayName) {
          names.set(job.data.registrantId, outcome.displayName.normalize('NFC'));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PROFILE_CONCURRENCY, jobs.length) }, call));
    if (names.size === 0) return;
    await this.tenantDb.withTenant(tenantId, (em) =>
      em.execute(
        `update registrant set display_name = names.display_name
         from jsonb_each_text(?::jsonb) as names(id, display_name) where registrant.id = names.id::uuid`,
        [JSON.stringify(Object.fromEntries(names))],
      ),
    );
  }
}
