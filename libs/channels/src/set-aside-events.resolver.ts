import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '@tsunagu/platform/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  SetAsideWebhookEvent,
  SetAsideWebhookEventConnection,
  SetAsideWebhookEventsArgs,
} from './set-aside-event.model';
import { SetAsideWebhookEvents } from './set-aside-events.service';

@Resolver(() => SetAsideWebhookEvent)
export class SetAsideWebhookEventsResolver {
  constructor(private readonly events: SetAsideWebhookEvents) {}

  @RequirePermission(Permission.ReadSetAsideWebhookEvents)
  @Query(() => SetAsideWebhookEventConnection, {
    description:
      'Platform admins: LINE webhook events that can never be processed, newest first, with why (never their content)',
  })
  setAsideWebhookEvents(@Args() args: SetAsideWebhookEventsArgs): Promise<Connection<SetAsideWebhookEvent>> {
    return this.events.list(args.first, args.after);
  }
}
