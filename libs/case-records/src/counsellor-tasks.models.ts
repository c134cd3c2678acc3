import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CounsellorTaskKind, CounsellorTaskStatus, CounsellorTaskUrgency } from './counsellor-task.entity';

registerEnumType(CounsellorTaskKind, {
  name: 'CounsellorTaskKind',
  description: 'DELIVERY_OBSERVATION: a worrying look at the door during a food delivery',
});
registerEnumType(CounsellorTaskUrgency, {
  name: 'CounsellorTaskUrgency',
  description: 'CONCERN: 気になる; URGENT: 緊急',
});
registerEnumType(CounsellorTaskStatus, { name: 'CounsellorTaskStatus' });

@ObjectType('CounsellorTaskPerson')
export class CounsellorTaskPersonModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;
}

@ObjectType('CounsellorTask', { description: 'Something a counsellor should follow up about a family' })
export class CounsellorTaskModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CounsellorTaskKind)
  kind!: CounsellorTaskKind;

  @Field(() => CounsellorTaskUrgency)
  urgency!: CounsellorTaskUrgency;

  @Field()
  title!: string;

  @Field({ description: "The family as staff call it (a food household's name)" })
  familyLabel!: string;

  @Field(() => String, { nullable: true, description: 'What the deliverer wrote' })
  detail!: string | null;

  @Field(() => ID, { nullable: true, description: "The family's LINE registration, when it has one" })
  registrantId!: string | null;

  @Field(() => ID, { nullable: true, description: "The family's case record, when one exists" })
  caseRecordId!: string | null;

  @Field(() => ID, { nullable: true, description: "The family's conversation, to open it in the inbox" })
  conversationId!: string | null;

  @Field({ description: 'What raised it: `food_round_household`' })
  sourceType!: string;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => CounsellorTaskPersonModel, { nullable: true, description: 'Null: any counsellor may take it' })
  assignee!: CounsellorTaskPersonModel | null;

  @Field(() => CounsellorTaskStatus)
  status!: CounsellorTaskStatus;

  @Field()
  createdAt!: Date;

  @Field(() => CounsellorTaskPersonModel, { nullable: true, description: 'Who recorded what raised it' })
  createdBy!: CounsellorTaskPersonModel | null;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => CounsellorTaskPersonModel, { nullable: true })
  doneBy!: CounsellorTaskPersonModel | null;

  @Field(() => String, { nullable: true })
  doneNote!: string | null;
}

@ObjectType('CounsellorTaskList')
export class CounsellorTaskListModel {
  @Field(() => [CounsellorTaskModel], {
    description: 'Urgent first, then oldest first (open); most recently done first (done)',
  })
  tasks!: CounsellorTaskModel[];

  @Field(() => Int, { description: 'Open tasks assigned to the signed-in counsellor' })
  openMine!: number;

  @Field(() => Int, { description: 'Open tasks assigned to nobody' })
  openUnassigned!: number;
}

@InputType()
export class CounsellorTaskIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class CompleteCounsellorTaskInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'What was done, in a word' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
