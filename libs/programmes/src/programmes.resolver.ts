import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  ContractKpiReportModel,
  CreateProgrammeContractInput,
  CreateProgrammeInput,
  ProgrammeContractModel,
  ProgrammeModel,
  UpdateProgrammeContractInput,
  UpdateProgrammeInput,
} from './programmes.models';
import { ProgrammesService } from './programmes.service';

/** Programmes (事業) the city commissions, their contracts (委託) and the contracts' KPIs. */
@Resolver()
export class ProgrammesResolver {
  constructor(private readonly service: ProgrammesService) {}

  @RequirePermission(Permission.ReadProgrammes)
  @Query(() => [ProgrammeModel], { description: "The tenant's programmes with their channels, staff and contracts" })
  programmes(): Promise<ProgrammeModel[]> {
    return this.service.list();
  }

  @RequirePermission(Permission.ReadProgrammes)
  @Query(() => ProgrammeModel)
  programme(@Args('id', { type: () => ID }) id: string): Promise<ProgrammeModel> {
    return this.service.programme(id);
  }

  @RequirePermission(Permission.ManageProgrammes)
  @Mutation(() => ProgrammeModel, { description: 'Audited' })
  createProgramme(@Args('input') input: CreateProgrammeInput): Promise<ProgrammeModel> {
    return this.service.create(input);
  }

  @RequirePermission(Permission.ManageProgrammes)
  @Mutation(() => ProgrammeModel, { description: 'Left-out fields are unchanged; audited' })
  updateProgramme(@Args('input') input: UpdateProgrammeInput): Promise<ProgrammeModel> {
    return this.service.update(input);
  }

  @RequirePermission(Permission.ManageProgrammes)
  @Mutation(() => ProgrammeContractModel, { description: 'Audited' })
  createProgrammeContract(@Args('input') input: CreateProgrammeContractInput): Promise<ProgrammeContractModel> {
    return this.service.createContract(input);
  }

  @RequirePermission(Permission.ManageProgrammes)
  @Mutation(() => ProgrammeContractModel, {
    description: 'Left-out fields are unchanged; `kpis` replaces them all; audited',
  })
  updateProgrammeContract(@Args('input') input: UpdateProgrammeContractInput): Promise<ProgrammeContractModel> {
    return this.service.updateContract(input);
  }

  @RequirePermission(Permission.ReadReports)
  @Query(() => ContractKpiReportModel, {
    description:
      "A contract's KPIs, target against actual over its period on the programme's channels; small counts suppressed; audited",
  })
  contractKpis(@Args('contractId', { type: () => ID }) contractId: string): Promise<ContractKpiReportModel> {
    return this.service.kpiReport(contractId);
  }
}
