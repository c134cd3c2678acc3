import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';

export type OnboardingItem = 'channels' | 'partners' | 'roster' | 'reporting';

export const ONBOARDING_ITEMS: readonly OnboardingItem[] = ['channels', 'partners', 'roster', 'reporting'];

/**
 * What an open item still needs, in words, and the operations that complete it: an admin (or a
 * client) learns from the checklist itself what to do next, instead of from the documentation.
 */
export const ONBOARDING_ITEM_GUIDE: Record<OnboardingItem, { missing: string; fixWith: string[] }> = {
  channels: { missing: 'No active LINE channel is connected', fixWith: ['createLineChannel', 'updateLineChannel'] },
  partners: {
    missing: 'No active referral partner service exists',
    fixWith: ['createPartnerOrganization', 'createPartnerService'],
  },
  roster: { missing: 'The secondment roster has not been reviewed', fixWith: ['markRosterReviewed'] },
  reporting: { missing: 'Reports have no recipient', fixWith: ['updateReportSettings'] },
};

/** How a domain tells whether its part of a tenant's onboarding is done (inside the tenant transaction). */
export interface OnboardingCheck {
  item: OnboardingItem;
  isComplete(em: EntityManager, tenantId: string): Promise<boolean>;
}

/**
 * The onboarding checklist's items are owned by the domains that configure them (channels,
 * partners, roster, reporting): each registers its check here when its module starts. An item
 * no domain has registered yet is not done.
 */
@Injectable()
export class OnboardingChecks {
  private readonly checks = new Map<OnboardingItem, OnboardingCheck>();

  register(check: OnboardingCheck): void {
    if (this.checks.has(check.item)) throw new Error(`Onboarding item ${check.item} has two checks`);
    this.checks.set(check.item, check);
  }

  async evaluate(em: EntityManager, tenantId: string): Promise<Record<OnboardingItem, boolean>> {
    const items = ONBOARDING_ITEMS;
    const results: Record<OnboardingItem, boolean> = {
      channels: false,
      partners: false,
      roster: false,
      reporting: false,
    };
    for (const item of items) {
      const check = this.checks.get(item);
      results[item] = check ? await check.isComplete(em, tenantId) : false;
    }
    return results;
  }
}
