export * from './case-record.entities';
export * from './case-records.module';
export * from './case-records.service';
export * from './template';
export * from './import/assessment-source.entity';
export * from './import/records-import.service';
