import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChannelStatus } from './line-channel.entity';
import { BusinessHoursInput } from './dto/channel.inputs';

@ObjectType('LineChannel', { description: 'A LINE Official Account of the tenant; its secrets are write-only' })
export class LineChannelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  lineChannelId!: string;

  @Field({ description: 'The last four characters of the channel secret' })
  channelSecretLast4!: string;

  @Field({ description: 'The last four characters of the channel access token' })
  channelAccessTokenLast4!: string;

  @Field(() => String, { nullable: true })
  welcomeMessage!: string | null;

  @Field(() => BusinessHoursInput, { nullable: true })
  businessHours!: BusinessHoursInput | null;

  @Field(() => String, { nullable: true })
  outOfHoursReply!: string | null;

  @Field(() => ChannelStatus)
  status!: ChannelStatus;

  @Field({ description: 'The webhook URL to enter in the LINE Developers console' })
  webhookUrl!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
