export * from './partner.entities';
export * from './partner-directory';
export * from './partners.service';
export * from './partners.module';
export { DEFAULT_SERVICE_CATEGORIES, ServiceCategoriesService } from './service-categories.service';
