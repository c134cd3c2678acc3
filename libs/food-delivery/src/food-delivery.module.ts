import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { ReportingModule } from '@tsunagu/reporting';
import { FoodApplicationsService } from './applications.service';
import { FoodDeliveryResolver } from './food-delivery.resolver';
import { FoodDeliveryService } from './food-delivery.service';
import { Placement } from './placement';

/** Food delivery (こども宅食): households, their applications and the rounds they are delivered in. */
@Module({
  imports: [AuthModule, ConversationsModule, ReportingModule],
  providers: [Placement, FoodDeliveryService, FoodApplicationsService, FoodDeliveryResolver],
  exports: [FoodDeliveryService, Placement],
})
export class FoodDeliveryModule {}
