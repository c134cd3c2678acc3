import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP, PARTNER_SETTING, SEARCH_SCHEMA } from '../roles';
import { CURRENT_TENANT } from './rls';

/**
 * Inbox search by an index that serves two-character terms (虐待, DV), alike on PostgreSQL and the
 * embedded database. Trigram indexes (pg_trgm) need three characters and an extension PGlite loads
 * separately; a full-text parser does not split Japanese into words. Instead each message's text is
 * cut into its two-character pieces (bigrams) after NFKC and lower-casing, under a GIN index: a
 * term's bigrams must all be there (necessary, not sufficient), then `ilike` on the message confirms.
 *
 * Why a side table without row-level security: under RLS PostgreSQL evaluates the policy before any
 * condition whose operator is not leakproof, so an index can serve only leakproof comparisons
 * (equalities of scalars); the array containment GIN answers is not one, and a GIN index on a
 * table with a policy is never used (measured: a sequential scan of every message). So the bigrams
 * live in `inbox_search.message_bigrams`, a schema of their own that no runtime role may even enter
 * (nothing is granted), filled by a trigger on `message` and read only through
 * `search_message_candidates(term)`, which applies
 * the transaction's tenant exactly as the policies do (none set: no rows) and answers nothing to a
 * partner user's transaction. It returns message ids only: the caller confirms each against
 * `message`, under its own row-level security.
 */
export class Migration20261204050000MessageSearch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function public.search_bigrams(value text) returns text[]
language sql immutable strict parallel safe as $$
  select coalesce(array_agg(distinct substr(folded, i, 2)), '{}')
  from (select lower(normalize(value, NFKC)) as folded) f, generate_series(1, length(folded) - 1) as i
$$;`);
    this.addSql(`create schema ${SEARCH_SCHEMA};`);
    this.addSql(`revoke all on schema ${SEARCH_SCHEMA} from public;`);
    this.addSql(`
create table ${SEARCH_SCHEMA}.message_bigrams (
  "message_id" uuid not null primary key references "message" ("id") on delete cascade,
  "tenant_id" uuid not null,
  "bigrams" text[] not null
);`);
    this.addSql(`create index message_bigrams_bigrams_index on ${SEARCH_SCHEMA}.message_bigrams using gin (bigrams);`);
    this.addSql(`
create function ${SEARCH_SCHEMA}.sync() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if new.text is null or length(new.text) < 2 then
    delete from ${SEARCH_SCHEMA}.message_bigrams where message_id = new.id;
  else
    insert into ${SEARCH_SCHEMA}.message_bigrams (message_id, tenant_id, bigrams) values (new.id, new.tenant_id, search_bigrams(new.text))
    on conflict (message_id) do update set bigrams = excluded.bigrams;
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "message_search_sync" after insert or update of "text" on "message" for each row execute function ${SEARCH_SCHEMA}.sync();`,
    );
    this.addSql(`
create function public.search_message_candidates(term text) returns setof uuid
language sql stable security definer set search_path = public, pg_temp as $$
  select message_id from ${SEARCH_SCHEMA}.message_bigrams
  where tenant_id = ${CURRENT_TENANT}
    and coalesce(current_setting('${PARTNER_SETTING}', true), '') = ''
    and length(term) >= 2
    and bigrams @> search_bigrams(term)
$$;`);
    this.addSql(`revoke all on function public.search_message_candidates(text) from public;`);
    this.addSql(`revoke all on function ${SEARCH_SCHEMA}.sync() from public;`);
    this.addSql(`grant execute on function public.search_message_candidates(text) to ${APP};`);
    // The messages already stored. The owner is bound by the forced policies too (no tenant here:
    // no rows), so they are lifted for this one statement of the migration's transaction.
    this.addSql(`alter table "message" no force row level security;`);
    this.addSql(
      `insert into ${SEARCH_SCHEMA}.message_bigrams (message_id, tenant_id, bigrams) select id, tenant_id, search_bigrams(text) from "message" where length(text) >= 2;`,
    );
    this.addSql(`alter table "message" force row level security;`);
  }
}
