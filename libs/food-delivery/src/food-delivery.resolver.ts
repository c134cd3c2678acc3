import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PublicFormThrottleGuard } from '@tsunagu/platform/auth';
import { Permission, Public, RequirePermission } from '@tsunagu/platform/permissions';
import { FoodApplicationsService } from './applications.service';
import { HouseholdStatus } from './food-delivery.entities';
import {
  ChangeFoodRoundStatusInput,
  CreateFoodRoundInput,
  DecideFoodHouseholdInput,
  EnrolFoodHouseholdInput,
  FoodApplicationFormModel,
  FoodApplicationReceiptModel,
  FoodDeliverySummaryModel,
  FoodHouseholdAddressModel,
  FoodHouseholdConnection,
  FoodHouseholdModel,
  FoodRoundModel,
  SubmitFoodApplicationInput,
  UpdateFoodHouseholdInput,
  UpdateFoodRoundInput,
} from './food-delivery.models';
import { FoodDeliveryService } from './food-delivery.service';

/** Food delivery (こども宅食): households, their applications, rounds. */
@Resolver()
export class FoodDeliveryResolver {
  constructor(
    private readonly service: FoodDeliveryService,
    private readonly applications: FoodApplicationsService,
  ) {}

  @RequirePermission(Permission.ReadFoodHouseholds)
  @Query(() => FoodHouseholdConnection, {
    description:
      "A food-delivery programme's households in order of application (the waitlist's order); counsellors see only those of LINE families",
  })
  foodHouseholds(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('statuses', { type: () => [HouseholdStatus], nullable: true }) statuses?: HouseholdStatus[] | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'At most 100' }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<FoodHouseholdConnection> {
    return this.service.households(programmeId, statuses ?? null, first, after ?? null);
  }

  @RequirePermission(Permission.ReadFoodHouseholds)
  @Query(() => FoodHouseholdModel)
  foodHousehold(@Args('id', { type: () => ID }) id: string): Promise<FoodHouseholdModel> {
    return this.service.household(id);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Query(() => FoodHouseholdAddressModel, { description: "A household's address, decrypted; audited" })
  foodHouseholdAddress(
    @Args('householdId', { type: () => ID }) householdId: string,
  ): Promise<FoodHouseholdAddressModel> {
    return this.service.address(householdId);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodHouseholdModel, { description: 'Staff enrol a household (APPLIED, no LINE family); audited' })
  enrolFoodHousehold(@Args('input') input: EnrolFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.service.enrol(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodHouseholdModel, {
    description:
      "Staff correct a household's details (left-out fields unchanged; a new address is sealed); refused once WITHDRAWN; audited without the values",
  })
  updateFoodHousehold(@Args('input') input: UpdateFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.service.update(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodHouseholdModel, { description: 'APPLIED → ELIGIBLE; the family is told; audited' })
  markFoodHouseholdEligible(@Args('input') input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.service.markEligible(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodHouseholdModel, {
    description: 'APPLIED or ELIGIBLE → INELIGIBLE, with a reason (not sent to the family); audited',
  })
  markFoodHouseholdIneligible(@Args('input') input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.service.markIneligible(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodHouseholdModel, {
    description:
      'ELIGIBLE → ENROLLED with a place in the next round, or WAITLISTED when it is full; the family is told; audited',
  })
  approveFoodHousehold(@Args('input') input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.service.approve(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodHouseholdModel, {
    description: 'Any open household → WITHDRAWN; its places in planned rounds go to the waitlist; audited',
  })
  withdrawFoodHousehold(@Args('input') input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.service.withdraw(input);
  }

  @RequirePermission(Permission.ReadFoodHouseholds)
  @Query(() => [FoodRoundModel], { description: "A food-delivery programme's rounds, earliest first" })
  foodRounds(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<FoodRoundModel[]> {
    return this.service.rounds(programmeId);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodRoundModel, {
    description: 'A new round takes in the enrolled households, then the waitlist, up to its capacity; audited',
  })
  createFoodRound(@Args('input') input: CreateFoodRoundInput): Promise<FoodRoundModel> {
    return this.service.createRound(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodRoundModel, { description: 'Left-out fields are unchanged; audited' })
  updateFoodRound(@Args('input') input: UpdateFoodRoundInput): Promise<FoodRoundModel> {
    return this.service.updateRound(input);
  }

  @RequirePermission(Permission.ManageFoodDelivery)
  @Mutation(() => FoodRoundModel, {
    description:
      'PLANNED → PACKING → DELIVERING → COMPLETED (every household with an outcome), PACKING → PLANNED, PLANNED or PACKING → CANCELLED (its places released, the next planned round filled); audited',
  })
  changeFoodRoundStatus(@Args('input') input: ChangeFoodRoundStatusInput): Promise<FoodRoundModel> {
    return this.service.changeRoundStatus(input);
  }

  @RequirePermission(Permission.ReadFoodDeliveryFigures)
  @Query(() => FoodDeliverySummaryModel, {
    description: 'Households by status and places per round, small counts hidden: no household named',
  })
  foodDeliverySummary(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<FoodDeliverySummaryModel> {
    return this.service.summary(programmeId);
  }

  @Public()
  @UseGuards(PublicFormThrottleGuard)
  @Query(() => FoodApplicationFormModel, {
    description:
      'The application page of a link sent on LINE (no sign-in): refused when the link is unknown, expired or used',
  })
  foodApplicationForm(
    @Args('tenantSlug') tenantSlug: string,
    @Args('token') token: string,
  ): Promise<FoodApplicationFormModel> {
    return this.applications.form(tenantSlug, token);
  }

  @Public()
  @UseGuards(PublicFormThrottleGuard)
  @Mutation(() => FoodApplicationReceiptModel, {
    description:
      "Sends the application page (no sign-in): spends the link's one-time token; nothing is written when refused",
  })
  submitFoodApplication(@Args('input') input: SubmitFoodApplicationInput): Promise<FoodApplicationReceiptModel> {
    return this.applications.submit(input);
  }
}
