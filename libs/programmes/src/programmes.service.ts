import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError, type FieldError } from '@tsunagu/platform/errors';
import { LineChannel } from '@tsunagu/channels';
import {
  MetricGroup,
  MetricUnit,
  ReportScopes,
  ReportsService,
  shownValue,
  suppressReport,
  type RawReport,
  type RawRow,
  type ReportScope,
} from '@tsunagu/reporting';
import { KPI_DEFINITIONS, KpiUnit, type KpiActual } from './kpis';
import { ContractKpi, Programme, ProgrammeContract } from './programme.entities';
import type {
  ContractKpiInput,
  ContractKpiModel,
  ContractKpiReportModel,
  CreateProgrammeContractInput,
  CreateProgrammeInput,
  ProgrammeContractModel,
  ProgrammeModel,
  UpdateProgrammeContractInput,
  UpdateProgrammeInput,
} from './programmes.models';

const NAME_MAX = 200;

/**
 * Programmes (事業) a city commissions and their contracts (委託) with named KPIs. Everything runs in
 * the request's tenant transaction (row-level security applies). A contract's KPIs are read from the
 * report's metrics over the contract's period, cut to the programme's LINE channels, and suppressed
 * with the report's rule and k: a KPI page shows nothing the report would hide.
 */
@Injectable()
export class ProgrammesService implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly reports: ReportsService,
    private readonly scopes: ReportScopes,
  ) {}

  onModuleInit(): void {
    this.scopes.register((em, id) => this.scopeOf(em, id));
  }

  // Programmes

  async list(): Promise<ProgrammeModel[]> {
    const em = this.tenantDb.em;
    const programmes = await em.find(Programme, { tenant: this.tenantDb.tenantId }, { orderBy: { createdAt: 'asc' } });
    return this.models(programmes);
  }

  async programme(id: string): Promise<ProgrammeModel> {
    const [model] = await this.models([await this.find(id)]);
    return model;
  }

  async create(input: CreateProgrammeInput): Promise<ProgrammeModel> {
    const em = this.tenantDb.em;
    if (!input.kind) throw new BadUserInputError([{ field: 'kind', messages: ['kind is required'] }]);
    const name = requiredText(input.name, 'name', NAME_MAX);
    await this.checkNameFree(name, null);
    const programme = em.create(Programme, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      name,
      kind: input.kind,
      description: optionalText(input.description),
      startedOn: input.startedOn ?? null,
      channelIds: await this.checkedChannels(input.channelIds ?? []),
      staffUserIds: await this.checkedStaff(input.staffUserIds ?? []),
    });
    await em.flush();
    await this.audit.record('programme.created', { type: 'programme', id: programme.id }, { name, kind: input.kind });
    return this.programme(programme.id);
  }

  async update(input: UpdateProgrammeInput): Promise<ProgrammeModel> {
    const programme = await this.find(input.id);
    if (input.name !== undefined) {
      const name = requiredText(input.name, 'name', NAME_MAX);
      await this.checkNameFree(name, programme.id);
      programme.name = name;
    }
    if (input.kind !== undefined) {
      if (input.kind === null) throw new BadUserInputError([{ field: 'kind', messages: ['kind is required'] }]);
      programme.kind = input.kind;
    }
    if (input.description !== undefined) programme.description = optionalText(input.description);
    if (input.startedOn !== undefined) programme.startedOn = input.startedOn;
    if (input.channelIds !== undefined) programme.channelIds = await this.checkedChannels(input.channelIds ?? []);
    if (input.staffUserIds !== undefined) programme.staffUserIds = await this.checkedStaff(input.staffUserIds ?? []);
    if (input.archived !== undefined && input.archived !== null) programme.archived = input.archived;
    await this.tenantDb.em.flush();
    await this.audit.record(
      'programme.updated',
      { type: 'programme', id: programme.id },
      { fields: changedFields(input) },
    );
    return this.programme(programme.id);
  }

  // Contracts

  async createContract(input: CreateProgrammeContractInput): Promise<ProgrammeContractModel> {
    const em = this.tenantDb.em;
    const programme = await this.find(input.programmeId);
    const fields = contractFields(input, null);
    const contract = em.create(ProgrammeContract, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      programme,
      ...fields,
    });
    this.replaceKpis(contract, kpiRows(input.kpis ?? []));
    await em.flush();
    await this.audit.record(
      'programme_contract.created',
      { type: 'programme_contract', id: contract.id },
      { programmeId: programme.id, title: contract.title, startsOn: contract.startsOn, endsOn: contract.endsOn },
    );
    return this.contract(contract.id);
  }

  async updateContract(input: UpdateProgrammeContractInput): Promise<ProgrammeContractModel> {
    const em = this.tenantDb.em;
    const contract = await this.findContract(input.id);
    Object.assign(contract, contractFields(input, contract));
    if (input.kpis !== undefined) {
      const rows = kpiRows(input.kpis ?? []);
      await em.nativeDelete(ContractKpi, { contractId: contract.id, tenant: this.tenantDb.tenantId });
      this.replaceKpis(contract, rows);
    }
    await em.flush();
    await this.audit.record(
      'programme_contract.updated',
      { type: 'programme_contract', id: contract.id },
      { fields: changedFields(input) },
    );
    return this.contract(contract.id);
  }

  /** A contract's KPIs over its period: target against actual, suppressed at the tenant's k; audited. */
  async kpiReport(contractId: string): Promise<ContractKpiReportModel> {
    const em = this.tenantDb.em;
    const contract = await this.findContract(contractId);
    const programme = await em.findOneOrFail(Programme, { id: contract.programme.id });
    const [contractModel] = await this.contractModels([contract]);
    const scope = toScope(programme);
    const groups = [...new Set(contractModel.kpis.flatMap((k) => KPI_DEFINITIONS[k.kind].groups))];
    const { raw, context, suppressionThreshold } = await this.reports.spanFigures(
      contract.startsOn,
      contract.endsOn,
      groups,
      scope,
    );
    // Each recorded KPI is one row of a one-column table, suppressed as the report's cells are.
    const actuals = new Map<string, KpiActual>();
    for (const kpi of contractModel.kpis) {
      const actual = await KPI_DEFINITIONS[kpi.kind].actual(raw, context, kpi.minutes);
      if (actual) actuals.set(kpi.id, actual);
    }
    const kpiTable: RawReport = {
      ...raw,
      tables: [
        {
          key: 'kpis',
          group: MetricGroup.REGISTRANTS,
          titleJa: 'KPI',
          titleEn: 'KPIs',
          unit: MetricUnit.COUNT,
          columns: raw.period.months.map((m) => ({ key: m.key, labelJa: m.labelJa, labelEn: m.labelEn })),
          rows: contractModel.kpis.flatMap((k) => {
            const actual = actuals.get(k.id);
            return actual ? [kpiRow(k, actual)] : [];
          }),
          columnsAddUp: false,
          rowsAddUp: false,
        },
      ],
    };
    const shown = suppressReport(kpiTable, suppressionThreshold).tables[0].rows;
    await this.audit.record('programme_contract.kpis_viewed', { type: 'programme_contract', id: contract.id });
    const { from, to } = raw.period;
    const elapsed = Math.min(1, Math.max(0, (Date.now() - from.getTime()) / (to.getTime() - from.getTime())));
    return {
      contract: contractModel,
      programmeId: programme.id,
      programmeName: programme.name,
      periodLabel: raw.period.labelJa,
      elapsed: Math.round(elapsed * 1000) / 10,
      suppressionThreshold,
      generatedAt: raw.generatedAt,
      figures: contractModel.kpis.map((kpi) => {
        const row = shown.find((r) => r.key === kpi.id);
        if (!row)
          return { kpi, recorded: false, actual: { value: null, suppressed: false, display: '' }, progress: null };
        const value = row.values[0];
        // A rate keeps its one decimal; a count, hidden or not, is shown as the report shows it.
        const display =
          kpi.unit === KpiUnit.PERCENT && !value.suppressed
            ? String(value.value)
            : String(shownValue(value, MetricUnit.COUNT, suppressionThreshold) ?? '');
        return {
          kpi,
          recorded: true,
          actual: { value: value.value, suppressed: value.suppressed, display },
          progress:
            value.suppressed || value.value === null || kpi.target === 0
              ? null
              : Math.round((value.value / kpi.target) * 1000) / 10,
        };
      }),
    };
  }

  // Reading

  private async scopeOf(em: EntityManager, id: string): Promise<ReportScope | null> {
    const programme = await em.findOne(Programme, { id, tenant: this.tenantDb.tenantId });
    return programme ? toScope(programme) : null;
  }

  private async find(id: string): Promise<Programme> {
    const programme = await this.tenantDb.em.findOne(Programme, { id, tenant: this.tenantDb.tenantId });
    if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND', 'No such programme');
    return programme;
  }

  private async findContract(id: string): Promise<ProgrammeContract> {
    const contract = await this.tenantDb.em.findOne(ProgrammeContract, { id, tenant: this.tenantDb.tenantId });
    if (!contract) throw new NotFoundError('CONTRACT_NOT_FOUND', 'No such contract');
    return contract;
  }

  private async contract(id: string): Promise<ProgrammeContractModel> {
    const [model] = await this.contractModels([await this.findContract(id)]);
    return model;
  }

  /** Programmes with their channels, staff and contracts: one query each, whatever their number. */
  private async models(programmes: Programme[]): Promise<ProgrammeModel[]> {
    const em = this.tenantDb.em;
    const tenant = this.tenantDb.tenantId;
    const channelIds = [...new Set(programmes.flatMap((p) => p.channelIds))];
    const staffIds = [...new Set(programmes.flatMap((p) => p.staffUserIds))];
    const channels = channelIds.length ? await em.find(LineChannel, { id: { $in: channelIds }, tenant }) : [];
    const staff = staffIds.length ? await this.members(em, staffIds) : [];
    const contracts = programmes.length
      ? await em.find(
          ProgrammeContract,
          { programme: { $in: programmes.map((p) => p.id) }, tenant },
          { orderBy: { startsOn: 'desc', createdAt: 'desc' } },
        )
      : [];
    const contractModels = await this.contractModels(contracts);
    return programmes.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      description: p.description ?? null,
      startedOn: p.startedOn ?? null,
      archived: p.archived,
      channels: p.channelIds.flatMap((id) => {
        const channel = channels.find((c) => c.id === id);
        return channel ? [{ id, name: channel.name }] : [];
      }),
      staff: p.staffUserIds.flatMap((id) => staff.filter((s) => s.userId === id)),
      contracts: contractModels.filter((c) => c.programmeId === p.id),
    }));
  }

  private async contractModels(contracts: ProgrammeContract[]): Promise<ProgrammeContractModel[]> {
    const kpis = contracts.length
      ? await this.tenantDb.em.find(
          ContractKpi,
          { contractId: { $in: contracts.map((c) => c.id) }, tenant: this.tenantDb.tenantId },
          { orderBy: { sortOrder: 'asc' } },
        )
      : [];
    return contracts.map((c) => ({
      id: c.id,
      programmeId: c.programme.id,
      title: c.title,
      department: c.department,
      contractNumber: c.contractNumber ?? null,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      amountYen: c.amountYen ?? null,
      kpis: kpis.filter((k) => k.contractId === c.id).map(kpiModel),
    }));
  }

  /** Active members of the tenant among `userIds`, with their names. */
  private async members(em: EntityManager, userIds: string[]): Promise<{ userId: string; displayName: string }[]> {
    const rows = await em.execute<{ id: string; display_name: string }[]>(
      `select distinct u.id, u.display_name
         from membership m join app_user u on u.id = m.user_id
        where m.tenant_id = ? and m.status = 'active' and m.user_id in (?)`,
      [this.tenantDb.tenantId, userIds],
    );
    return rows.map((r) => ({ userId: r.id, displayName: r.display_name }));
  }

  // Checks

  private async checkNameFree(name: string, exceptId: string | null): Promise<void> {
    const same = await this.tenantDb.em.findOne(Programme, { tenant: this.tenantDb.tenantId, name });
    if (same && same.id !== exceptId) {
      throw new ConflictError('PROGRAMME_NAME_TAKEN', 'A programme of that name exists', [
        { field: 'name', messages: ['a programme of that name exists'] },
      ]);
    }
  }

  private async checkedChannels(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await this.tenantDb.em.find(LineChannel, { id: { $in: ids }, tenant: this.tenantDb.tenantId });
    if (found.length !== ids.length) {
      throw new BadUserInputError([{ field: 'channelIds', messages: ['every channel must be one of the tenant’s'] }]);
    }
    return ids;
  }

  private async checkedStaff(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await this.members(this.tenantDb.em, ids);
    if (found.length !== ids.length) {
      throw new BadUserInputError([
        { field: 'staffUserIds', messages: ['every staff member must be an active member of the tenant'] },
      ]);
    }
    return ids;
  }

  private replaceKpis(contract: ProgrammeContract, rows: ContractKpiInput[]): void {
    const em = this.tenantDb.em;
    rows.forEach((kpi, i) =>
      em.create(ContractKpi, {
        tenant: em.getReference(Tenant, this.tenantDb.tenantId),
        contractId: contract.id,
        kind: kpi.kind,
        label: kpi.label as string,
        target: kpi.target,
        minutes: kpi.minutes ?? null,
        sortOrder: i,
      }),
    );
  }
}

function toScope(programme: Programme): ReportScope {
  return { id: programme.id, name: programme.name, channelIds: programme.channelIds };
}

function kpiModel(kpi: ContractKpi): ContractKpiModel {
  return {
    id: kpi.id,
    kind: kpi.kind,
    label: kpi.label,
    target: kpi.target,
    unit: KPI_DEFINITIONS[kpi.kind].unit,
    minutes: kpi.minutes ?? null,
  };
}

/** A KPI's actual as a report row: a rate carries its observations (suppressed below k), a stock is rounded. */
function kpiRow(kpi: ContractKpiModel, actual: KpiActual): RawRow {
  return {
    key: kpi.id,
    labelJa: kpi.label,
    labelEn: kpi.label,
    values: [actual.value],
    ...(actual.basis !== undefined ? { basis: [actual.basis] } : {}),
    ...(KPI_DEFINITIONS[kpi.kind].stock ? { roundTo: 10 } : {}),
  };
}

/** The contract's fields as stored: required ones checked, the period in order. */
function contractFields(
  input: CreateProgrammeContractInput | UpdateProgrammeContractInput,
  current: ProgrammeContract | null,
): Pick<ProgrammeContract, 'title' | 'department' | 'contractNumber' | 'startsOn' | 'endsOn' | 'amountYen'> {
  const keep = <T>(value: T | null | undefined, before: T | undefined): T | null | undefined =>
    value === undefined ? before : value;
  const errors: FieldError[] = [];
  const required = (field: string, value: string | null | undefined, max: number): string => {
    try {
      return requiredText(value, field, max);
    } catch (error) {
      if (error instanceof BadUserInputError) errors.push(...error.fieldErrors);
      return '';
    }
  };
  const fields = {
    title: required('title', keep(input.title, current?.title), 200),
    department: required('department', keep(input.department, current?.department), 200),
    contractNumber: optionalText(keep(input.contractNumber, current?.contractNumber ?? undefined)),
    startsOn: required('startsOn', keep(input.startsOn, current?.startsOn), 10),
    endsOn: required('endsOn', keep(input.endsOn, current?.endsOn), 10),
    amountYen: keep(input.amountYen, current?.amountYen ?? undefined) ?? null,
  };
  if (fields.startsOn && fields.endsOn && fields.endsOn < fields.startsOn) {
    errors.push({ field: 'endsOn', messages: ['endsOn must be on or after startsOn'] });
  }
  if (errors.length > 0) throw new BadUserInputError(errors);
  return fields;
}

/** The KPIs as stored: N minutes exactly where the kind needs it, a rate's target a percentage, a label. */
function kpiRows(kpis: ContractKpiInput[]): ContractKpiInput[] {
  const errors: FieldError[] = [];
  const rows = kpis.map((kpi, i) => {
    const definition = KPI_DEFINITIONS[kpi.kind];
    if (definition.needsMinutes && !kpi.minutes) {
      errors.push({ field: `kpis.${i}.minutes`, messages: ['minutes is required for this KPI'] });
    }
    if (!definition.needsMinutes && kpi.minutes) {
      errors.push({ field: `kpis.${i}.minutes`, messages: ['minutes applies only to answered within N minutes'] });
    }
    if (definition.unit === KpiUnit.PERCENT && kpi.target > 100) {
      errors.push({ field: `kpis.${i}.target`, messages: ['a rate’s target is a percentage (0–100)'] });
    }
    const label =
      optionalText(kpi.label) ?? (definition.needsMinutes ? `${kpi.minutes}分以内に応答した割合` : definition.labelJa);
    if ([...label].length > NAME_MAX) errors.push({ field: `kpis.${i}.label`, messages: ['label is too long'] });
    return { ...kpi, label, minutes: definition.needsMinutes ? kpi.minutes : null };
  });
  if (errors.length > 0) throw new BadUserInputError(errors);
  return rows;
}

/** Text as stored: NFC and trimmed, 1 to `max` characters. */
function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').normalize('NFC').trim();
  const length = [...text].length;
  if (length < 1 || length > max) {
    throw new BadUserInputError([{ field, messages: [`${field} must be 1 to ${max} characters`] }]);
  }
  return text;
}

function optionalText(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').trim();
  return text ? text : null;
}

function changedFields(input: object): string {
  return Object.keys(input)
    .filter((key) => key !== 'id' && (input as Record<string, unknown>)[key] !== undefined)
    .join(',');
}
