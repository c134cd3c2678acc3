import { Migration } from '@mikro-orm/migrations';
import { JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';

/**
 * The LINE webhook's write as one database function: store a
 * delivery's events (a redelivered event conflicts and is skipped) and enqueue one `line.event` job
 * with the ids stored, in LINE's order; returns those ids, or null when nothing was new.
 *
 * Why a function: the server caches the plans of its statements per connection. Planning the same
 * statement sent as text on every delivery cost PostgreSQL about 40 % more than the plain insert
 * of the benchmark's baseline; the function costs about the same as that insert.
 *
 * Security invoker (the default): it runs as the caller, `tsunagu_app` in the tenant's scope, so
 * row-level security checks every row against `app.tenant_id`. The job row is written as pg-boss
 * 10's own insert writes it, its retries, expiry, retention and policy taken from the queue's row; a
 * test compares the two, and a pg-boss upgrade that changes its job table needs a new migration.
 */
export class Migration20261127110000LineWebhookIngest extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function public.line_webhook_ingest(p_tenant uuid, p_channel uuid, p_events jsonb) returns jsonb
language plpgsql as $$
declare
  stored_ids jsonb;
begin
  with batch as (
    select * from jsonb_to_recordset(p_events) as b(id uuid, position int, webhook_event_id text, type text,
      line_user_id text, occurred_at timestamptz, redelivery boolean, payload text)
  ), stored as (
    insert into public.line_webhook_event
      (id, tenant_id, channel_id, webhook_event_id, type, line_user_id, occurred_at, redelivery, payload, received_at)
    select id, p_tenant, p_channel, webhook_event_id, type, line_user_id, occurred_at, redelivery, payload, now()
    from batch
    on conflict (channel_id, webhook_event_id) do nothing
    returning id
  )
  select jsonb_agg(batch.id order by batch.position) into stored_ids from batch join stored using (id);
  if stored_ids is null then
    return null;
  end if;
  insert into ${JOBS_SCHEMA}.job
    (name, data, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, policy, dead_letter)
  select q.name, jsonb_build_object('tenantId', p_tenant, 'eventIds', stored_ids),
    coalesce(q.retry_limit, 2),
    case when q.retry_backoff then greatest(coalesce(q.retry_delay, 0), 1) else coalesce(q.retry_delay, 0) end,
    coalesce(q.retry_backoff, false),
    coalesce(q.expire_seconds * interval '1 second', interval '15 minutes'),
    now() + coalesce(q.retention_minutes * interval '1 minute', interval '14 days'),
    q.policy,
    q.dead_letter
  from ${JOBS_SCHEMA}.queue q
  where q.name = 'line.event';
  return stored_ids;
end
$$;`);
    this.addSql(`revoke all on function public.line_webhook_ingest(uuid, uuid, jsonb) from public;`);
    this.addSql(`grant execute on function public.line_webhook_ingest(uuid, uuid, jsonb) to ${APP};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function public.line_webhook_ingest(uuid, uuid, jsonb);`);
  }
}
