import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { CounsellorTaskStatus } from './counsellor-task.entity';
import {
  CompleteCounsellorTaskInput,
  CounsellorTaskIdInput,
  CounsellorTaskListModel,
  CounsellorTaskModel,
} from './counsellor-tasks.models';
import { CounsellorTasksService } from './counsellor-tasks.service';

/** Counsellors' tasks about families (raised by a delivery's worrying observation). */
@Resolver()
export class CounsellorTasksResolver {
  constructor(private readonly service: CounsellorTasksService) {}

  @RequirePermission(Permission.ManageCounsellorTasks)
  @Query(() => CounsellorTaskListModel, {
    description: "OPEN: the signed-in counsellor's open tasks and the unassigned ones; DONE: the last 100 of theirs",
  })
  counsellorTasks(
    @Args('status', { type: () => CounsellorTaskStatus, defaultValue: CounsellorTaskStatus.OPEN })
    status: CounsellorTaskStatus,
  ): Promise<CounsellorTaskListModel> {
    return this.service.list(status);
  }

  @RequirePermission(Permission.ManageCounsellorTasks)
  @Query(() => CounsellorTaskModel)
  counsellorTask(@Args('id', { type: () => ID }) id: string): Promise<CounsellorTaskModel> {
    return this.service.task(id);
  }

  @RequirePermission(Permission.ManageCounsellorTasks)
  @Mutation(() => CounsellorTaskModel, { description: 'An unassigned open task becomes yours; audited' })
  takeCounsellorTask(@Args('input') input: CounsellorTaskIdInput): Promise<CounsellorTaskModel> {
    return this.service.take(input.id);
  }

  @RequirePermission(Permission.ManageCounsellorTasks)
  @Mutation(() => CounsellorTaskModel, { description: 'Yours or an unassigned one, marked done; audited' })
  completeCounsellorTask(@Args('input') input: CompleteCounsellorTaskInput): Promise<CounsellorTaskModel> {
    return this.service.complete(input.id, input.note);
  }
}
