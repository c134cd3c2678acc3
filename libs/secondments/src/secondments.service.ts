import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { AccessService, User, UserStatus } from '@tsunagu/platform/auth';
import { LineChannel } from '@tsunagu/channels';
import { PlatformDb, Tenant, TenantDb, TenantStatus } from '@tsunagu/platform/database';
import { CSV_CONTENT_TYPE, DownloadsService, toCsv, type DownloadLink } from '@tsunagu/platform/downloads';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@tsunagu/platform/errors';
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
  SecondmentHostDepartmentModel,
  RosterCityModel,
  SecondmentsFilter,
  UpdateSecondmentInput,
} from './secondments.models';
import { SecondmentView } from './secondments.models';
import { rosterReviewDue } from './secondment-status';

/** Who reads the roster, and so how much of it. `self`: the seconded person, and their mentor. */
type Reader = { kind: 'npo' } | { kind: 'home-city'; tenantId: string } | { kind: 'self'; userId: string };

const VIEW_STATUSES: Record<SecondmentView, SecondmentStatus[]> = {
  [SecondmentView.CURRENT]: [SecondmentStatus.ACTIVE, SecondmentStatus.EXTENDED],
  [SecondmentView.ALUMNI]: [SecondmentStatus.COMPLETED, SecondmentStatus.ENDED_EARLY],
};

const STATUS_JA: Record<SecondmentStatus, string> = {
  [SecondmentStatus.PLANNED]: '予定',
  [SecondmentStatus.ACTIVE]: '派遣中',
  [SecondmentStatus.COMPLETED]: '修了',
  [SecondmentStatus.EXTENDED]: '延長',
  [SecondmentStatus.ENDED_EARLY]: '中途終了',
};

/** The roster export's columns, in the order of its rows. */
const ROSTER_CSV_HEADER = [
  '年度',
  '派遣元自治体',
  '氏名',
  'ふりがな',
  '派遣元所属',
  '職名',
  '職員番号',
  '派遣先',
  '派遣先部署',
  '開始日',
  '終了日',
  '状態',
  '中途終了日',
  '中途終了理由',
  '法的根拠',
  '覚書',
  '覚書締結日',
  '覚書番号',
  '職務内容',
  '指導担当',
  '担当業務',
  '復帰後の所属',
  '復帰後の職',
];

/** The most rows one roster export holds: far above any real roster, a guard against a runaway file. */
const EXPORT_LIMIT = 5000;

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
    private readonly downloads: DownloadsService,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      item: 'roster',
      isComplete: async (em, tenantId) =>
        (await em.count(RosterReview, { tenant: tenantId })) > 0 ||
        (await em.count(Secondment, { tenant: tenantId })) > 0,
    });
  }

  // NPO admins (and mentors, for check-ins), on the platform path

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
        mentorUserId: input.mentorUserId ? await this.mentor(em, input.mentorUserId) : null,
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
    // Null clears what may be empty; what a secondment cannot be without is refused.
    const required = (['hostDepartment', 'startsOn', 'endsOn', 'legalBasis', 'status'] as const).filter(
      (field) => input[field] === null,
    );
    if (required.length > 0) {
      throw new BadUserInputError(required.map((field) => ({ field, messages: ['cannot be empty'] })));
    }
    await this.platformDb.run('secondments: update a secondment', async (em) => {
      const secondment = await this.lockedSecondment(em, input.id);
      if (
        input.status !== undefined &&
        (secondment.status === SecondmentStatus.ENDED_EARLY || secondment.status === SecondmentStatus.COMPLETED)
      ) {
        throw new BadUserInputError([
          { field: 'status', messages: [`a ${secondment.status} secondment keeps its status`] },
        ]);
      }
      if (input.status === SecondmentStatus.ENDED_EARLY) {
        throw new BadUserInputError([
          { field: 'status', messages: ['use endSecondmentEarly, with its date and reason'] },
        ]);
      }
      if (input.hostDepartment !== undefined) secondment.hostDepartment = clean(input.hostDepartment);
      if (input.startsOn !== undefined) secondment.startsOn = input.startsOn;
      if (input.endsOn !== undefined) secondment.endsOn = input.endsOn;
      if (input.legalBasis !== undefined) secondment.legalBasis = legalBasis(input.legalBasis);
      if (input.duties !== undefined) secondment.duties = input.duties?.trim() || null;
      if (input.status !== undefined) secondment.status = input.status;
      if (input.mentorName !== undefined) secondment.mentorName = input.mentorName?.trim() || null;
      if (input.mentorUserId !== undefined) {
        secondment.mentorUserId = input.mentorUserId ? await this.mentor(em, input.mentorUserId) : null;
      }
      if (input.returnDepartment !== undefined) secondment.returnDepartment = input.returnDepartment?.trim() || null;
      if (input.returnRole !== undefined) secondment.returnRole = input.returnRole?.trim() || null;
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
      const channel = input.lineChannelId
        ? await em.findOne(LineChannel, { id: input.lineChannelId, tenant: city.id }, { fields: ['id', 'name'] })
        : null;
      if (input.lineChannelId && !channel) {
        throw new BadUserInputError([{ field: 'lineChannelId', messages: ['no such LINE channel in that city'] }]);
      }
      const programme = input.programme ?? channel?.name;
      if (!programme?.trim()) {
        throw new BadUserInputError([{ field: 'programme', messages: ['name the programme, or give a LINE channel'] }]);
      }
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
        programme: clean(programme),
        lineChannelId: channel?.id ?? null,
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
    const reader = this.reader();
    await this.platformDb.run('secondments: add a check-in', async (em) => {
      // The NPO admins and the secondment's mentor write interview notes; to anyone else it does not
      // exist, and they take no lock.
      if (reader.kind !== 'npo') {
        const mentored = isUuid(input.secondmentId)
          ? await em.count(Secondment, { id: input.secondmentId, mentorUserId: this.access.current().userId })
          : 0;
        if (mentored === 0) throw new NotFoundError('SECONDMENT_NOT_FOUND', 'No such secondment');
      }
      const secondment = await this.lockedSecondment(em, input.secondmentId);
      if (reader.kind !== 'npo' && secondment.mentorUserId !== this.access.current().userId) {
        throw new NotFoundError('SECONDMENT_NOT_FOUND', 'No such secondment');
      }
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

  /**
   * Every active city with its roster review, for NPO admins: read on the platform path, to which
   * `roster_review` is granted across cities as `secondment` is.
   */
  async cities(): Promise<RosterCityModel[]> {
    const now = new Date();
    const { cities, reviews, reviewers } = await this.platformDb.run(
      'secondments: the cities and their roster reviews',
      async (em) => {
        // In the order of their local government codes, north to south, as official lists of municipalities go.
        const cities = await em.find(
          Tenant,
          { status: TenantStatus.ACTIVE },
          { orderBy: { localGovernmentCode: 'asc' } },
        );
        const reviews = await em.find(RosterReview, { tenant: { $in: cities.map((c) => c.id) } });
        const reviewers = await em.find(
          User,
          { id: { $in: [...new Set(reviews.map((r) => r.reviewedById))] } },
          { fields: ['id', 'displayName'] },
        );
        return { cities, reviews, reviewers };
      },
    );
    return cities.map((city) => {
      const review = reviews.find((r) => r.tenant.id === city.id);
      return {
        slug: city.slug,
        nameJa: city.nameJa,
        nameEn: city.nameEn,
        timezone: city.timezone,
        lastRosterReview: review
          ? {
              reviewedAt: review.reviewedAt,
              reviewerName: reviewers.find((u) => u.id === review.reviewedById)?.displayName ?? '',
            }
          : null,
        rosterReviewDue: rosterReviewDue(review?.reviewedAt ?? null, city, now),
      };
    });
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
      const conditions = await this.conditions(em, reader, filter);
      if (!conditions) return [];
      if (position) {
        const startsOn = position.at.slice(0, 10);
        conditions.push({ $or: [{ startsOn: { $lt: startsOn } }, { startsOn, id: { $lt: position.id } }] });
      }
      // Latest first, by when they start: the roster reads as a history of fiscal years.
      return em.find(Secondment, { $and: conditions }, { orderBy: { startsOn: 'desc', id: 'desc' }, limit: first + 1 });
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

  /** Who is seconded now (ACTIVE or EXTENDED), by host organisation and department. */
  async currentRoster(): Promise<SecondmentHostDepartmentModel[]> {
    const reader = this.reader();
    const current = await this.read(reader, async (em) => {
      const conditions = await this.conditions(em, reader, { view: SecondmentView.CURRENT });
      return conditions ? em.find(Secondment, { $and: conditions }) : [];
    });
    const departments = new Map<string, SecondmentHostDepartmentModel>();
    for (const model of await this.models(reader, current)) {
      const key = JSON.stringify([model.hostOrganization, model.hostDepartment]);
      const department = departments.get(key) ?? {
        hostOrganization: model.hostOrganization,
        hostDepartment: model.hostDepartment,
        secondments: [],
      };
      department.secondments.push(model);
      departments.set(key, department);
    }
    // People in the order of their names' reading (五十音順), as a Japanese roster lists them.
    const byReading = (a: SecondmentModel, b: SecondmentModel) =>
      a.staff.nameKana.localeCompare(b.staff.nameKana, 'ja') || a.staff.name.localeCompare(b.staff.name, 'ja');
    for (const department of departments.values()) department.secondments.sort(byReading);
    return [...departments.values()].sort(
      (a, b) =>
        a.hostOrganization.localeCompare(b.hostOrganization, 'ja') ||
        a.hostDepartment.localeCompare(b.hostDepartment, 'ja'),
    );
  }

  /**
   * The roster of a fiscal year as CSV (UTF-8 with BOM, Japanese headers), one row per secondment,
   * without check-in notes. NPO admins export every city's, as a platform download audited in the
   * platform chain and in each home city's; a home city's tenant admin exports its own people.
   */
  async exportRoster(fiscalYear: number): Promise<DownloadLink> {
    const reader = this.reader();
    if (reader.kind === 'self') throw new ForbiddenError('NOT_PERMITTED', 'Your role does not allow this operation');
    const rows = await this.read(reader, async (em) => {
      const conditions = await this.conditions(em, reader, { fiscalYear });
      if (!conditions) return [];
      const found = await em.find(
        Secondment,
        { $and: conditions },
        { orderBy: { tenant: 'asc', startsOn: 'asc', id: 'asc' }, limit: EXPORT_LIMIT + 1 },
      );
      if (found.length > EXPORT_LIMIT) {
        throw new BadUserInputError([], 'EXPORT_TOO_LARGE', `A roster export holds at most ${EXPORT_LIMIT} rows`);
      }
      return found;
    });
    const models = await this.models(reader, rows);
    const content = toCsv(ROSTER_CSV_HEADER, models.map(rosterRecord));
    const audited = { fiscalYear, secondments: models.length };
    if (reader.kind === 'home-city') {
      return this.tenantDb.withTenant(reader.tenantId, async (em) => {
        const city = await em.findOneOrFail(Tenant, { id: reader.tenantId });
        const link = await this.downloads.create({
          filename: `secondment-roster-${city.slug}-FY${fiscalYear}.csv`,
          contentType: CSV_CONTENT_TYPE,
          content,
        });
        await this.audit.record('secondment.roster_exported', undefined, audited);
        return link;
      });
    }
    return this.platformDb.run('secondments: export the roster', async (em) => {
      const link = await this.downloads.createOnPlatformPath(em, {
        filename: `secondment-roster-FY${fiscalYear}.csv`,
        contentType: CSV_CONTENT_TYPE,
        content,
      });
      // Each city's own audit trail shows that its people left in a file, and how many.
      const homeTenantIds = [...new Set(rows.map((r) => r.tenant.id))].sort();
      for (const tenantId of homeTenantIds) {
        await this.audit.recordOnPlatformPath(em, tenantId, 'secondment.roster_exported', undefined, {
          fiscalYear,
          secondments: rows.filter((r) => r.tenant.id === tenantId).length,
        });
      }
      return link;
    });
  }

  async get(id: string): Promise<SecondmentModel> {
    const reader = this.reader();
    const secondment = await this.read(reader, async (em) => {
      if (!isUuid(id)) return null;
      const found = await em.findOne(Secondment, { id });
      if (!found) return null;
      if (reader.kind === 'home-city' && found.tenant.id !== reader.tenantId) return null;
      if (reader.kind === 'self' && !(await this.isOwnOrMentored(em, reader.userId, found))) return null;
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
        mentorUserId: s.mentorUserId ?? null,
        returnDepartment: s.returnDepartment ?? null,
        returnRole: s.returnRole ?? null,
        assignments: assignments
          .filter((a) => a.secondmentId === s.id)
          .map((a) => ({
            id: a.id,
            city: city(a.cityTenantId),
            programme: a.programme,
            lineChannelId: a.lineChannelId ?? null,
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

  /**
   * The filter's conditions within what the reader may see; null when nothing can match (an
   * unknown home city).
   */
  private async conditions(
    em: EntityManager,
    reader: Reader,
    filter: SecondmentsFilter,
  ): Promise<FilterQuery<Secondment>[] | null> {
    const conditions: FilterQuery<Secondment>[] = [];
    if (reader.kind === 'home-city') conditions.push({ tenant: reader.tenantId });
    if (reader.kind === 'self') {
      const own = await em.find(SecondedStaff, { userId: reader.userId }, { fields: ['id'] });
      conditions.push({ $or: [{ staffId: { $in: own.map((s) => s.id) } }, { mentorUserId: reader.userId }] });
    }
    if (filter.homeTenantSlug) {
      const home = await em.findOne(Tenant, { slug: filter.homeTenantSlug });
      if (!home) return null;
      conditions.push({ tenant: home.id });
    }
    if (filter.status) conditions.push({ status: filter.status });
    if (filter.view) conditions.push({ status: { $in: VIEW_STATUSES[filter.view] } });
    if (filter.fiscalYear) {
      // Each home city's own fiscal year: FY2025 is April 2025 to March 2026 for most, not for all.
      const fiscalYear = filter.fiscalYear;
      const cities = await em.find(Tenant, {}, { fields: ['id', 'fiscalYearStartMonth'] });
      const startMonths = [...new Set(cities.map((c) => c.fiscalYearStartMonth))];
      if (startMonths.length === 0) return null;
      conditions.push({
        $or: startMonths.map((startMonth) => {
          const year = fiscalYearBounds(fiscalYear, startMonth);
          return {
            tenant: { $in: cities.filter((c) => c.fiscalYearStartMonth === startMonth).map((c) => c.id) },
            startsOn: { $lte: year.to },
            endsOn: { $gte: year.from },
          };
        }),
      });
    }
    return conditions;
  }

  private async isOwnOrMentored(em: EntityManager, userId: string, secondment: Secondment): Promise<boolean> {
    if (secondment.mentorUserId === userId) return true;
    return (await em.count(SecondedStaff, { id: secondment.staffId, userId })) > 0;
  }

  /** A mentor is someone with an active account. */
  private async mentor(em: EntityManager, userId: string): Promise<string> {
    if ((await em.count(User, { id: userId, status: UserStatus.ACTIVE })) === 0) {
      throw new BadUserInputError([{ field: 'mentorUserId', messages: ['no active user with this id'] }]);
    }
    return userId;
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

/** One CSV record of the roster export (see ROSTER_CSV_HEADER). */
function rosterRecord(s: SecondmentModel): (string | null)[] {
  const assignments = s.assignments.map(
    (a) => `${a.city.nameJa} ${a.programme}（${a.role}・${a.timeShare}%・${a.startsOn}〜${a.endsOn}）`,
  );
  return [
    s.fiscalYearLabel,
    s.homeCity.nameJa,
    s.staff.name,
    s.staff.nameKana,
    s.staff.homeDepartment,
    s.staff.jobTitle,
    s.staff.employeeNumber,
    s.hostOrganization,
    s.hostDepartment,
    s.startsOn,
    s.endsOn,
    STATUS_JA[s.status],
    s.endedEarlyOn,
    s.endReason,
    s.legalBasis,
    s.memorandumTitle,
    s.memorandumSignedOn,
    s.memorandumReference,
    s.duties,
    s.mentorName,
    assignments.join('; '),
    s.returnDepartment,
    s.returnRole,
  ];
}
