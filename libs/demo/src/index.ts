export * from './demo-seeder';
export * from './demo.module';
export * from './demo-partners';
export * from './demo-secondments';
export * from './demo-activity';
export * from './demo-case-records';
export * from './demo-programmes';
