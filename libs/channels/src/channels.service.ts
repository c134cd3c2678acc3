import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring } from '@tsunagu/platform/crypto';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { AccessService } from '@tsunagu/platform/auth';
import { OnboardingChecks } from '@tsunagu/tenants';
import type { BusinessHoursInput, CreateLineChannelInput, UpdateLineChannelInput } from './dto/channel.inputs';
import { channelSecretContext, ChannelStatus, LineChannel, type BusinessHours } from './line-channel.entity';
import { LineConnectionProblem, type LineChannelModel, type LineConnectionCheckModel } from './line-channel.model';
import { LineMessagingClient, type BotInfoOutcome } from './line-messaging.client';

/** A tenant's LINE channels. Secrets are sealed on the way in and never returned. */
@Injectable()
export class ChannelsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly keyring: Keyring,
    private readonly audit: AuditTrail,
    private readonly onboarding: OnboardingChecks,
    private readonly access: AccessService,
    private readonly line: LineMessagingClient,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      item: 'channels',
      isComplete: async (em, tenantId) =>
        (await em.count(LineChannel, { tenant: tenantId, status: ChannelStatus.ACTIVE })) > 0,
    });
  }

  async list(): Promise<LineChannelModel[]> {
    const channels = await this.tenantDb.em.find(
      LineChannel,
      { tenant: this.tenantDb.tenantId },
      { orderBy: { name: 'asc' } },
    );
    return channels.map((c) => this.toModel(c));
  }

  async create(input: CreateLineChannelInput): Promise<LineChannelModel> {
    const em = this.tenantDb.em;
    const channel = em.create(LineChannel, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      name: input.name.normalize('NFC'),
      lineChannelId: input.lineChannelId,
      channelSecret: '',
      channelAccessToken: '',
      channelSecretLast4: input.channelSecret.slice(-4),
      channelAccessTokenLast4: input.channelAccessToken.slice(-4),
      welcomeMessage: input.welcomeMessage ?? null,
      businessHours: input.businessHours ? businessHoursOf(input.businessHours) : null,
      outOfHoursReply: input.outOfHoursReply ?? null,
    });
    channel.channelSecret = this.keyring.seal(input.channelSecret, channelSecretContext(channel.id, 'secret'));
    channel.channelAccessToken = this.keyring.seal(input.channelAccessToken, channelSecretContext(channel.id, 'token'));
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // The same answer whichever tenant holds the channel (this one or another): nothing about it.
        throw new ConflictError('LINE_CHANNEL_TAKEN', 'This LINE channel is already connected to tsunagu', [
          { field: 'lineChannelId', messages: ['lineChannelId is already connected'] },
        ]);
      }
      throw error;
    }
    await this.audit.record(
      'channel.created',
      { type: 'line_channel', id: channel.id },
      { lineChannelId: channel.lineChannelId },
    );
    return this.toModel(channel);
  }

  async update(input: UpdateLineChannelInput): Promise<LineChannelModel> {
    const em = this.tenantDb.em;
    const channel = await em.findOne(LineChannel, { id: input.id, tenant: this.tenantDb.tenantId });
    if (!channel) throw new NotFoundError('LINE_CHANNEL_NOT_FOUND', 'No such LINE channel in this tenant');
    if (input.name !== undefined) channel.name = input.name.normalize('NFC');
    if (input.channelSecret !== undefined) {
      channel.channelSecret = this.keyring.seal(input.channelSecret, channelSecretContext(channel.id, 'secret'));
      channel.channelSecretLast4 = input.channelSecret.slice(-4);
    }
    if (input.channelAccessToken !== undefined) {
      channel.channelAccessToken = this.keyring.seal(
        input.channelAccessToken,
        channelSecretContext(channel.id, 'token'),
      );
      channel.channelAccessTokenLast4 = input.channelAccessToken.slice(-4);
    }
    if (input.welcomeMessage !== undefined) channel.welcomeMessage = input.welcomeMessage;
    if (input.businessHours !== undefined) {
      channel.businessHours = input.businessHours ? businessHoursOf(input.businessHours) : null;
    }
    if (input.outOfHoursReply !== undefined) channel.outOfHoursReply = input.outOfHoursReply;
    if (input.status !== undefined) channel.status = input.status;
    await em.flush();
    const changed = Object.keys(input)
      .filter((k) => k !== 'id')
      .sort()
      .join(',');
    await this.audit.record('channel.updated', { type: 'line_channel', id: channel.id }, { fields: changed });
    return this.toModel(channel);
  }

  /**
   * Asks LINE, through the configured base URL, for the bot's information with the channel's access
   * token, and says whether the token works. The token is opened in a short tenant transaction and
   * LINE is called after it ended (a slow LINE holds no database transaction); the check and its
   * outcome are audited in a second one.
   */
  async checkConnection(channelId: string): Promise<LineConnectionCheckModel> {
    const tenant = this.access.current().tenant;
    if (!tenant) throw new NotFoundError('LINE_CHANNEL_NOT_FOUND', 'No such LINE channel in this tenant');
    const token = await this.tenantDb.withTenant(tenant.id, async (em) => {
      const channel = await em.findOne(LineChannel, { id: channelId, tenant: tenant.id });
      if (!channel) throw new NotFoundError('LINE_CHANNEL_NOT_FOUND', 'No such LINE channel in this tenant');
      return this.line.accessToken(em, channel.id);
    });
    const outcome = await this.line.botInfo(token);
    const check = connectionCheckOf(outcome);
    await this.tenantDb.withTenant(tenant.id, () =>
      this.audit.record(
        'channel.connection_checked',
        { type: 'line_channel', id: channelId },
        { ok: String(check.ok), ...(check.problem ? { problem: check.problem } : {}) },
      ),
    );
    return check;
  }

  private toModel(channel: LineChannel): LineChannelModel {
    return {
      id: channel.id,
      name: channel.name,
      lineChannelId: channel.lineChannelId,
      channelSecretLast4: channel.channelSecretLast4,
      channelAccessTokenLast4: channel.channelAccessTokenLast4,
      welcomeMessage: channel.welcomeMessage ?? null,
      businessHours: channel.businessHours ?? null,
      outOfHoursReply: channel.outOfHoursReply ?? null,
      status: channel.status,
      webhookUrl: `${this.config.publicBaseUrl}/webhooks/line/${channel.lineChannelId}`,
      createdAt: channel.createdAt,
      updatedAt: channel.updatedAt,
    };
  }
}

function connectionCheckOf(outcome: BotInfoOutcome): LineConnectionCheckModel {
  const base = { checkedAt: new Date(), botDisplayName: null, botBasicId: null, problem: null, detail: null };
  switch (outcome.kind) {
    case 'ok':
      return { ...base, ok: true, botDisplayName: outcome.displayName, botBasicId: outcome.basicId };
    case 'unauthorized':
      return { ...base, ok: false, problem: LineConnectionProblem.UNAUTHORIZED_TOKEN, detail: 'HTTP 401' };
    case 'forbidden':
      return { ...base, ok: false, problem: LineConnectionProblem.FORBIDDEN, detail: 'HTTP 403' };
    case 'line-error':
      return { ...base, ok: false, problem: LineConnectionProblem.LINE_ERROR, detail: `HTTP ${outcome.status}` };
    case 'unreachable':
      return { ...base, ok: false, problem: LineConnectionProblem.UNREACHABLE, detail: outcome.reason };
  }
}

function businessHoursOf(input: BusinessHoursInput): BusinessHours {
  const wrong = input.weekly.findIndex((range) => range.end <= range.start);
  if (wrong >= 0) {
    throw new BadUserInputError([
      { field: `businessHours.weekly.${wrong}.end`, messages: ['end must be after start'] },
    ]);
  }
  return {
    weekly: input.weekly.map(({ day, start, end }) => ({ day, start, end })),
    closedOnPublicHolidays: input.closedOnPublicHolidays,
  };
}
