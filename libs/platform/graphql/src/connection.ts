import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from '@tsunagu/platform/errors';

/**
 * Relay-style connections for lists that grow without bound (docs/architecture.md):
 *
 *   @ObjectType('AuditEventConnection')
 *   export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}
 *
 *   @ArgsType()
 *   export class AuditEventsArgs extends PageArgs {
 *     @Field(() => AuditEventFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AuditEventFilter)
 *     filter?: AuditEventFilter | null;
 *   }
 *
 *   @Query(() => AuditEventConnection)
 *   auditEvents(@Args() args: AuditEventsArgs) {
 *     const after = args.after ? decodeCursor(args.after, parseSeq) : undefined;
 *     const rows = await em.find(..., { limit: args.first + 1 });   // one row more than asked
 *     return connectionFromRows(rows, args.first, (row) => encodeCursor({ seq: row.seq }), toModel);
 *   }
 *
 * A resolver takes its page arguments and everything else in one `@ArgsType` extending `PageArgs`:
 * the global ValidationPipe refuses unknown properties, and a bare `@Args()` receives all arguments.
 */

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** The page size when `first` is left out. */
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page of a connection ends' })
export class PageInfo {
  @Field({ description: 'More items follow: ask again with `after: endCursor`' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge of this page' })
  endCursor!: string | null;
}

/** Cursors are base64url text; anything else is refused before it reaches a resolver. */
const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;
const CURSOR_MAX_LENGTH = 512;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE}`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: '`pageInfo.endCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(CURSOR_MAX_LENGTH)
  @Matches(CURSOR_PATTERN, { message: 'after must be a cursor returned by this list' })
  after?: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
}

/**
 * Declares the GraphQL type `<name>Edge` { cursor, node } and returns an abstract base for the
 * connection type { edges, pageInfo }: decorate the subclass with `@ObjectType('<name>Connection')`.
 */
export function ConnectionType<TNode>(node: Type<TNode>, name: string): Type<Connection<TNode>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<TNode> {
    @Field({ description: 'Pass as `after` to continue after this edge' })
    cursor!: string;

    @Field(() => node)
    node!: TNode;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionBase implements Connection<TNode> {
    @Field(() => [EdgeType])
    edges!: Edge<TNode>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  return ConnectionBase as Type<Connection<TNode>>;
}

/**
 * Builds a page from rows fetched with `limit: first + 1`: the extra row, if any, only tells that
 * another page exists.
 */
export function connectionFromRows<TRow, TNode>(
  rows: readonly TRow[],
  first: number,
  cursorOf: (row: TRow) => string,
  toNode: (row: TRow) => TNode,
): Connection<TNode> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** A cursor's content: the sort key of an item, as JSON. Opaque to clients. */
export type CursorValue = string | number | boolean | null | CursorValue[] | { [key: string]: CursorValue };

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor`. `parse` checks its shape and returns the key, or
 * `undefined` when the cursor is not one of this list: the client then gets BAD_USER_INPUT on `field`.
 */
export function decodeCursor<T>(cursor: string, parse: (value: unknown) => T | undefined, field = 'after'): T {
  let decoded: T | undefined;
  if (CURSOR_PATTERN.test(cursor) && cursor.length <= CURSOR_MAX_LENGTH) {
    try {
      decoded = parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown);
    } catch {
      decoded = undefined;
    }
  }
  if (decoded === undefined) throw invalidCursor(field);
  return decoded;
}

export function invalidCursor(field = 'after'): BadUserInputError {
  return new BadUserInputError(
    [{ field, messages: [`${field} must be a cursor returned by this list`] }],
    'INVALID_CURSOR',
    'The cursor is not valid',
  );
}
