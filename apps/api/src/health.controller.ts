import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import { HealthIndicatorService } from '@nestjs/terminus';
import { MikroORM } from '@mikro-orm/postgresql';
import { Public } from '@tsunagu/platform/permissions';

/** How long the readiness probe waits for the database. */
const READY_TIMEOUT_MS = 3_000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly orm: MikroORM,
  ) {}

  /** The process is up. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve: the database answers. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database()]);
  }

  /**
   * Down while the database does not answer within `READY_TIMEOUT_MS`: refused, dropped or slow
   * connections all make the probe say 503 at once rather than when the pool gives up.
   */
  private async database(): Promise<HealthIndicatorResult> {
    const check = this.indicator.check('database');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    const probe = this.orm.em.getConnection().execute('select 1');
    try {
      await Promise.race([probe, timeout]);
      return check.up();
    } catch {
      probe.catch(() => undefined);
      return check.down({ message: 'the database does not answer' });
    } finally {
      clearTimeout(timer);
    }
  }
}
