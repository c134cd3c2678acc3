import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../selection';

const schema = buildSchema(`
  type Node { id: ID summary: String timeline: [String] }
  type Edge { cursor: String node: Node }
  type Page { edges: [Edge] }
  type Query { page: Page node: Node }
`);

/** The `info` a resolver of `field` gets for `document`. */
function infoFor(document: string, field: 'page' | 'node'): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    captured = info;
    return null;
  };
  void execute({ schema, document: parse(document), rootValue: { [field]: capture } });
  if (!captured) throw new Error('the resolver did not run');
  return captured;
}

describe('selectedFields', () => {
  it('names the fields asked for along a path, through aliases, fragments and inline fragments', () => {
    const info = infoFor(
      `query { page { edges { cursor n: node { id ...more } } edges { node { ... on Node { timeline } } } } }
       fragment more on Node { summary }`,
      'page',
    );
    expect(selectedFields(info, ['edges', 'node'])).toEqual(new Set(['id', 'summary', 'timeline']));
    expect(selectedFields(info, ['edges'])).toEqual(new Set(['cursor', 'node']));
  });

  it('names the fields of the resolved field itself without a path, and nothing on a path not asked for', () => {
    const info = infoFor('{ node { id } }', 'node');
    expect(selectedFields(info)).toEqual(new Set(['id']));
    expect(selectedFields(info, ['timeline'])).toEqual(new Set());
  });

  it('counts a field that a directive may skip as asked for', () => {
    const info = infoFor('{ page { edges { node { timeline @skip(if: true) } } } }', 'page');
    expect(selectedFields(info, ['edges', 'node'])).toEqual(new Set(['timeline']));
  });
});
