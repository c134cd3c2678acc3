import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsModule } from '@tsunagu/channels';
import { PartnersModule } from '@tsunagu/partners';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, TenantsModule, ChannelsModule, PartnersModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
