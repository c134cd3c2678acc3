import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { checkOperationInput } from '../input-check.plugin';
import { findUnsafeText, unsafeTextIssue } from '../safe-input';

describe('unsafe text', () => {
  it('finds NUL and unpaired surrogates, and lets paired ones (emoji) and Japanese through', () => {
    expect(unsafeTextIssue('相談です 😀 ｶﾀｶﾅ')).toBeNull();
    expect(unsafeTextIssue('a\u0000b')).toBe('must not contain a NUL character');
    expect(unsafeTextIssue('a\ud800')).toBe('must not contain an unpaired surrogate');
    expect(unsafeTextIssue('\udc00a')).toBe('must not contain an unpaired surrogate');
    expect(unsafeTextIssue('\ude00\ud83d')).toBe('must not contain an unpaired surrogate');
  });

  it('walks JSON values, keys included, and names where', () => {
    expect(findUnsafeText({ variables: { input: { names: ['ok', 'a\u0000'] } } }, '')).toEqual([
      { field: 'variables.input.names.1', messages: ['must not contain a NUL character'] },
    ]);
    expect(findUnsafeText({ ['k\ud800']: 1 }, 'body')).toEqual([
      { field: 'body', messages: ['a key must not contain an unpaired surrogate'] },
    ]);
    expect(findUnsafeText({ a: [1, true, null, 'fine'] }, 'body')).toEqual([]);
  });
});

describe('checkOperationInput', () => {
  const schema = buildSchema(`
    input ReplyInput { conversationId: ID!, text: String!, categoryIds: [ID!] }
    input Filter { search: String, assigneeId: ID }
    type Conversation { id: ID! }
    type Query { conversation(id: ID!): Conversation, conversations(filter: Filter): [Conversation!]! }
    type Mutation { reply(input: ReplyInput!): Conversation }
  `);
  const check = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return checkOperationInput(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
  };
  const uuid = '6f1c1a52-3b7e-4f0e-9a44-2f4f0d7c3b21';

  it('refuses ids that are not UUIDs, written or passed as variables, at any depth', () => {
    expect(check('{ conversation(id: "not-a-uuid") { id } }')).toEqual([
      { field: 'id', messages: ['must be an id (a UUID)'] },
    ]);
    expect(check('query($id: ID!) { conversation(id: $id) { id } }', { id: 12 })).toEqual([
      { field: 'id', messages: ['must be an id (a UUID)'] },
    ]);
    expect(
      check('mutation($i: ReplyInput!) { reply(input: $i) { id } }', {
        i: { conversationId: uuid, text: 'x', categoryIds: [uuid, 'x'] },
      }),
    ).toEqual([{ field: 'categoryIds.1', messages: ['must be an id (a UUID)'] }]);
    expect(check(`{ conversation(id: "${uuid}") { id } }`)).toEqual([]);
  });

  it('refuses unsafe text written as an escape in the document, in fragments too', () => {
    expect(check('{ conversations(filter: { search: "a\\u0000b" }) { id } }')).toEqual([
      { field: 'filter.search', messages: ['must not contain a NUL character'] },
    ]);
    expect(check('{ ...F } fragment F on Query { conversations(filter: { assigneeId: "x" }) { id } }')).toEqual([
      { field: 'filter.assigneeId', messages: ['must be an id (a UUID)'] },
    ]);
  });

  it('leaves variables of the wrong type to execution, which refuses them itself', () => {
    expect(check('query($id: ID!) { conversation(id: $id) { id } }', { id: { no: 1 } })).toEqual([]);
  });
});
