import { Membership, User } from '@tsunagu/platform/auth';
import { Tenant } from '@tsunagu/platform/database';
import type { EntityClass } from '@tsunagu/platform/database';

/** Every MikroORM entity of the system. A new entity also needs a migration (docs/tenancy.md). */
export const ENTITIES: EntityClass[] = [Tenant, User, Membership];
