export * from './download.entity';
export * from './download.model';
export * from './downloads.service';
export * from './downloads.module';
export * from './csv';
export * from './content-disposition';
