import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType('ConversationCategory', { description: 'A tenant-defined category of conversations (子育て, DV, ...)' })
export class ConversationCategoryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Lists are ordered by sortOrder, then by name' })
  sortOrder!: number;
}

@InputType()
export class CreateConversationCategoryInput {
  @Field({ description: '1 to 50 characters, unique in the tenant (ＤＶ and dv count as DV)' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name!: string;
}

@InputType()
export class UpdateConversationCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number;
}

@InputType()
export class DeleteConversationCategoryInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class CategorizeConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => [ID], { description: "Replaces the conversation's categories; an empty list clears them" })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  categoryIds!: string[];
}

@ObjectType('CannedResponse', { description: 'A reply counsellors reuse' })
export class CannedResponseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'As written, with its placeholders ({{name}})' })
  body!: string;

  @Field({
    description:
      "The body ready to send: {{name}} is the registrant's display name (or ご相談者 when unknown) when the list was asked for a conversation; otherwise the body",
  })
  text!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ArgsType()
export class CannedResponsesArgs {
  @Field(() => ID, { nullable: true, description: 'Fill the placeholders for this conversation' })
  @IsOptional()
  @IsUUID()
  conversationId?: string | null;
}

@InputType()
export class CreateCannedResponseInput {
  @Field({ description: '1 to 100 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title!: string;

  @Field({ description: '1 to 5,000 characters; the only placeholder is {{name}}' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body!: string;
}

@InputType()
export class UpdateCannedResponseInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body?: string;
}

@InputType()
export class DeleteCannedResponseInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
