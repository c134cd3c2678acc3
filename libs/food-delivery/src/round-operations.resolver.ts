import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  AssignFoodDeliveriesInput,
  ExportFoodCourierCsvInput,
  FoodCourierExportModel,
  FoodRoundOperationsModel,
  RecordFoodDeliveryInput,
  RoundDeliveryModel,
} from './round-operations.models';
import { RoundOperationsService } from './round-operations.service';

/** A food-delivery round's operations: packing, assignment, outcomes and observations, the courier file. */
@Resolver()
export class RoundOperationsResolver {
  constructor(private readonly service: RoundOperationsService) {}

  @RequirePermission(Permission.RunFoodRounds)
  @Query(() => FoodRoundOperationsModel, {
    description: "A round's packing list, deliveries, areas and who may deliver (no addresses)",
  })
  foodRoundOperations(@Args('roundId', { type: () => ID }) roundId: string): Promise<FoodRoundOperationsModel> {
    return this.service.operations(roundId);
  }

  @RequirePermission(Permission.RunFoodRounds)
  @Mutation(() => FoodRoundOperationsModel, {
    description: "Assigns households (listed, or an area's) to the courier or to a member's hand delivery; audited",
  })
  assignFoodDeliveries(@Args('input') input: AssignFoodDeliveriesInput): Promise<FoodRoundOperationsModel> {
    return this.service.assign(input);
  }

  @RequirePermission(Permission.RunFoodRounds)
  @Mutation(() => RoundDeliveryModel, {
    description:
      "A household's outcome, and for a hand delivery the observation at the door (CONCERN or URGENT opens a counsellor task); audited",
  })
  recordFoodDelivery(@Args('input') input: RecordFoodDeliveryInput): Promise<RoundDeliveryModel> {
    return this.service.record(input);
  }

  @RequirePermission(Permission.RunFoodRounds)
  @Mutation(() => FoodCourierExportModel, {
    description:
      "The round's courier households as a ヤマト B2クラウド import file (Shift_JIS CSV) with their addresses; audited",
  })
  exportFoodCourierCsv(@Args('input') input: ExportFoodCourierCsvInput): Promise<FoodCourierExportModel> {
    return this.service.exportCourierCsv(input);
  }
}
