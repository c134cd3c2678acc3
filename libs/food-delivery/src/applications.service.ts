import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring, randomToken, sha256Hex } from '@tsunagu/platform/crypto';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { LineChannel } from '@tsunagu/channels';
import {
  AutomaticReply,
  LineEventProcessor,
  OutboundService,
  Registrant,
  type FamilyEventContext,
  type FamilyEventHandler,
  type IncomingTextContext,
} from '@tsunagu/conversations';
import { Programme, ProgrammeKind } from '@tsunagu/programmes';
import { FoodApplicationToken, FoodHousehold, HouseholdSource, HouseholdStatus } from './food-delivery.entities';
import type {
  FoodApplicationFormModel,
  FoodApplicationReceiptModel,
  SubmitFoodApplicationInput,
} from './food-delivery.models';
import { checkHousehold, createHousehold } from './food-delivery.service';
import { applicationTokenRefused } from './household-states';
import { OPEN_STATUSES } from './household-states';
import { FOOD_NOTICES } from './notices';
import { Placement } from './placement';

/** A rich menu button's postback that asks for the application link. */
export const FOOD_DELIVERY_POSTBACK = 'food-delivery';
/** What a family may write to ask for it (after NFKC, spaces removed). */
export const FOOD_DELIVERY_KEYWORDS: ReadonlySet<string> = new Set([
  '宅食',
  'こども宅食',
  '子ども宅食',
  '子供宅食',
  '宅食申込',
  '宅食申込み',
  '宅食申し込み',
  '宅食を申し込む',
]);
/** How long an application link works. */
export const APPLICATION_LINK_HOURS = 72;

export function isFoodDeliveryKeyword(text: string): boolean {
  return FOOD_DELIVERY_KEYWORDS.has(text.normalize('NFKC').replace(/\s+/g, ''));
}

/** The page the link opens: the token in the fragment, which browsers never send to a server or its logs. */
export function applicationUrl(publicBaseUrl: string, tenantSlug: string, token: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/apply/${encodeURIComponent(tenantSlug)}/food-delivery#${token}`;
}

/**
 * Applications from LINE. A family asks (the keyword 宅食, or the rich menu's `food-delivery`
 * postback) on a channel that serves a food-delivery programme and gets a one-time link to the
 * application page; its submission, without sign-in, spends the token and creates an APPLIED
 * household tied to that family. Only the token's hash is kept; a token used, expired or unknown is
 * refused, nothing written.
 */
@Injectable()
export class FoodApplicationsService implements FamilyEventHandler {
  constructor(
    processor: LineEventProcessor,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly outbound: OutboundService,
    private readonly keyring: Keyring,
    private readonly placement: Placement,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    processor.register(this);
  }

  /** Links issued in a transaction of the event processor, audited when it finishes. */
  private readonly issued = new WeakMap<EntityManager, { tokenId: string; registrantId: string }[]>();

  ownsPostback(data: string): boolean {
    return data === FOOD_DELIVERY_POSTBACK;
  }

  async postback(context: FamilyEventContext): Promise<void> {
    const reply = await this.linkFor(context.em, context.tenantId, context.channel, context.registrant);
    if (reply) await context.send(reply, { automatic: AutomaticReply.FOOD_DELIVERY });
  }

  /** The keyword, from a family already known (a first message is an ordinary one). */
  async text(context: IncomingTextContext): Promise<boolean> {
    if (!isFoodDeliveryKeyword(context.text)) return false;
    const registrant = await context.em.findOne(Registrant, {
      tenant: context.tenantId,
      channel: context.channel.id,
      lineUserId: context.lineUserId,
    });
    if (!registrant) return false;
    const reply = await this.linkFor(context.em, context.tenantId, context.channel, registrant);
    if (!reply) return false;
    registrant.lastContactAt = new Date();
    await this.outbound.notifyFamily(context.em, context.tenantId, registrant.id, reply, AutomaticReply.FOOD_DELIVERY);
    return true;
  }

  async finish(em: EntityManager): Promise<void> {
    const issued = this.issued.get(em);
    if (!issued?.length) return;
    this.issued.delete(em);
    for (const link of issued) {
      await this.audit.record(
        'food-application.link-issued',
        { type: 'food_application_token', id: link.tokenId },
        { registrantId: link.registrantId },
      );
    }
  }

  /**
   * The message answering a family who asks: a new link, or a word that they applied already.
   * Null when the channel serves no food-delivery programme (the message is then an ordinary one).
   */
  private async linkFor(
    em: EntityManager,
    tenantId: string,
    channel: LineChannel,
    registrant: Registrant,
  ): Promise<string | null> {
    const programme = await em.findOne(
      Programme,
      { tenant: tenantId, kind: ProgrammeKind.FOOD_DELIVERY, archived: false, channelIds: { $contains: [channel.id] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (!programme) return null;
    const open = await em.findOne(FoodHousehold, {
      tenant: tenantId,
      programme: programme.id,
      registrant: registrant.id,
      status: { $in: [...OPEN_STATUSES] },
    });
    if (open) return FOOD_NOTICES.alreadyApplied(programme.name);
    const token = randomToken();
    const row = em.create(FoodApplicationToken, {
      tenant: em.getReference(Tenant, tenantId),
      programme,
      registrant,
      channel,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(Date.now() + APPLICATION_LINK_HOURS * 3600_000),
    });
    const list = this.issued.get(em) ?? [];
    list.push({ tokenId: row.id, registrantId: registrant.id });
    this.issued.set(em, list);
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    return FOOD_NOTICES.link(
      programme.name,
      applicationUrl(this.config.publicBaseUrl, tenant.slug, token),
      APPLICATION_LINK_HOURS,
    );
  }

  // The application page (no sign-in)

  /** What the page shows for a valid link; refused (typed) for an unknown, expired or used one. */
  async form(tenantSlug: string, token: string): Promise<FoodApplicationFormModel> {
    const tenant = await this.tenantOf(tenantSlug);
    return this.tenantDb.withTenant(tenant.id, async (em) => {
      const row = await this.validToken(em, token, false);
      const programme = await em.findOneOrFail(Programme, { id: row.programme.id });
      return { tenantName: tenant.nameJa, programmeName: programme.name, expiresAt: row.expiresAt };
    });
  }

  /** Spends the token and creates the APPLIED household of its family, who is told on LINE. */
  async submit(input: SubmitFoodApplicationInput): Promise<FoodApplicationReceiptModel> {
    const checked = checkHousehold(input);
    const tenant = await this.tenantOf(input.tenantSlug);
    return this.tenantDb.withTenant(tenant.id, async (em) => {
      const row = await this.validToken(em, input.token, true);
      const programme = await em.findOneOrFail(Programme, { id: row.programme.id });
      const open = await em.findOne(
        FoodHousehold,
        {
          tenant: tenant.id,
          programme: programme.id,
          registrant: row.registrant.id,
          status: { $in: [...OPEN_STATUSES] },
        },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (open) throw applicationTokenRefused('used');
      const household = createHousehold(em, this.keyring, tenant.id, programme.id, checked, {
        source: HouseholdSource.LINE,
        registrantId: row.registrant.id,
        createdById: null,
      });
      row.usedAt = new Date();
      row.householdId = household.id;
      await em.flush();
      await this.placement.tell(em, tenant.id, household, 'applied', null);
      await this.audit.record(
        'food-household.applied',
        { type: 'food_household', id: household.id },
        { programmeId: programme.id, status: HouseholdStatus.APPLIED },
      );
      return { programmeName: programme.name, appliedAt: household.appliedAt };
    });
  }

  private async tenantOf(slug: string): Promise<Tenant> {
    const tenant = await this.platformDb.run('food-delivery application page: the tenant of a link', (em) =>
      em.findOne(Tenant, { slug }),
    );
    if (!tenant) throw applicationTokenRefused('unknown');
    return tenant;
  }

  private async validToken(em: EntityManager, token: string, lock: boolean): Promise<FoodApplicationToken> {
    const row = await em.findOne(
      FoodApplicationToken,
      { tokenHash: sha256Hex(token) },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
    if (!row) throw applicationTokenRefused('unknown');
    if (row.usedAt) throw applicationTokenRefused('used');
    if (row.expiresAt.getTime() <= Date.now()) throw applicationTokenRefused('expired');
    return row;
  }
}
