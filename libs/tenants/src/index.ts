export * from './tenants.module';
export * from './tenants.service';
export * from './onboarding';
export * from './local-government-code';
export type { CreateTenantInput } from './dto/tenant.inputs';
export { PREFECTURES } from './dto/tenant.inputs';
