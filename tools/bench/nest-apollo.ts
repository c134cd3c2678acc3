/**
 * The framework's floor in `npm run bench -- graphql`: NestJS 11 on Express with @nestjs/apollo and
 * Apollo Server 5 answering `{ hello }`, and nothing else (no guard, middleware, logging or
 * database). What any request of the API costs before its own work begins. Prints its URL, then
 * serves until killed. Port from BARE_APOLLO_PORT.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
  providers: [HelloResolver],
})
class HelloModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(HelloModule, { logger: false });
  await app.listen(Number(process.env['BARE_APOLLO_PORT']), '127.0.0.1');
  console.log(`http://127.0.0.1:${process.env['BARE_APOLLO_PORT']}/graphql`);
}

void main();
