import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsModule } from '@tsunagu/channels';
import { PartnersModule } from '@tsunagu/partners';
import { ConversationsModule } from '@tsunagu/conversations';
import { DemoActivity } from './demo-activity';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, TenantsModule, ChannelsModule, ConversationsModule, PartnersModule],
  providers: [DemoSeeder, DemoActivity],
  exports: [DemoSeeder, DemoActivity],
})
export class DemoModule {}
