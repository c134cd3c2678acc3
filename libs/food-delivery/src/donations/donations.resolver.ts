import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  AllocateDonationsInput,
  CreateDonorInput,
  DonationRoundModel,
  DonationItemConnection,
  DonationItemModel,
  DonationItemsArgs,
  DonorConnection,
  DonorDetailModel,
  DonorModel,
  DonorsArgs,
  DonorThanksModel,
  ReceiveDonationInput,
  RecordDonorThanksInput,
  RoundDonationsModel,
  UpdateDonorInput,
} from './donations.models';
import { DonationsService } from './donations.service';

/** Donations (寄付) to the food delivery: donors, received items, stock, thank-yous. */
@Resolver()
export class DonationsResolver {
  constructor(private readonly service: DonationsService) {}

  @RequirePermission(Permission.ManageDonations)
  @Query(() => DonorConnection, { description: 'Newest first; `needsThanks` keeps those not yet thanked' })
  donors(@Args() args: DonorsArgs): Promise<DonorConnection> {
    return this.service.donors(args);
  }

  @RequirePermission(Permission.ManageDonations)
  @Query(() => DonorDetailModel)
  donor(@Args('id', { type: () => ID }) id: string): Promise<DonorDetailModel> {
    return this.service.donor(id);
  }

  @RequirePermission(Permission.ManageDonations)
  @Query(() => DonationItemConnection, {
    description: "A food-delivery programme's donated items, newest received first",
  })
  donationItems(@Args() args: DonationItemsArgs): Promise<DonationItemConnection> {
    return this.service.items(args);
  }

  @RequirePermission(Permission.ManageDonations)
  @Mutation(() => DonorModel, { description: 'Audited' })
  createDonor(@Args('input') input: CreateDonorInput): Promise<DonorModel> {
    return this.service.createDonor(input);
  }

  @RequirePermission(Permission.ManageDonations)
  @Mutation(() => DonorModel, { description: 'Left-out fields are unchanged; null clears contact and note; audited' })
  updateDonor(@Args('input') input: UpdateDonorInput): Promise<DonorModel> {
    return this.service.updateDonor(input);
  }

  @RequirePermission(Permission.ManageDonations)
  @Mutation(() => [DonationItemModel], { description: 'All the items or none; audited' })
  receiveDonation(@Args('input') input: ReceiveDonationInput): Promise<DonationItemModel[]> {
    return this.service.receive(input);
  }

  @RequirePermission(Permission.ManageDonations)
  @Mutation(() => DonorThanksModel, { description: 'Audited' })
  recordDonorThanks(@Args('input') input: RecordDonorThanksInput): Promise<DonorThanksModel> {
    return this.service.recordThanks(input);
  }

  @RequirePermission(Permission.ManageDonations)
  @Query(() => [DonationItemModel], {
    description:
      "What remains of a food-delivery programme's items, soonest best-before first; past-date items flagged",
  })
  donationStock(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<DonationItemModel[]> {
    return this.service.stock(programmeId);
  }

  @RequirePermission(Permission.ManageDonations)
  @Query(() => [DonationRoundModel], { description: "A food-delivery programme's rounds, latest first" })
  donationRounds(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<DonationRoundModel[]> {
    return this.service.rounds(programmeId);
  }

  @RequirePermission(Permission.ManageDonations)
  @Query(() => RoundDonationsModel, { description: "A round's share of the donated stock" })
  roundDonations(@Args('roundId', { type: () => ID }) roundId: string): Promise<RoundDonationsModel> {
    return this.service.roundDonations(roundId);
  }

  @RequirePermission(Permission.ManageDonations)
  @Mutation(() => RoundDonationsModel, {
    description: 'Sets items’ quantities in a round; more than remains is CONFLICT (DONATION_OVER_ALLOCATED); audited',
  })
  allocateDonations(@Args('input') input: AllocateDonationsInput): Promise<RoundDonationsModel> {
    return this.service.allocate(input);
  }
}
