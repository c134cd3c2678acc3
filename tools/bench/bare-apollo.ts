/**
 * The baseline of `npm run bench -- graphql`: a bare Apollo Server 5 answering `{ hello }` over
 * its standalone Node HTTP server, in a process of its own like the API. Prints its URL, then serves
 * until killed. Port from BARE_APOLLO_PORT.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env['BARE_APOLLO_PORT']), host: '127.0.0.1' },
  });
  console.log(url);
}

void main();
