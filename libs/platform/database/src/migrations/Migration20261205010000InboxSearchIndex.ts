import { Migration } from '@mikro-orm/migrations';
import { PARTNER_SETTING, SEARCH_SCHEMA as S, TENANT_ROLE as APP } from '../roles';
import { CURRENT_TENANT } from './rls';

/**
 * An index for the inbox search (`normalize(text, NFKC) ilike '%term%'`) that serves two-character
 * terms (虐待, DV) alike on PostgreSQL and the embedded database (no extension: pg_trgm needs three
 * characters, and a full-text parser does not split Japanese into words).
 *
 * Each message's text, NFKC-normalised and lower-cased as `ilike` compares it, is kept as the set of
 * its two-character pieces (bigrams) under a GIN index. A term's bigrams must all be among a
 * message's for `ilike` to match (necessary, not sufficient): the search asks for those messages,
 * then confirms each with the same `ilike` as before, under its own row-level security. A bigram is
 * stored as one integer, the two characters' code points (a character outside the Basic
 * Multilingual Plane counts as U+FFFF: such bigrams share codes, which only adds candidates).
 *
 * Why a schema of its own, reached through one security-definer function: under row-level security
 * PostgreSQL applies the policy before any condition whose operator is not leakproof, so an index can
 * serve only leakproof comparisons; the array containment GIN answers is not one, and a GIN index on
 * a table with a policy is never used (measured: every message of the tenant read). So the bigrams
 * live in `inbox_search.message_bigrams`, in a schema no runtime role may enter (nothing is granted;
 * row-level security is enabled without any policy, so even a grant would show nothing), filled by
 * triggers on `message`, and read only through `inbox_search_candidates(term)`, which applies the
 * transaction's tenant as the policies do (none set: no rows), answers nothing to a partner user's
 * transaction, and returns message ids only.
 *
 * Consistency: an insert statement indexes its messages in one set-based statement (a bulk insert
 * costs one pass); a change of a message's text (a family's unsend erases it) re-indexes that
 * message; a deleted message takes its row along (foreign key).
 */
export class Migration20261205010000InboxSearchIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema ${S};`);
    this.addSql(`revoke all on schema ${S} from public;`);
    // `folded`: a text already NFKC-normalised and lower-cased. Sorted, distinct codes; empty under 2 characters.
    this.addSql(`
create function ${S}.bigrams(folded text) returns integer[]
language sql immutable strict parallel safe as $$
  select coalesce(array_agg(distinct (least(ascii(ch), 65535)::bigint * 65536 + least(ascii(next), 65535) - 2147483648)::integer), '{}')
  from (
    select ch, lead(ch) over (order by n) as next
    from unnest(string_to_array(folded, null)) with ordinality as u(ch, n)
  ) pairs
  where next is not null
$$;`);
    this.addSql(`
create table ${S}.message_bigrams (
  "message_id" uuid not null primary key references public."message" ("id") on delete cascade,
  "tenant_id" uuid not null,
  "bigrams" integer[] not null
);`);
    this.addSql(`alter table ${S}.message_bigrams enable row level security;`);
    this.addSql(`create index message_bigrams_bigrams_index on ${S}.message_bigrams using gin (bigrams);`);

    this.addSql(`
create function ${S}.index_inserted() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
  insert into ${S}.message_bigrams (message_id, tenant_id, bigrams)
  select id, tenant_id, bigrams
  from (select id, tenant_id, ${S}.bigrams(lower(normalize(text, NFKC))) as bigrams from inserted where text is not null) m
  where cardinality(bigrams) > 0;
  return null;
end $$;`);
    this.addSql(`
create function ${S}.index_updated() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
  codes integer[] := ${S}.bigrams(lower(normalize(new.text, NFKC)));
begin
  if coalesce(cardinality(codes), 0) = 0 then
    delete from ${S}.message_bigrams where message_id = new.id;
  else
    insert into ${S}.message_bigrams (message_id, tenant_id, bigrams) values (new.id, new.tenant_id, codes)
    on conflict (message_id) do update set bigrams = excluded.bigrams;
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "message_search_inserted" after insert on "message" referencing new table as inserted for each statement execute function ${S}.index_inserted();`,
    );
    this.addSql(
      `create trigger "message_search_updated" after update of "text" on "message" for each row when (old.text is distinct from new.text) execute function ${S}.index_updated();`,
    );

    this.addSql(`
create function public.inbox_search_candidates(term text) returns setof uuid
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
  select message_id from ${S}.message_bigrams
  where tenant_id = ${CURRENT_TENANT}
    and coalesce(current_setting('${PARTNER_SETTING}', true), '') = ''
    and length(term) >= 2
    and bigrams @> ${S}.bigrams(lower(term))
$$;`);
    this.addSql(`revoke all on function public.inbox_search_candidates(text) from public;`);
    this.addSql(`revoke all on function ${S}.index_inserted() from public;`);
    this.addSql(`revoke all on function ${S}.index_updated() from public;`);
    this.addSql(`grant execute on function public.inbox_search_candidates(text) to ${APP};`);

    // The messages already stored. The owner is bound by the forced policies too (no tenant here: no
    // rows), so they are lifted for this one statement of the migration's transaction.
    this.addSql(`alter table "message" no force row level security;`);
    this.addSql(`
insert into ${S}.message_bigrams (message_id, tenant_id, bigrams)
select id, tenant_id, bigrams
from (select id, tenant_id, ${S}.bigrams(lower(normalize(text, NFKC))) as bigrams from "message" where text is not null) m
where cardinality(bigrams) > 0;`);
    this.addSql(`alter table "message" force row level security;`);
  }
}
