import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, handleProtocols, makeServer, type Context as WsContext, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClsService } from 'nestjs-cls';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { AccessService, AccessTokenVerifier, type RequestAccess } from '@tsunagu/platform/auth';
import { isDatabaseUnavailable, PlatformDb, TenantDb } from '@tsunagu/platform/database';
import {
  BadUserInputError,
  DomainError,
  ErrorKind,
  ForbiddenError,
  loggableError,
  UnauthenticatedError,
  type FieldError,
} from '@tsunagu/platform/errors';
import {
  checkOperationInput,
  createErrorFormatter,
  findUnsafeText,
  GRAPHQL_LIMITS,
  graphqlProtection,
  operationCost,
} from '@tsunagu/platform/graphql';
import { Permission } from '@tsunagu/platform/permissions';
import { LiveBus } from './live-bus';
import { LIVE_CLOSE, LiveConnection, type LiveContext } from './live-connection';
import { LiveGroup, LiveSubscription } from './live-group';
import { LiveHub, LiveStream, type LiveBatch } from './live-hub';

/** The path of the live socket: GraphQL's own. */
export const LIVE_PATH = '/graphql';
/** How often the access revision is read while sockets are open (deactivations close within this). */
export const LIVE_ACCESS_CHECK_MS = 2_000;
/** Subscriptions one socket may hold at once. */
export const LIVE_MAX_SUBSCRIPTIONS = 20;
/** The largest message a client may send (a subscribe message is a small document). */
const LIVE_MAX_PAYLOAD_BYTES = 256 * 1024;
/** graphql-ws's keep-alive ping interval. */
const KEEP_ALIVE_MS = 12_000;

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
}
type Ctx = WsContext<Record<string, unknown> | undefined, Extra>;

/**
 * GraphQL subscriptions over WebSocket (`graphql-transport-ws`, the graphql-ws protocol) on the
 * HTTP server's `/graphql`:
 *
 * - `connection_init` carries `{ authorization: 'Bearer …', tenant: '<slug>' }`, the HTTP request's
 *   `Authorization` and `X-Tenant`. The token is verified as on HTTP, the access loaded by the same
 *   `AccessService` (session open, user active, memberships, tenant); an enrolment-only session or a
 *   socket without a tenant is refused. Failures close the socket: 4401 (unauthenticated, expired),
 *   4403 (forbidden), with the reason.
 * - The socket closes (4401, `TOKEN_EXPIRED`) when the token expires: the client refreshes and
 *   reconnects. The access revision is read every `LIVE_ACCESS_CHECK_MS` while sockets are open;
 *   when it moved, each socket's access is loaded again: a deactivated user or ended session is
 *   closed (4401), a subscription whose permission is gone ends with FORBIDDEN.
 * - A subscribe message goes through the HTTP path's checks: token limit, depth, aliases,
 *   directives, cost, ids that are UUIDs, no unsafe text; only subscriptions (queries and
 *   mutations go over HTTP, where their transaction is committed). Then the access guard authorizes
 *   the operation's permission, as for any operation.
 * - Each batch of events is read in a tenant transaction of its own, with the subscriber's access,
 *   so row-level security applies to pushes as to queries; committed like a request's (a partner
 *   user's read of a referral is audited), rolled back when the read failed.
 * - Subscriptions that would read alike share the read: those whose stream is `shared` (its answer
 *   depends on no user) and whose connections have the same tenant, partner organisation and
 *   roles (no emergency access: that is the user's own), with the same document, operation and
 *   variables, form one group (`LiveGroup`): each batch is read once, with one member's access, and
 *   the result sent to every member. When a connection's access changes, each of its subscriptions
 *   is checked again and moves to the group its new access belongs to.
 */
@Injectable()
export class LiveSubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LiveUpdates');
  private readonly connections = new Set<LiveConnection>();
  private readonly byContext = new WeakMap<Ctx, LiveConnection>();
  /** The groups of shared subscriptions, by key (`sharedKey`). */
  private readonly groups = new Map<string, LiveGroup>();
  private readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  private readonly validationRules: ReturnType<typeof graphqlProtection>['validationRules'];
  private wss: WebSocketServer | undefined;
  private schema: GraphQLSchema | undefined;
  private revision: string | undefined;
  private checkTimer: NodeJS.Timeout | undefined;
  private checking = false;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void =>
    this.upgrade(request, socket, head);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: AccessTokenVerifier,
    private readonly access: AccessService,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly cls: ClsService,
    private readonly bus: LiveBus,
    private readonly hub: LiveHub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.formatError = createErrorFormatter(new Logger('GraphQL'), config.nodeEnv === 'development');
    this.validationRules = graphqlProtection(config.nodeEnv === 'production').validationRules;
  }

  async onApplicationBootstrap(): Promise<void> {
    // The GraphQL module's, built by now (it is not exported to other modules: found by class).
    this.schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    await this.bus.start();
    const wss = new WebSocketServer({ noServer: true, maxPayload: LIVE_MAX_PAYLOAD_BYTES });
    this.wss = wss;
    const server = makeServer<Record<string, unknown> | undefined, Extra>({
      onConnect: (ctx) => this.connect(ctx),
      onSubscribe: (ctx, _id, payload) => this.prepare(ctx, payload),
      subscribe: (args) => this.subscribe(args),
      // Only subscriptions get here (`prepare` refuses the rest).
      execute: (args) => execute(args),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => this.format(error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => this.format(error)),
      onClose: (ctx) => this.disconnect(ctx),
    });
    wss.options.handleProtocols = handleProtocols;
    wss.on('error', (error) => this.logger.error({ err: loggableError(error) }, 'live updates: socket server error'));
    wss.on('connection', (socket: WebSocket, request: IncomingMessage) => this.serve(server, socket, request));
    this.adapterHost.httpAdapter.getHttpServer().on('upgrade', this.onUpgrade);
    this.checkTimer = setInterval(() => void this.checkAccess(), LIVE_ACCESS_CHECK_MS);
    this.checkTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.checkTimer) clearInterval(this.checkTimer);
    this.adapterHost.httpAdapter?.getHttpServer()?.off('upgrade', this.onUpgrade);
    for (const connection of this.connections) this.close(connection, LIVE_CLOSE.goingAway, 'The server is stopping');
    for (const socket of this.wss?.clients ?? []) closeSocket(socket, LIVE_CLOSE.goingAway, 'The server is stopping');
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    await this.bus.stop();
  }

  /** Sockets open in this process. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Groups of subscriptions reading alike, in this process (for tests and operations). */
  get groupCount(): number {
    return this.groups.size;
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const wss = this.wss;
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      path = '';
    }
    if (!wss || path !== LIVE_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  }

  /** One socket: graphql-ws's protocol over it, with keep-alive pings; errors logged by kind. */
  private serve(
    server: ReturnType<typeof makeServer<Record<string, unknown> | undefined, Extra>>,
    socket: WebSocket,
    request: IncomingMessage,
  ): void {
    const fail = (error: unknown): void => {
      this.logger.warn({ err: loggableError(error) }, 'live updates: a socket failed');
      closeSocket(socket, CloseCode.InternalServerError, 'Internal server error');
    };
    socket.once('error', fail);
    let pongWait: NodeJS.Timeout | undefined;
    const pings = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => {
        if (pongWait) clearTimeout(pongWait);
        pongWait = undefined;
      });
      socket.ping();
    }, KEEP_ALIVE_MS);
    pings.unref();
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => closeSocket(socket, code ?? 1000, reason ?? ''),
        onMessage: (callback) =>
          socket.on('message', (data: Buffer) => {
            callback(data.toString('utf8')).catch(fail);
          }),
      },
      { socket, request },
    );
    socket.once('close', (code: number, reason: Buffer) => {
      if (pongWait) clearTimeout(pongWait);
      clearInterval(pings);
      void closed(code, reason.toString('utf8')).catch((error: unknown) =>
        this.logger.warn({ err: loggableError(error) }, 'live updates: closing a socket failed'),
      );
    });
  }

  /** `connection_init`: the token and tenant, checked as an HTTP request's. */
  private async connect(ctx: Ctx): Promise<Record<string, unknown> | false> {
    const socket = ctx.extra.socket;
    const params = ctx.connectionParams ?? {};
    const authorization = param(params, 'authorization');
    const tenantSlug = param(params, 'tenant') ?? param(params, 'x-tenant');
    const unsafe: FieldError[] = [];
    findUnsafeText(authorization, 'authorization', unsafe);
    findUnsafeText(tenantSlug, 'tenant', unsafe);
    if (unsafe.length > 0) {
      closeSocket(socket, LIVE_CLOSE.badRequest, 'UNSAFE_TEXT: the connection parameters hold unsafe text');
      return false;
    }
    try {
      const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
      if (!match) throw new UnauthenticatedError('NOT_AUTHENTICATED', 'A valid access token is required');
      const token = this.tokens.verify(match[1]);
      const access = await this.loadAccess(token.user, tenantSlug);
      const connection = new LiveConnection(
        socket,
        `Bearer ${match[1]}`,
        tenantSlug,
        token.user,
        access,
        token.expiresAt,
      );
      if (socket.readyState !== socket.OPEN) return false;
      this.byContext.set(ctx, connection);
      this.connections.add(connection);
      const delay = Math.max(0, token.expiresAt - Date.now());
      connection.expiryTimer = setTimeout(
        () => this.close(connection, LIVE_CLOSE.unauthenticated, 'TOKEN_EXPIRED: The access token has expired'),
        delay,
      );
      connection.expiryTimer.unref();
      return { tenant: access.tenant?.slug ?? null, expiresAt: new Date(token.expiresAt).toISOString() };
    } catch (error) {
      const [code, reason] = closeFor(error);
      if (code === LIVE_CLOSE.unavailable || !(error instanceof DomainError)) {
        this.logger.warn({ err: loggableError(error) }, 'live updates: a connection could not be checked');
      }
      closeSocket(socket, code, reason);
      return false;
    }
  }

  /** The access of `user` in `tenantSlug` as a request would load it; refuses what a live socket may not be. */
  private async loadAccess(user: LiveConnection['user'], tenantSlug: string | undefined): Promise<RequestAccess> {
    const access = await this.cls.run(() => this.access.resolve(user, tenantSlug));
    // A tenant, and not an enrolment-only session: every subscription is of a tenant.
    this.access.authorize(access, Permission.ReadTenant);
    return access;
  }

  private disconnect(ctx: Ctx): void {
    const connection = this.byContext.get(ctx);
    if (!connection) return;
    this.byContext.delete(ctx);
    this.connections.delete(connection);
    if (connection.expiryTimer) clearTimeout(connection.expiryTimer);
    for (const subscription of [...connection.subscriptions]) void subscription.return();
  }

  /** A subscribe message: the HTTP path's checks, then the arguments to subscribe with. */
  private prepare(ctx: Ctx, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] {
    const connection = this.byContext.get(ctx);
    const schema = this.schema;
    if (!connection || !schema) {
      return [domainError(new UnauthenticatedError('NOT_AUTHENTICATED', 'A valid access token is required'))];
    }
    if (connection.subscriptions.size >= LIVE_MAX_SUBSCRIPTIONS) {
      return [
        domainError(
          new BadUserInputError(
            [],
            'TOO_MANY_SUBSCRIPTIONS',
            `A connection holds at most ${LIVE_MAX_SUBSCRIPTIONS} subscriptions`,
          ),
        ),
      ];
    }
    const unsafe = findUnsafeText(payload.query, 'query');
    findUnsafeText(payload.variables ?? undefined, 'variables', unsafe);
    findUnsafeText(payload.operationName ?? undefined, 'operationName', unsafe);
    if (unsafe.length > 0) {
      return [domainError(new BadUserInputError(unsafe, 'UNSAFE_TEXT', 'The input holds text that cannot be kept'))];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Syntax error';
      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const invalid = validate(schema, document, [...specifiedRules, ...this.validationRules]);
    if (invalid.length > 0) {
      return invalid.map(
        (error) =>
          new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [domainError(new BadUserInputError([], 'OPERATION_NOT_FOUND', 'Name the operation to run'))];
    }
    if (operation.operation !== 'subscription') {
      return [
        domainError(
          new BadUserInputError([], 'SUBSCRIPTIONS_ONLY', 'Send queries and mutations over HTTP (POST /graphql)'),
        ),
      ];
    }
    const variables = payload.variables ?? undefined;
    const cost = operationCost(schema, document, operation, variables);
    if (cost !== undefined && cost > GRAPHQL_LIMITS.maxCost) {
      return [
        domainError(
          new BadUserInputError(
            [],
            'QUERY_TOO_COSTLY',
            `The query is too costly: ${cost} exceeds the limit of ${GRAPHQL_LIMITS.maxCost}`,
          ),
        ),
      ];
    }
    const fieldErrors = checkOperationInput(schema, document, operation, variables);
    if (fieldErrors.length > 0) return [domainError(new BadUserInputError(fieldErrors))];
    const context: LiveContext = {
      req: {
        headers: {
          authorization: connection.authorization,
          ...(connection.tenantSlug ? { 'x-tenant': connection.tenantSlug } : {}),
        },
      },
      live: connection,
    };
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
      contextValue: context,
    };
  }

  /**
   * Creates the subscription's event stream (its resolver, behind the access guard) in a context of
   * its own, then joins it to the group that reads alike (or a group of its own).
   */
  private async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as LiveContext;
    const source = await this.cls.run(() => createSourceEventStream(args));
    if (!(source instanceof LiveStream)) return source as ExecutionResult;
    const { contextValue: _context, rootValue: _root, ...shape } = args;
    const subscription = new LiveSubscription(context, shape, source.permission, (ended) => {
      ended.connection.subscriptions.delete(ended);
      this.leave(ended);
    });
    context.live.subscriptions.add(subscription);
    this.join(subscription, source);
    return subscription;
  }

  /**
   * What subscriptions that read alike have in common: the tenant, partner organisation and roles
   * of their access, the document, operation and variables; undefined when the subscription reads
   * for itself (its stream is not shared, or its access is an emergency access, which is the user's).
   */
  private sharedKey(subscription: LiveSubscription, source: LiveStream): string | undefined {
    const access = subscription.connection.access;
    if (!source.shared || access.emergencyAccessUntil !== undefined) return undefined;
    const { document, operationName, variableValues } = subscription.args;
    return JSON.stringify([
      access.tenant?.id ?? null,
      access.partnerOrganizationId ?? null,
      [...access.roles].sort(),
      print(document),
      operationName ?? null,
      variableValues ?? null,
    ]);
  }

  /** Puts `subscription` in the group of its key, which `source` starts if there is none (else it is closed). */
  private join(subscription: LiveSubscription, source: LiveStream): void {
    const key = this.sharedKey(subscription, source);
    const existing = key === undefined ? undefined : this.groups.get(key);
    if (existing) {
      void source.return();
      subscription.group = existing;
      existing.members.add(subscription);
      return;
    }
    const group = new LiveGroup(key, source);
    if (key !== undefined) this.groups.set(key, group);
    subscription.group = group;
    group.members.add(subscription);
    void this.pump(group);
  }

  private leave(subscription: LiveSubscription): void {
    const group = subscription.group;
    group.members.delete(subscription);
    if (group.members.size > 0) return;
    if (group.key !== undefined && this.groups.get(group.key) === group) this.groups.delete(group.key);
    void group.source.return();
  }

  /** When `subscription`'s access changed: into the group of its new access, if that is another. */
  private regroup(subscription: LiveSubscription): void {
    const old = subscription.group;
    if (this.sharedKey(subscription, old.source) === old.key) return;
    const source = this.hub.open(subscription.connection, old.source.permission, old.source.accepts, {
      shared: old.source.shared,
    });
    this.leave(subscription);
    this.join(subscription, source);
    // Events that waited in the old group's stream were not read for it: its next answer says `missed`.
    subscription.group.source.markMissed();
  }

  /** Reads each batch of the group's events with one member's access, and hands the result to every member. */
  private async pump(group: LiveGroup): Promise<void> {
    try {
      for (;;) {
        const item = await group.source.next();
        if (item.done) return;
        const reader = group.reader;
        if (!reader) return;
        const batch = item.value;
        const result = await this.read(reader, batch);
        if (!result.errors && !batch.worthSending) continue;
        for (const member of group.members) member.deliver(result, batch.events.length);
      }
    } catch (error) {
      // Not expected (`read` answers its failures as results): the group's subscriptions end with it.
      this.logger.error({ err: loggableError(error) }, 'live updates: a group stopped reading');
      for (const member of [...group.members]) member.fail(asError(error));
    }
  }

  /** `batch` read in a tenant transaction with `subscription`'s access. */
  private read(subscription: LiveSubscription, batch: LiveBatch): Promise<ExecutionResult> {
    const { context, args } = subscription;
    return this.cls.run(async () => {
      const access = context.live.access;
      this.access.enter(access);
      let result: ExecutionResult;
      try {
        await this.tenantDb.beginRequestTransaction(context.live.tenantId, access.partnerOrganizationId);
        result = (await execute({ ...args, contextValue: context, rootValue: batch })) as ExecutionResult;
      } catch (error) {
        result = { errors: [new GraphQLError('reading the events failed', { originalError: asError(error) })] };
      }
      try {
        // Committed as a request's would be: what it reads may be audited (a partner user's referral).
        await this.tenantDb.finishRequestTransaction(!result.errors?.length);
      } catch (error) {
        return { errors: [new GraphQLError('reading the events failed', { originalError: asError(error) })] };
      }
      return result;
    });
  }

  private format(error: GraphQLError): GraphQLFormattedError {
    // A domain error raised before execution (by `prepare`, or a stream ended) carries no path,
    // which is what Apollo's unwrapping looks for: handed over as itself.
    const original = !error.path && error.originalError instanceof DomainError ? error.originalError : error;
    return this.formatError(error.toJSON(), original);
  }

  /**
   * While sockets are open, reads the access revision; when it moved (a user, session, membership
   * or tenant changed, in any process), loads every socket's access again.
   */
  private async checkAccess(): Promise<void> {
    if (this.checking || this.connections.size === 0) return;
    this.checking = true;
    try {
      const revision = await this.platformDb.accessRevision();
      if (revision === this.revision) return;
      this.revision = revision;
      for (const connection of [...this.connections]) await this.recheck(connection);
    } catch (error) {
      this.logger.warn({ err: loggableError(error) }, 'live updates: access could not be checked');
    } finally {
      this.checking = false;
    }
  }

  private async recheck(connection: LiveConnection): Promise<void> {
    let access: RequestAccess;
    try {
      access = await this.loadAccess(connection.user, connection.tenantSlug);
      if (access.tenant?.id !== connection.tenantId) {
        throw new ForbiddenError('NOT_A_MEMBER', 'You are not a member of this tenant');
      }
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      const [code, reason] = closeFor(error);
      this.close(connection, code, reason);
      return;
    }
    connection.access = access;
    for (const subscription of [...connection.subscriptions]) {
      try {
        this.access.authorize(access, subscription.permission);
      } catch (error) {
        subscription.fail(asError(error));
        continue;
      }
      this.regroup(subscription);
    }
  }

  /** Closes the socket; its subscriptions leave their groups at once (the others of each go on). */
  private close(connection: LiveConnection, code: number, reason: string): void {
    this.connections.delete(connection);
    if (connection.expiryTimer) clearTimeout(connection.expiryTimer);
    closeSocket(connection.socket, code, reason);
    for (const subscription of [...connection.subscriptions]) void subscription.return();
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** A connection parameter, its name in any case (`Authorization` as in HTTP). */
function param(params: Record<string, unknown>, name: string): string | undefined {
  for (const [key, value] of Object.entries(params)) {
    if (key.toLowerCase() === name && typeof value === 'string' && value) return value;
  }
  return undefined;
}

function domainError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error });
}

/** The close code and reason for a failed check. */
function closeFor(error: unknown): [number, string] {
  if (error instanceof DomainError && error.kind === ErrorKind.Unauthenticated) {
    return [LIVE_CLOSE.unauthenticated, `${error.reason}: ${error.message}`];
  }
  if (error instanceof DomainError && error.kind === ErrorKind.Forbidden) {
    return [LIVE_CLOSE.forbidden, `${error.reason}: ${error.message}`];
  }
  if (error instanceof DomainError) return [LIVE_CLOSE.badRequest, `${error.reason}: ${error.message}`];
  return [LIVE_CLOSE.unavailable, 'SERVICE_UNAVAILABLE: try again in a few seconds'];
}

/** Close reasons are limited to 123 bytes. */
function closeSocket(socket: WebSocket, code: number, reason: string): void {
  let text = reason;
  while (Buffer.byteLength(text) > 123) text = text.slice(0, -1);
  if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, text);
}
