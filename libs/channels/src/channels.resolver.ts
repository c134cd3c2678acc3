import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OwnTransactions, Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { ChannelsService } from './channels.service';
import { CheckLineChannelConnectionInput, CreateLineChannelInput, UpdateLineChannelInput } from './dto/channel.inputs';
import { LineChannelModel, LineConnectionCheckModel } from './line-channel.model';

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

  // LINE is called outside any database transaction: the service opens its own, short ones.
  @RequirePermission(Permission.ManageChannels)
  @OwnTransactions()
  @Mutation(() => LineConnectionCheckModel, {
    description: "Check the channel's access token with LINE (GET /v2/bot/info): ok with the bot's name, or why not",
  })
  checkLineChannelConnection(@Args('input') input: CheckLineChannelConnectionInput): Promise<LineConnectionCheckModel> {
    return this.channels.checkConnection(input.id);
  }
}
