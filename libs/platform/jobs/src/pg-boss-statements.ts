// pg-boss builds its statements in `src/plans.js` (no types, not part of its documented API, but
// stable within a major version). Upgrading pg-boss means checking that the completion test still
// recognises them (pg-boss-statements.spec.ts).
const plans = require('pg-boss/src/plans') as {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
};

const completions = new Map<string, Set<string>>();

/**
 * The statement is one by which pg-boss records that a job completed or failed: statements it runs
 * without awaiting them (pg-boss 10, `Manager.watch`).
 */
export function isCompletionStatement(text: string, schema: string): boolean {
  let known = completions.get(schema);
  if (!known) {
    known = new Set([plans.completeJobs(schema), plans.failJobsById(schema)]);
    completions.set(schema, known);
  }
  return known.has(text);
}
