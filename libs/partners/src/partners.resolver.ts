import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import type { Connection } from '@tsunagu/platform/graphql';
import {
  CreatePartnerContactInput,
  CreatePartnerLocationInput,
  CreatePartnerOrganizationInput,
  CreatePartnerServiceInput,
  CreateServiceCategoryInput,
  DeleteServiceCategoryInput,
  ImportPartnerDirectoryHsdsInput,
  PartnerOrganizationsArgs,
  UpdatePartnerContactInput,
  UpdatePartnerLocationInput,
  UpdatePartnerOrganizationInput,
  UpdatePartnerServiceInput,
  UpdateServiceCategoryInput,
} from './dto/partner.inputs';
import { HsdsService } from './hsds.service';
import type { HsdsObject } from './hsds';
import { JsonScalar } from '@tsunagu/platform/graphql';
import {
  HsdsImportResultModel,
  PartnerContactModel,
  PartnerLocationModel,
  PartnerOrganizationConnection,
  PartnerOrganizationModel,
  PartnerServiceModel,
  ServiceCategoryModel,
} from './partner.models';
import { PartnersService } from './partners.service';
import { ServiceCategoriesService } from './service-categories.service';

@Resolver(() => PartnerOrganizationModel)
export class PartnersResolver {
  constructor(
    private readonly partners: PartnersService,
    private readonly categories: ServiceCategoriesService,
    private readonly hsds: HsdsService,
  ) {}

  @RequirePermission(Permission.ReadPartnerDirectory)
  @Query(() => PartnerOrganizationConnection, { description: 'The partner directory, by name' })
  partnerOrganizations(@Args() args: PartnerOrganizationsArgs): Promise<Connection<PartnerOrganizationModel>> {
    return this.partners.organizations(args.filter, args.first, args.after);
  }

  @RequirePermission(Permission.ReadPartnerDirectory)
  @Query(() => [String], {
    description:
      "The areas (wards, cities) the tenant's partner services cover, each once, sorted: for the `area` filter",
  })
  partnerAreas(): Promise<string[]> {
    return this.partners.areas();
  }

  @RequirePermission(Permission.ReadPartnerDirectory)
  @Query(() => PartnerOrganizationModel)
  partnerOrganization(@Args('id', { type: () => ID }) id: string): Promise<PartnerOrganizationModel> {
    return this.partners.organization(id);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerOrganizationModel)
  createPartnerOrganization(@Args('input') input: CreatePartnerOrganizationInput): Promise<PartnerOrganizationModel> {
    return this.partners.createOrganization(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerOrganizationModel)
  updatePartnerOrganization(@Args('input') input: UpdatePartnerOrganizationInput): Promise<PartnerOrganizationModel> {
    return this.partners.updateOrganization(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerServiceModel)
  createPartnerService(@Args('input') input: CreatePartnerServiceInput): Promise<PartnerServiceModel> {
    return this.partners.createService(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerServiceModel)
  updatePartnerService(@Args('input') input: UpdatePartnerServiceInput): Promise<PartnerServiceModel> {
    return this.partners.updateService(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerLocationModel)
  createPartnerLocation(@Args('input') input: CreatePartnerLocationInput): Promise<PartnerLocationModel> {
    return this.partners.createLocation(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerLocationModel)
  updatePartnerLocation(@Args('input') input: UpdatePartnerLocationInput): Promise<PartnerLocationModel> {
    return this.partners.updateLocation(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerContactModel)
  createPartnerContact(@Args('input') input: CreatePartnerContactInput): Promise<PartnerContactModel> {
    return this.partners.createContact(input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => PartnerContactModel)
  updatePartnerContact(@Args('input') input: UpdatePartnerContactInput): Promise<PartnerContactModel> {
    return this.partners.updateContact(input);
  }

  @RequirePermission(Permission.ReadPartnerDirectory)
  @Query(() => [ServiceCategoryModel], { description: "The tenant's service categories, by sortOrder then name" })
  serviceCategories(): Promise<ServiceCategoryModel[]> {
    return this.categories.list();
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => ServiceCategoryModel)
  createServiceCategory(@Args('input') input: CreateServiceCategoryInput): Promise<ServiceCategoryModel> {
    return this.categories.create(input.name);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => ServiceCategoryModel)
  updateServiceCategory(@Args('input') input: UpdateServiceCategoryInput): Promise<ServiceCategoryModel> {
    return this.categories.update(input.id, input);
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => Boolean, { description: 'Deletes the category and takes it off every service' })
  async deleteServiceCategory(@Args('input') input: DeleteServiceCategoryInput): Promise<boolean> {
    await this.categories.delete(input.id);
    return true;
  }

  @RequirePermission(Permission.ReadPartnerDirectory)
  @Query(() => JsonScalar, {
    description: 'The whole directory as an array of Open Referral HSDS 3.0 organisations with their services',
  })
  partnerDirectoryHsds(): Promise<HsdsObject[]> {
    return this.hsds.export();
  }

  @RequirePermission(Permission.ManagePartnerDirectory)
  @Mutation(() => HsdsImportResultModel, {
    description:
      'Imports HSDS 3.0 organisations: each all or nothing; one whose HSDS id exists in the tenant is updated',
  })
  importPartnerDirectoryHsds(@Args('input') input: ImportPartnerDirectoryHsdsInput): Promise<HsdsImportResultModel> {
    return this.hsds.import(input.organizations);
  }
}
