import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DownloadLinkModel, type DownloadLink } from '@tsunagu/platform/downloads';
import type { Connection } from '@tsunagu/platform/graphql';
import { OwnTransactions, Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  AddSecondmentAssignmentInput,
  AddSecondmentCheckInInput,
  CreateSecondmentInput,
  EndSecondmentEarlyInput,
  ExportSecondmentRosterInput,
  RosterCityModel,
  SecondmentConnection,
  SecondmentHostDepartmentModel,
  SecondmentModel,
  SecondmentsArgs,
  UpdateSecondmentInput,
} from './secondments.models';
import { SecondmentsService } from './secondments.service';

/** The secondment roster; the service holds the rules and decides what each reader sees. */
@Resolver()
export class SecondmentsResolver {
  constructor(private readonly service: SecondmentsService) {}

  @RequirePermission(Permission.ReadSecondments)
  @Query(() => SecondmentConnection, {
    description:
      "Latest start first. NPO admins: every city's; a tenant admin: their city's people, without check-in notes; anyone else: their own",
  })
  secondments(@Args() args: SecondmentsArgs): Promise<Connection<SecondmentModel>> {
    return this.service.list(args.filter ?? {}, args.first, args.after);
  }

  @RequirePermission(Permission.ReadSecondments)
  @Query(() => [SecondmentHostDepartmentModel], {
    description: 'Who is seconded now (ACTIVE or EXTENDED), by host department; each reader sees as in secondments',
  })
  currentSecondmentRoster(): Promise<SecondmentHostDepartmentModel[]> {
    return this.service.currentRoster();
  }

  @RequirePermission(Permission.ReadSecondments)
  @Query(() => SecondmentModel)
  secondment(@Args('id', { type: () => ID }) id: string): Promise<SecondmentModel> {
    return this.service.get(id);
  }

  @RequirePermission(Permission.ManageSecondments)
  @Query(() => [RosterCityModel], {
    description:
      'NPO admins: every active city, in the order of local government codes, with when its roster was last reviewed and by whom',
  })
  secondmentCities(): Promise<RosterCityModel[]> {
    return this.service.cities();
  }

  @RequirePermission(Permission.ManageSecondments)
  @Mutation(() => SecondmentModel, {
    description: 'NPO admins: a secondment, by default for the current fiscal year, owned by the home city; audited',
  })
  createSecondment(@Args('input') input: CreateSecondmentInput): Promise<SecondmentModel> {
    return this.service.create(input);
  }

  @RequirePermission(Permission.ManageSecondments)
  @Mutation(() => SecondmentModel, { description: 'NPO admins; audited' })
  updateSecondment(@Args('input') input: UpdateSecondmentInput): Promise<SecondmentModel> {
    return this.service.update(input);
  }

  @RequirePermission(Permission.ManageSecondments)
  @Mutation(() => SecondmentModel, { description: 'NPO admins: ENDED_EARLY with its last day and reason; audited' })
  endSecondmentEarly(@Args('input') input: EndSecondmentEarlyInput): Promise<SecondmentModel> {
    return this.service.endEarly(input);
  }

  @RequirePermission(Permission.ManageSecondments)
  @Mutation(() => SecondmentModel, { description: 'NPO admins: work for a city within the secondment; audited' })
  addSecondmentAssignment(@Args('input') input: AddSecondmentAssignmentInput): Promise<SecondmentModel> {
    return this.service.addAssignment(input);
  }

  // A home city's reader sees the result in its own tenant transaction.
  @RequirePermission(Permission.WriteSecondmentCheckIns)
  @OwnTransactions()
  @Mutation(() => SecondmentModel, {
    description: "NPO admins and the secondment's mentor: an interview note; audited",
  })
  addSecondmentCheckIn(@Args('input') input: AddSecondmentCheckInInput): Promise<SecondmentModel> {
    return this.service.addCheckIn(input);
  }

  // A home city's export is written in its own tenant transaction.
  @RequirePermission(Permission.ExportSecondmentRoster)
  @OwnTransactions()
  @Mutation(() => DownloadLinkModel, {
    description:
      "The fiscal year's roster as CSV (UTF-8 with BOM, Japanese headers), without check-in notes. NPO admins: every city's; a tenant admin: their city's. Audited",
  })
  exportSecondmentRoster(@Args('input') input: ExportSecondmentRosterInput): Promise<DownloadLink> {
    return this.service.exportRoster(input.fiscalYear);
  }

  @RequirePermission(Permission.ReviewRoster)
  @Mutation(() => Boolean, { description: "A tenant admin has reviewed their city's roster (onboarding)" })
  markRosterReviewed(): Promise<boolean> {
    return this.service.markReviewed();
  }
}
