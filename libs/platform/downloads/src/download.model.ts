import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DownloadLink', {
  description: 'A file to fetch with GET on `url`, with your bearer token, before `expiresAt`',
})
export class DownloadLinkModel {
  @Field()
  url!: string;

  @Field()
  expiresAt!: Date;
}
