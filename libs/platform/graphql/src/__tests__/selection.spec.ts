import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selects } from '../selection';

const schema = buildSchema(`
  type Message { id: ID text: String media: Media }
  type Media { id: ID }
  type Node { id: ID lastMessage: Message categories: [String] }
  type Edge { cursor: String node: Node }
  type Page { edges: [Edge] }
  type Query { page: Page }
`);

/** The info the `page` resolver receives for `document`. */
function infoOf(document: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: parse(document),
    rootValue: {
      page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return null;
      },
    },
  });
  if ('then' in result) throw new Error('expected a synchronous execution');
  if (!captured) throw new Error('the resolver did not run');
  return captured;
}

describe('selects', () => {
  it('finds a field by its path below the resolved field', () => {
    const info = infoOf('{ page { edges { node { id lastMessage { id text } } } } }');
    expect(selects(info, ['edges', 'node', 'lastMessage'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'lastMessage', 'media'])).toBe(false);
    expect(selects(info, ['edges', 'node', 'categories'])).toBe(false);
    expect(selects(info, ['edges', 'node'])).toBe(true);
  });

  it('looks through named and inline fragments, and through aliases to the field names', () => {
    const info = infoOf(`
      { page { edges { node { ...row } } } }
      fragment row on Node { ... on Node { last: lastMessage { media { id } } } categories }`);
    expect(selects(info, ['edges', 'node', 'lastMessage', 'media'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'categories'])).toBe(true);
  });

  it('counts a field that a directive may skip as selected', () => {
    const info = infoOf('{ page { edges { node { categories @skip(if: true) } } } }');
    expect(selects(info, ['edges', 'node', 'categories'])).toBe(true);
  });
});
