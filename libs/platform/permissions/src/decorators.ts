import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const IS_PUBLIC = 'tsunagu:isPublic';
export const REQUIRED_PERMISSION = 'tsunagu:requiredPermission';

/** The only way past the access guard without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Declares what an operation needs; the access guard enforces it. */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permission);

export const OWN_TRANSACTIONS = 'tsunagu:ownTransactions';

/**
 * An operation that commits its own transactions instead of joining the request's: one whose
 * failure must still leave a trace (a failed-password count), one that works in tenant transactions
 * from the platform path, or a tenant operation that calls another service between short tenant
 * transactions of its own (`TenantDb.withTenant`). Such an operation (like a @Public() one)
 * must be the only field of its document, so that a document stays all or nothing.
 */
export const OwnTransactions = (): MethodDecorator & ClassDecorator => SetMetadata(OWN_TRANSACTIONS, true);
