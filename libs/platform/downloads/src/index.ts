export * from './download.entity';
