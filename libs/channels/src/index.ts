export * from './line-channel.entity';
export * from './channels.service';
export * from './channels.module';
