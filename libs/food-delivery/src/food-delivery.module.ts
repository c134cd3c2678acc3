import { Module } from '@nestjs/common';

/** Food delivery (こども宅食): households, their applications and the rounds they are delivered in. */
@Module({})
export class FoodDeliveryModule {}
