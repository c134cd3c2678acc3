import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { ChannelsService } from './channels.service';
import { CreateLineChannelInput, UpdateLineChannelInput } from './dto/channel.inputs';
import { LineChannelModel } from './line-channel.model';

@Resolver(() => LineChannelModel)
export class ChannelsResolver {
  constructor(private readonly channels: ChannelsService) {}

  @RequirePermission(Permission.ManageChannels)
  @Query(() => [LineChannelModel], { description: "This tenant's LINE channels" })
  lineChannels(): Promise<LineChannelModel[]> {
    return this.channels.list();
  }

  @RequirePermission(Permission.ManageChannels)
  @Mutation(() => LineChannelModel, { description: 'Connect a LINE Official Account to this tenant' })
  createLineChannel(@Args('input') input: CreateLineChannelInput): Promise<LineChannelModel> {
    return this.channels.create(input);
  }

  @RequirePermission(Permission.ManageChannels)
  @Mutation(() => LineChannelModel, { description: 'Change a LINE channel; secrets may be replaced, never read' })
  updateLineChannel(@Args('input') input: UpdateLineChannelInput): Promise<LineChannelModel> {
    return this.channels.update(input);
  }
}
