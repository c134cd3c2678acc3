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
 * then confirms each with the same `ilike` as before, under its own row-level security. The
 * families' display names are indexed alike (a large tenant has tens of thousands). A bigram is
 * stored as one integer, the two characters' code points (a character outside the Basic
 * Multilingual Plane counts as U+FFFF: such bigrams share codes, which only adds candidates).
 *
 * Why a schema of its own, reached through security-definer functions: under row-level security
 * PostgreSQL applies the policy before any condition whose operator is not leakproof, so an index can
 * serve only leakproof comparisons; the array containment GIN answers is not one, and a GIN index on
 * a table with a policy is never used (measured: every message of the tenant read). So the bigrams
 * live in `inbox_search.message_bigrams` and `inbox_search.registrant_bigrams`, in a schema no
 * runtime role may enter (nothing is granted; row-level security is enabled without any policy, so
 * even a grant would show nothing), filled by triggers, and read only through
 * `inbox_search_messages(term, max_rows)` and `inbox_search_registrants(term, max_rows)`, which
 * apply the transaction's tenant as the policies do (none set: no rows), answer nothing to a partner
 * user's transaction, and return ids only (at most `max_rows`: a caller that gets more than it can
 * use reads the inbox another way).
 *
 * Consistency: an insert statement indexes its rows in one set-based statement (a bulk insert costs
 * one pass); a change of the text (a family's unsend erases a message, a profile fetch names a
 * family) re-indexes that row; a deleted row takes its bigrams along (foreign key).
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
    for (const indexed of INDEXES) this.indexText(indexed);
    // The rows already stored. The owner is bound by the forced policies too (no tenant here: no
    // rows), so they are lifted for these statements of the migration's transaction.
    for (const { table, key, column, carried } of INDEXES) {
      const columns = carried.map((c) => `, ${c}`).join('');
      this.addSql(`alter table "${table}" no force row level security;`);
      this.addSql(`
insert into ${S}.${table}_bigrams (${key}, tenant_id${columns}, bigrams)
select id, tenant_id${columns}, bigrams
from (select id, tenant_id${columns}, ${S}.bigrams(lower(normalize(${column}, NFKC))) as bigrams from "${table}" where ${column} is not null) m
where cardinality(bigrams) > 0;`);
      this.addSql(`alter table "${table}" force row level security;`);
    }
  }

  /** The bigram table of one text column, its triggers, and the function that reads it. */
  private indexText({ table, key, column, carried, candidates }: IndexedText): void {
    const bigrams = `${S}.${table}_bigrams`;
    const columns = carried.map((c) => `, ${c}`).join('');
    const folded = (value: string) => `${S}.bigrams(lower(normalize(${value}, NFKC)))`;
    this.addSql(`
create table ${bigrams} (
  "${key}" uuid not null primary key references public."${table}" ("id") on delete cascade,
  "tenant_id" uuid not null,${carried.map((c) => `\n  "${c}" uuid not null,`).join('')}
  "bigrams" integer[] not null
);`);
    this.addSql(`alter table ${bigrams} enable row level security;`);
    // No planner statistics of the arrays: the lookup is planned with the term unknown, so they
    // would serve nothing, and computing them made ANALYZE of a million messages' bigrams five times
    // longer (2.5 s instead of 0.5; the embedded database runs one at start, holding its backend).
    this.addSql(`alter table ${bigrams} alter column "bigrams" set statistics 0;`);
    // A small pending list: inserts are still batched into the index, and a search scans at most
    // this much of what is not merged yet (the default 4 MB cost 35 ms a search).
    this.addSql(
      `create index ${table}_bigrams_bigrams_index on ${bigrams} using gin (bigrams) with (gin_pending_list_limit = 256);`,
    );
    this.addSql(`
create function ${S}.${table}_inserted() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
  insert into ${bigrams} (${key}, tenant_id${columns}, bigrams)
  select id, tenant_id${columns}, bigrams
  from (select id, tenant_id${columns}, ${folded(column)} as bigrams from inserted where ${column} is not null) m
  where cardinality(bigrams) > 0;
  return null;
end $$;`);
    this.addSql(`
create function ${S}.${table}_updated() returns trigger
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
  codes integer[] := ${folded(`new.${column}`)};
begin
  if coalesce(cardinality(codes), 0) = 0 then
    delete from ${bigrams} where ${key} = new.id;
  else
    insert into ${bigrams} (${key}, tenant_id${columns}, bigrams)
    values (new.id, new.tenant_id${carried.map((c) => `, new.${c}`).join('')}, codes)
    on conflict (${key}) do update set bigrams = excluded.bigrams;
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "${table}_search_inserted" after insert on "${table}" referencing new table as inserted for each statement execute function ${S}.${table}_inserted();`,
    );
    this.addSql(
      `create trigger "${table}_search_updated" after update of "${column}" on "${table}" for each row when (old.${column} is distinct from new.${column}) execute function ${S}.${table}_updated();`,
    );
    // Planned once per call with the term unknown: without a parallel plan, whose workers cost more
    // to start (40 ms and more here) than the lookup itself.
    this.addSql(`
create function public.${candidates}(term text, max_rows integer) returns table (${[key, ...carried].map((c) => `${c} uuid`).join(', ')})
language sql stable security definer set search_path = pg_catalog, pg_temp set max_parallel_workers_per_gather = 0 as $$
  select ${key}${columns} from ${bigrams}
  where tenant_id = ${CURRENT_TENANT}
    and coalesce(current_setting('${PARTNER_SETTING}', true), '') = ''
    and length(term) >= 2
    and bigrams @> ${S}.bigrams(lower(term))
  limit max_rows
$$;`);
    this.addSql(`revoke all on function public.${candidates}(text, integer) from public;`);
    this.addSql(`revoke all on function ${S}.${table}_inserted() from public;`);
    this.addSql(`revoke all on function ${S}.${table}_updated() from public;`);
    this.addSql(`grant execute on function public.${candidates}(text, integer) to ${APP};`);
  }
}

interface IndexedText {
  table: string;
  /** The side table's column naming the row. */
  key: string;
  column: string;
  /** Columns of the row kept beside its bigrams and returned with its id (they never change). */
  carried: string[];
  /** The function that answers the candidates of a term. */
  candidates: string;
}

/** Message texts (a million in a large tenant) and the families' display names (tens of thousands). */
const INDEXES: IndexedText[] = [
  {
    table: 'message',
    key: 'message_id',
    column: 'text',
    carried: ['conversation_id'],
    candidates: 'inbox_search_messages',
  },
  {
    table: 'registrant',
    key: 'registrant_id',
    column: 'display_name',
    carried: [],
    candidates: 'inbox_search_registrants',
  },
];
