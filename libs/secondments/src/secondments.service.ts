import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { AccessService } from '@tsunagu/platform/auth';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  isUuid,
  parsePosition,
  type Connection,
} from '@tsunagu/platform/graphql';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { OnboardingChecks } from '@tsunagu/tenants';
import { fiscalYearBounds, fiscalYearLabel, fiscalYearOf, todayIn } from '@tsunagu/platform/calendar';
import {
  DEFAULT_LEGAL_BASIS,
  RosterReview,
  SecondedStaff,
  Secondment,
  SecondmentAssignment,
  SecondmentCheckIn,
  SecondmentStatus,
} from './secondment.entities';
import type {
  AddSecondmentAssignmentInput,
  AddSecondmentCheckInInput,
  CreateSecondmentInput,
  EndSecondmentEarlyInput,
  SecondmentModel,
  SecondmentsFilter,
  UpdateSecondmentInput,
} from './secondments.models';

/** Who reads the roster, and so how much of it. */
type Reader = { kind: 'npo' } | { kind: 'home-city'; tenantId: string } | { kind: 'self'; userId: string };

/**
 * The secondment roster. Records belong to the seconded person's home municipality. NPO admins
 * create and edit them across municipalities on the platform path, audited in the home tenant's
 * chain; a home city's tenant admin reads its own people in its own tenant transaction (which the
 * database grants nothing of check-in notes); anyone else reads only their own record.
 */
@Injectable()
export class SecondmentsService implements OnModuleInit {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
    private readonly onboarding: OnboardingChecks,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      item: 'roster',
      isComplete: async (em, tenantId) =>
        (await em.count(RosterReview, { tenant: tenantId })) > 0 ||
        (await em.count(Secondment, { tenant: tenantId })) > 0,
    });
  }

  // NPO admins, on the platform path

  async create(input: CreateSecondmentInput): Promise<SecondmentModel> {
    const id = await this.platformDb.run('secondments: create a secondment', async (em) => {
      const home = await em.findOne(Tenant, { slug: input.homeTenantSlug });
      if (!home) throw new NotFoundError('TENANT_NOT_FOUND', 'No such municipality');
      const person = input.staff;
      if ((input.staffId === undefined) === (person === undefined)) {
        throw new BadUserInputError([{ field: 'staff', messages: ['give either staffId or staff'] }]);
      }
      const staff = person
        ? em.create(SecondedStaff, {
            tenant: home,
            name: clean(person.name),
            nameKana: clean(person.nameKana),
            homeDepartment: clean(person.homeDepartment),
            jobTitle: clean(person.jobTitle),
            employeeNumber: person.employeeNumber?.trim() || null,
            userId: person.userId ?? null,
          })
        : await this.lockedStaff(em, input.staffId as string, home.id);
      const startsOn =
        input.startsOn ??
        fiscalYearBounds(fiscalYearOf(todayIn(home.timezone), home.fiscalYearStartMonth), home.fiscalYearStartMonth)
          .from;
      const endsOn =
        input.endsOn ??
        fiscalYearBounds(fiscalYearOf(startsOn, home.fiscalYearStartMonth), home.fiscalYearStartMonth).to;
      const secondment = em.create(Secondment, {
        tenant: home,
        staffId: staff.id,
        hostOrganization: clean(input.hostOrganization),
        hostDepartment: clean(input.hostDepartment),
        startsOn,
        endsOn,
        legalBasis: legalBasis(input.legalBasis ?? DEFAULT_LEGAL_BASIS),
        memorandumTitle: input.memorandumTitle?.trim() || null,
        memorandumSignedOn: input.memorandumSignedOn ?? null,
        memorandumReference: input.memorandumReference?.trim() || null,
        memorandumUrl: input.memorandumUrl ?? null,
        duties: input.duties?.trim() || null,
        status: input.status ?? SecondmentStatus.PLANNED,
        mentorName: input.mentorName?.trim() || null,
        returnDepartment: input.returnDepartment?.trim() || null,
        returnRole: input.returnRole?.trim() || null,
      });
      assertPeriod(secondment);
      if (secondment.status === SecondmentStatus.ENDED_EARLY) {
        throw new BadUserInputError([
          { field: 'status', messages: ['use endSecondmentEarly, with its date and reason'] },
        ]);
      }
      await this.assertNoOverlap(em, secondment);
      await em.flush();
      await this.audit.recordOnPlatformPath(em, home.id, 'secondment.created', {
        type: 'secondment',
        id: secondment.id,
      });
      return secondment.id;
    });
    return this.get(id);
  }

  async update(input: UpdateSecondmentInput): Promise<SecondmentModel> {
    await this.platformDb.run('secondments: update a secondment', async (em) => {
      const secondment = await this.lockedSecondment(em, input.id);
      if (input.status === SecondmentStatus.ENDED_EARLY) {
        throw new BadUserInputError([
          { field: 'status', messages: ['use endSecondmentEarly, with its date and reason'] },
        ]);
      }
      if (input.hostDepartment !== undefined) secondment.hostDepartment = clean(input.hostDepartment);
      if (input.startsOn !== undefined) secondment.startsOn = input.startsOn;
      if (input.endsOn !== undefined) secondment.endsOn = input.endsOn;
      if (input.legalBasis !== undefined) secondment.legalBasis = legalBasis(input.legalBasis);
      if (input.duties !== undefined) secondment.duties = input.duties.trim() || null;
      if (input.status !== undefined) secondment.status = input.status;
      if (input.mentorName !== undefined) secondment.mentorName = input.mentorName.trim() || null;
      if (input.returnDepartment !== undefined) secondment.returnDepartment = input.returnDepartment.trim() || null;
      if (input.returnRole !== undefined) secondment.returnRole = input.returnRole.trim() || null;
      assertPeriod(secondment);
      await this.assertNoOverlap(em, secondment);
      const outside = await em.count(SecondmentAssignment, {
        secondmentId: secondment.id,
        $or: [{ startsOn: { $lt: secondment.startsOn } }, { endsOn: { $gt: secondment.endsOn } }],
      });
      if (outside > 0) {
        throw new BadUserInputError(
          [{ field: 'startsOn', messages: ['an assignment would fall outside the secondment; change it first'] }],
          'ASSIGNMENT_OUTSIDE_SECONDMENT',
        );
      }
      await em.flush();
      await this.audit.recordOnPlatformPath(em, secondment.tenant.id, 'secondment.updated', {
        type: 'secondment',
        id: secondment.id,
      });
    });
    return this.get(input.id);
  }

  async endEarly(input: EndSecondmentEarlyInput): Promise<SecondmentModel> {
    await this.platformDb.run('secondments: end a secondment early', async (em) => {
      const secondment = await this.lockedSecondment(em, input.id);
      if (secondment.status === SecondmentStatus.ENDED_EARLY || secondment.status === SecondmentStatus.COMPLETED) {
        throw new BadUserInputError([
          { field: 'id', messages: [`a ${secondment.status} secondment cannot end early`] },
        ]);
      }
      if (input.date < secondment.startsOn || input.date >= secondment.endsOn) {
        throw new BadUserInputError([
          { field: 'date', messages: ['the early end is on or after the start and before the planned end'] },
        ]);
      }
      secondment.status = SecondmentStatus.ENDED_EARLY;
      secondment.endedEarlyOn = input.date;
      secondment.endReason = clean(input.reason);
      await em.flush();
      await this.audit.recordOnPlatformPath(em, secondment.tenant.id, 'secondment.ended_early', {
        type: 'secondment',
        id: secondment.id,
      });
    });
    return this.get(input.id);
  }

  async addAssignment(input: AddSecondmentAssignmentInput): Promise<SecondmentModel> {
    await this.platformDb.run('secondments: add an assignment', async (em) => {
      const secondment = await this.lockedSecondment(em, input.secondmentId);
      const city = await em.findOne(Tenant, { slug: input.citySlug });
      if (!city) throw new BadUserInputError([{ field: 'citySlug', messages: ['no such municipality'] }]);
      const startsOn = input.startsOn ?? secondment.startsOn;
      const endsOn = input.endsOn ?? secondment.endsOn;
      if (endsOn < startsOn || startsOn < secondment.startsOn || endsOn > secondment.endsOn) {
        throw new BadUserInputError(
          [
            {
              field: 'startsOn',
              messages: [`an assignment lies within ${secondment.startsOn} to ${secondment.endsOn}`],
            },
          ],
          'ASSIGNMENT_OUTSIDE_SECONDMENT',
        );
      }
      const assignment = em.create(SecondmentAssignment, {
        tenant: secondment.tenant,
        secondmentId: secondment.id,
        cityTenantId: city.id,
        programme: clean(input.programme),
        role: clean(input.role),
        timeShare: input.timeShare,
        startsOn,
        endsOn,
      });
      await em.flush();
      await this.audit.recordOnPlatformPath(em, secondment.tenant.id, 'secondment.assignment_added', {
        type: 'secondment_assignment',
        id: assignment.id,
      });
    });
    return this.get(input.secondmentId);
  }

  async addCheckIn(input: AddSecondmentCheckInInput): Promise<SecondmentModel> {
    await this.platformDb.run('secondments: add a check-in', async (em) => {
      const secondment = await this.lockedSecondment(em, input.secondmentId);
      if (input.heldOn < secondment.startsOn) {
        throw new BadUserInputError([{ field: 'heldOn', messages: ['a check-in is held once the secondment began'] }]);
      }
      const checkIn = em.create(SecondmentCheckIn, {
        tenant: secondment.tenant,
        secondmentId: secondment.id,
        heldOn: input.heldOn,
        authorUserId: this.access.current().userId,
        wellbeing: input.wellbeing,
        learningGoals: input.learningGoals?.trim() || null,
        issues: input.issues?.trim() || null,
        notes: input.notes?.trim() || null,
      });
      await em.flush();
      await this.audit.recordOnPlatformPath(em, secondment.tenant.id, 'secondment.check_in_added', {
        type: 'secondment_check_in',
        id: checkIn.id,
      });
    });
    return this.get(input.secondmentId);
  }

  // Tenant admins

  /** The home city's review of its roster. */
  async markReviewed(): Promise<boolean> {
    const em = this.tenantDb.em;
    await em.execute(
      `insert into roster_review (tenant_id, reviewed_by_id, reviewed_at) values (?, ?, now())
       on conflict (tenant_id) do update set reviewed_by_id = excluded.reviewed_by_id, reviewed_at = now()`,
      [this.tenantDb.tenantId, this.access.current().userId],
    );
    await this.audit.record('roster.reviewed');
    return true;
  }

  // Reading

  async list(
    filter: SecondmentsFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<SecondmentModel>> {
    const reader = this.reader();
    const position = after ? decodeCursor(after, parsePosition) : undefined;
    const page = await this.read(reader, async (em) => {
      const homeTenantId = filter.homeTenantSlug
        ? ((await em.findOne(Tenant, { slug: filter.homeTenantSlug }))?.id ?? null)
        : undefined;
      if (homeTenantId === null) return [];
      const fiscalYear = filter.fiscalYear ? fiscalYearBounds(filter.fiscalYear) : undefined;
      return em.find(
        Secondment,
        {
          ...(reader.kind === 'home-city' ? { tenant: reader.tenantId } : {}),
          ...(reader.kind === 'self' ? { staffId: { $in: await this.ownStaffIds(em, reader.userId) } } : {}),
          ...(homeTenantId ? { tenant: homeTenantId } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          ...(fiscalYear ? { startsOn: { $lte: fiscalYear.to }, endsOn: { $gte: fiscalYear.from } } : {}),
          ...(position
            ? {
                $or: [
                  { startsOn: { $lt: position.at.slice(0, 10) } },
                  { startsOn: position.at.slice(0, 10), id: { $lt: position.id } },
                ],
              }
            : {}),
        },
        // Latest first, by when they start: the roster reads as a history of fiscal years.
        { orderBy: { startsOn: 'desc', id: 'desc' }, limit: first + 1 },
      );
    });
    const models = await this.models(reader, page.slice(0, first));
    const byId = new Map(models.map((m) => [m.id, m]));
    return connectionFromRows(
      page,
      first,
      (s) => encodeCursor({ at: `${s.startsOn}T00:00:00Z`, id: s.id }),
      (s) => byId.get(s.id) as SecondmentModel,
    );
  }

  async get(id: string): Promise<SecondmentModel> {
    const reader = this.reader();
    const secondment = await this.read(reader, async (em) => {
      if (!isUuid(id)) return null;
      const found = await em.findOne(Secondment, { id });
      if (!found) return null;
      if (reader.kind === 'home-city' && found.tenant.id !== reader.tenantId) return null;
      if (reader.kind === 'self' && !(await this.ownStaffIds(em, reader.userId)).includes(found.staffId)) return null;
      return found;
    });
    if (!secondment) throw new NotFoundError('SECONDMENT_NOT_FOUND', 'No such secondment');
    const [model] = await this.models(reader, [secondment]);
    return model;
  }

  // Internals

  private reader(): Reader {
    const access = this.access.current();
    if (access.platformRoles.includes(PlatformRole.NPO_ADMIN)) return { kind: 'npo' };
    if (access.tenant && access.roles.includes(TenantRole.TENANT_ADMIN)) {
      return { kind: 'home-city', tenantId: access.tenant.id };
    }
    return { kind: 'self', userId: access.userId };
  }

  /** A home city reads in its own tenant transaction (row-level security); the others on the platform path. */
  private read<T>(reader: Reader, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return reader.kind === 'home-city'
      ? this.tenantDb.withTenant(reader.tenantId, fn)
      : this.platformDb.run(`secondments: read the roster (${reader.kind})`, fn);
  }

  private async models(reader: Reader, secondments: Secondment[]): Promise<SecondmentModel[]> {
    if (secondments.length === 0) return [];
    const ids = secondments.map((s) => s.id);
    const { staff, assignments, checkIns } = await this.read(reader, async (em) => ({
      staff: await em.find(SecondedStaff, { id: { $in: secondments.map((s) => s.staffId) } }),
      assignments: await em.find(
        SecondmentAssignment,
        { secondmentId: { $in: ids } },
        { orderBy: { startsOn: 'asc' } },
      ),
      // Interview notes are the NPO's and the person's own: the home city is granted none of them.
      checkIns:
        reader.kind === 'home-city'
          ? []
          : await em.find(SecondmentCheckIn, { secondmentId: { $in: ids } }, { orderBy: { heldOn: 'asc' } }),
    }));
    const tenantIds = [...new Set([...secondments.map((s) => s.tenant.id), ...assignments.map((a) => a.cityTenantId)])];
    const tenants = await this.platformDb.run('secondments: names of the cities on a roster', (em) =>
      em.find(Tenant, { id: { $in: tenantIds } }),
    );
    const city = (id: string) => {
      const tenant = tenants.find((t) => t.id === id);
      return { slug: tenant?.slug ?? '', nameJa: tenant?.nameJa ?? '' };
    };
    return secondments.map((s) => {
      const home = tenants.find((t) => t.id === s.tenant.id);
      const person = staff.find((p) => p.id === s.staffId) as SecondedStaff;
      const fiscalYear = fiscalYearOf(s.startsOn, home?.fiscalYearStartMonth ?? 4);
      return {
        id: s.id,
        staff: {
          id: person.id,
          name: person.name,
          nameKana: person.nameKana,
          homeDepartment: person.homeDepartment,
          jobTitle: person.jobTitle,
          employeeNumber: person.employeeNumber ?? null,
        },
        homeCity: city(s.tenant.id),
        hostOrganization: s.hostOrganization,
        hostDepartment: s.hostDepartment,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        fiscalYear,
        fiscalYearLabel: fiscalYearLabel(fiscalYear),
        legalBasis: s.legalBasis,
        memorandumTitle: s.memorandumTitle ?? null,
        memorandumSignedOn: s.memorandumSignedOn ?? null,
        memorandumReference: s.memorandumReference ?? null,
        memorandumUrl: s.memorandumUrl ?? null,
        duties: s.duties ?? null,
        status: s.status,
        endedEarlyOn: s.endedEarlyOn ?? null,
        endReason: s.endReason ?? null,
        mentorName: s.mentorName ?? null,
        returnDepartment: s.returnDepartment ?? null,
        returnRole: s.returnRole ?? null,
        assignments: assignments
          .filter((a) => a.secondmentId === s.id)
          .map((a) => ({
            id: a.id,
            city: city(a.cityTenantId),
            programme: a.programme,
            role: a.role,
            timeShare: a.timeShare,
            startsOn: a.startsOn,
            endsOn: a.endsOn,
          })),
        checkIns:
          reader.kind === 'home-city'
            ? null
            : checkIns
                .filter((c) => c.secondmentId === s.id)
                .map((c) => ({
                  id: c.id,
                  heldOn: c.heldOn,
                  wellbeing: c.wellbeing,
                  learningGoals: c.learningGoals ?? null,
                  issues: c.issues ?? null,
                  notes: c.notes ?? null,
                })),
      };
    });
  }

  private async ownStaffIds(em: EntityManager, userId: string): Promise<string[]> {
    return (await em.find(SecondedStaff, { userId }, { fields: ['id'] })).map((s) => s.id);
  }

  /** The person, locked: two secondments of one person are checked for overlap one at a time. */
  private async lockedStaff(em: EntityManager, id: string, homeTenantId: string): Promise<SecondedStaff> {
    const staff = await em.findOne(SecondedStaff, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!staff || staff.tenant.id !== homeTenantId) {
      throw new BadUserInputError([{ field: 'staffId', messages: ['no such person on this city’s roster'] }]);
    }
    return staff;
  }

  private async lockedSecondment(em: EntityManager, id: string): Promise<Secondment> {
    const secondment = isUuid(id) ? await em.findOne(Secondment, { id }) : null;
    if (!secondment) throw new NotFoundError('SECONDMENT_NOT_FOUND', 'No such secondment');
    await this.lockedStaff(em, secondment.staffId, secondment.tenant.id);
    await em.refresh(secondment, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return secondment;
  }

  /** One person is on one secondment at a time (an early end frees the rest of its period). */
  private async assertNoOverlap(em: EntityManager, secondment: Secondment): Promise<void> {
    const others = await em.find(Secondment, { staffId: secondment.staffId, id: { $ne: secondment.id } });
    const clash = others.find(
      (other) => other.startsOn <= secondment.endsOn && (other.endedEarlyOn ?? other.endsOn) >= secondment.startsOn,
    );
    if (clash) {
      throw new ConflictError(
        'OVERLAPPING_SECONDMENT',
        `This person is already seconded from ${clash.startsOn} to ${clash.endedEarlyOn ?? clash.endsOn}`,
        [{ field: 'startsOn', messages: ['overlaps another secondment of the same person'] }],
      );
    }
  }
}

function assertPeriod(secondment: Secondment): void {
  if (secondment.endsOn < secondment.startsOn) {
    throw new BadUserInputError([{ field: 'endsOn', messages: ['the end is before the start'] }], 'END_BEFORE_START');
  }
}

function legalBasis(value: string): string {
  const basis = clean(value);
  if (!basis) throw new BadUserInputError([{ field: 'legalBasis', messages: ['the legal basis cannot be empty'] }]);
  return basis;
}

function clean(value: string): string {
  return value.normalize('NFC').trim();
}
