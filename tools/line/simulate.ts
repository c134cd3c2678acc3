/**
 * `npm run line:simulate -- --tenant kobe --text "相談したいです" [--follow] [--redeliver] [--user U…] [--api URL]`
 * (or `--postback "survey"`, `--postback "survey?ym=child_birth_month" --date 2024-12-15`: a tapped button)
 * sends what a family does on LINE to a running tsunagu, as signed webhook deliveries to the
 * demo's channel of that tenant. It signs with TSUNAGU_DEMO_LINE_CHANNEL_SECRET (the demo's default
 * when unset).
 */
import { DEMO_LINE_CHANNEL_SECRET } from '@tsunagu/platform/config';
import { DEMO_CHANNELS } from '@tsunagu/demo';
import { simulateFamily } from '@tsunagu/line-sandbox';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const tenant = option('tenant') ?? 'kobe';
  const channel = DEMO_CHANNELS.find((c) => c.tenant === tenant);
  if (!channel)
    throw new Error(
      `The demo has no LINE channel for ${tenant} (it has: ${DEMO_CHANNELS.map((c) => c.tenant).join(', ')})`,
    );
  const apiBaseUrl =
    option('api') ?? process.env['PUBLIC_BASE_URL'] ?? `http://localhost:${process.env['PORT'] ?? 3000}`;
  const follow = process.argv.includes('--follow');
  const postback = option('postback');
  const text = option('text') ?? (follow || postback ? undefined : 'はじめまして。子育てのことで相談したいです。');
  let result: Awaited<ReturnType<typeof simulateFamily>>;
  try {
    result = await simulateFamily({
      apiBaseUrl,
      lineChannelId: channel.lineChannelId,
      channelSecret: process.env['TSUNAGU_DEMO_LINE_CHANNEL_SECRET'] || DEMO_LINE_CHANNEL_SECRET,
      userId: option('user'),
      follow,
      text,
      postback,
      date: option('date'),
      redeliver: process.argv.includes('--redeliver'),
    });
  } catch (error) {
    // Most often nothing listens there: say where we tried, and how to point elsewhere.
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    console.error(
      `could not reach tsunagu at ${apiBaseUrl} (${reason}): is it running? Point elsewhere with --api <url> (or PUBLIC_BASE_URL, PORT)`,
    );
    process.exit(1);
  }
  console.log(`family ${result.userId} → ${channel.name} (${apiBaseUrl})`);
  for (const d of result.deliveries) {
    console.log(
      `  ${d.redelivery ? 'redelivered' : 'delivered'} ${d.webhookEventIds.join(', ')}: HTTP ${d.status} ${d.body}`,
    );
  }
  if (result.deliveries.some((d) => d.status !== 200)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
