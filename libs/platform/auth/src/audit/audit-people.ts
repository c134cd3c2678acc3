import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEvent } from '@tsunagu/platform/audit';
import { Membership } from '../membership.entity';
import { User } from '../user.entity';

/** The people events name, by id: their actors, and their targets when a target is a person. */
export interface PeopleNames {
  /** A user's display name, by user id. */
  users: ReadonlyMap<string, string>;
  /** The display name of a membership's user, by membership id. */
  memberships: ReadonlyMap<string, string>;
}

/**
 * The display names of the people `events` name, in two queries whatever their number. In a tenant
 * transaction, row-level security shows the tenant's current members only: anyone else (a former
 * member, the platform's staff) keeps the email recorded at the time (`actorLabel`).
 */
export async function peopleNames(em: EntityManager, events: readonly AuditEvent[]): Promise<PeopleNames> {
  const userIds = new Set<string>();
  const membershipIds = new Set<string>();
  for (const event of events) {
    if (event.actorUserId) userIds.add(event.actorUserId);
    if (event.targetType === 'user' && event.targetId && UUID.test(event.targetId)) userIds.add(event.targetId);
    if (event.targetType === 'membership' && event.targetId && UUID.test(event.targetId)) {
      membershipIds.add(event.targetId);
    }
  }
  const users =
    userIds.size === 0
      ? []
      : await em.find(User, { id: { $in: [...userIds] } }, { fields: ['displayName'], disableIdentityMap: true });
  const memberships =
    membershipIds.size === 0
      ? []
      : await em.find(
          Membership,
          { id: { $in: [...membershipIds] } },
          { populate: ['user'], fields: ['user.displayName'], disableIdentityMap: true },
        );
  return {
    users: new Map(users.map((u) => [u.id, u.displayName])),
    memberships: new Map(
      memberships.filter((m) => m.user.isInitialized()).map((m) => [m.id, m.user.getEntity().displayName]),
    ),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The display name of the person an event is about, when its target is one. */
export function subjectName(event: AuditEvent, names: PeopleNames): string | null {
  if (!event.targetId) return null;
  if (event.targetType === 'user') return names.users.get(event.targetId) ?? null;
  if (event.targetType === 'membership') return names.memberships.get(event.targetId) ?? null;
  return null;
}
