import { MikroORM } from '@mikro-orm/postgresql';
import { testDatabase, uniqueSlug } from '@tsunagu/platform/testing';
import { ormOptions } from '../orm-options';
import { refreshStatistics } from '../statistics';

describe('planner statistics', () => {
  it('gives a table its row count once refreshed, so that plans fit the data', async () => {
    const orm = await MikroORM.init(ormOptions({ url: testDatabase().migrationUrl, entities: [], poolMax: 1 }));
    const table = `statistics_${uniqueSlug('t').replace(/-/g, '_')}`;
    const rows = async () =>
      orm.em
        .fork()
        .transactional((em) =>
          em.execute<{ reltuples: number }[]>(`select reltuples::float8 as reltuples from pg_class where relname = ?`, [
            table,
          ]),
        );
    try {
      await orm.em.fork().transactional(async (em) => {
        await em.execute(`create table ${table} (n int)`);
        await em.execute(`insert into ${table} select generate_series(1, 5000)`);
      });
      // Never analysed: PostgreSQL does not know how many rows it has.
      expect((await rows())[0].reltuples).toBe(-1);
      await refreshStatistics(orm);
      expect((await rows())[0].reltuples).toBe(5000);
    } finally {
      await orm.em.fork().transactional((em) => em.execute(`drop table if exists ${table}`));
      await orm.close(true);
    }
  });
});
