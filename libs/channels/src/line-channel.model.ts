import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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

export enum LineConnectionProblem {
  /** LINE does not know the access token: mistyped, reissued or revoked. */
  UNAUTHORIZED_TOKEN = 'unauthorized_token',
  /** The token is known but may not read the bot's information. */
  FORBIDDEN = 'forbidden',
  /** LINE (or the configured base URL) did not answer in time. */
  UNREACHABLE = 'unreachable',
  /** LINE answered with another error (busy, failing). */
  LINE_ERROR = 'line_error',
}
registerEnumType(LineConnectionProblem, { name: 'LineConnectionProblem' });

@ObjectType('LineConnectionCheck', {
  description: "Whether the channel's access token works, by asking LINE for the bot's information",
})
export class LineConnectionCheckModel {
  @Field({ description: 'The token works: LINE answered with the bot' })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: "The bot's display name, when ok" })
  botDisplayName!: string | null;

  @Field(() => String, { nullable: true, description: "The bot's basic ID (@...), when ok" })
  botBasicId!: string | null;

  @Field(() => LineConnectionProblem, { nullable: true, description: 'Why not, when not ok' })
  problem!: LineConnectionProblem | null;

  @Field(() => String, { nullable: true, description: "LINE's HTTP status or the network error, when not ok" })
  detail!: string | null;

  @Field()
  checkedAt!: Date;
}
