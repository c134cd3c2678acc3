import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { testConfig } from '@tsunagu/platform/testing';
import { Keyring } from '@tsunagu/platform/crypto';
import { LineMessagingClient } from '../line-messaging.client';

/** The content download against a tiny server that answers as each test tells it. */
describe('LineMessagingClient.content', () => {
  let server: Server;
  let answer: (res: ServerResponse) => void = (res) => res.end();
  let client: LineMessagingClient;
  const seen: { path: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
      answer(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const config = testConfig({
      LINE_DATA_API_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      // Long enough for a first request on a loaded machine (300 ms failed in CI), short enough
      // for the test that waits it out.
      LINE_API_TIMEOUT_MS: '2000',
    });
    client = new LineMessagingClient(config, new Keyring(config.encryptionKeys));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads the content with the channel token from the data API host', async () => {
    const body = randomBytes(1000);
    answer = (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(body);
    const outcome = await client.content('token-1', '123456', 1000);
    expect(outcome).toEqual({ kind: 'content', contentType: 'image/png', body });
    expect(seen.at(-1)).toEqual({ path: '/v2/bot/message/123456/content', authorization: 'Bearer token-1' });
  });

  it('stops reading beyond the limit, whether or not the length is announced', async () => {
    answer = (res) => res.writeHead(200, { 'content-length': '1001' }).end(randomBytes(1001));
    expect(await client.content('t', '1', 1000)).toEqual({ kind: 'too-large' });
    // Chunked, no length: the limit is found while reading.
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.write(randomBytes(600));
      setTimeout(() => res.end(randomBytes(600)), 20);
    };
    expect(await client.content('t', '2', 1000)).toEqual({ kind: 'too-large' });
  });

  it.each([
    [404, { kind: 'expired' }],
    [410, { kind: 'expired' }],
    [403, { kind: 'rejected', status: 403 }],
    [429, { kind: 'retry', reason: 'HTTP 429' }],
    [503, { kind: 'retry', reason: 'HTTP 503' }],
  ])('answers %i as %j', async (status, expected) => {
    answer = (res) => res.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"x"}');
    expect(await client.content('t', '3', 1000)).toEqual(expected);
  });

  it('retries when LINE does not answer in time', async () => {
    answer = () => undefined;
    expect(await client.content('t', '4', 1000)).toMatchObject({ kind: 'retry' });
  });
});
