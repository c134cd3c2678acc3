export * from './case-record.entities';
export * from './case-records.module';
export * from './case-records.service';
export * from './family-export';
export * from './family-rights.service';
export * from './retention.entities';
export * from './retention.service';
export * from './template';
