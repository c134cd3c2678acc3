/**
 * `npm run bench -- webhook|graphql|jobs|inbox|reporting|live|console|kintone-read|broadcast|records [--name value …]`:
 * the performance benchmarks of docs/operations.md, on PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/tsunagu_bench: dropped and recreated; kintone-read needs none).
 * Each prints its figures next to a baseline measured in the same run, and the targets. Options
 * override the defaults, e.g. `npm run bench -- inbox --messages 200000`.
 */
import 'reflect-metadata';
import { broadcastBench, BROADCAST_DEFAULTS } from './broadcast';
import { consoleBench } from './console';
import { graphqlBench, GRAPHQL_DEFAULTS } from './graphql';
import { inboxBench, INBOX_DEFAULTS } from './inbox';
import { jobsBench, JOBS_DEFAULTS } from './jobs';
import { KINTONE_DEFAULTS, kintoneReadBench } from './kintone';
import { liveBench, LIVE_DEFAULTS } from './live';
import { RECORDS_DEFAULTS, recordsBench } from './records';
import { reportingBench, REPORTING_DEFAULTS } from './reporting';
import { webhookBench, WEBHOOK_DEFAULTS } from './webhook';

/** `--name value` pairs over the defaults; every option is a number. */
function withOptions<T extends object>(defaults: T, args: string[]): T {
  const options: Record<string, number> = { ...(defaults as Record<string, number>) };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, '');
    const value = Number(args[i + 1]);
    if (!(name in options) || !Number.isFinite(value) || value <= 0) {
      throw new Error(
        `unknown option or bad value: ${args[i]} ${args[i + 1] ?? ''} (options: ${Object.keys(options).join(', ')})`,
      );
    }
    options[name] = value;
  }
  return options as T;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (name === 'webhook') await webhookBench(withOptions(WEBHOOK_DEFAULTS, args));
  else if (name === 'graphql') await graphqlBench(withOptions(GRAPHQL_DEFAULTS, args));
  else if (name === 'jobs') await jobsBench(withOptions(JOBS_DEFAULTS, args));
  else if (name === 'inbox') await inboxBench(withOptions(INBOX_DEFAULTS, args));
  else if (name === 'live') await liveBench(withOptions(LIVE_DEFAULTS, args));
  else if (name === 'reporting') await reportingBench(withOptions(REPORTING_DEFAULTS, args));
  else if (name === 'console') await consoleBench();
  else if (name === 'broadcast') await broadcastBench(withOptions(BROADCAST_DEFAULTS, args));
  else if (name === 'kintone-read') await kintoneReadBench(withOptions(KINTONE_DEFAULTS, args));
  else if (name === 'records') await recordsBench(withOptions(RECORDS_DEFAULTS, args));
  else
    throw new Error(
      `usage: npm run bench -- webhook|graphql|jobs|inbox|reporting|live|console|kintone-read|broadcast|records [--option value …]`,
    );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
