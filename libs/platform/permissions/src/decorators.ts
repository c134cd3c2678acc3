import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const IS_PUBLIC = 'tsunagu:isPublic';
export const REQUIRED_PERMISSION = 'tsunagu:requiredPermission';

/** The only way past the access guard without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Declares what an operation needs; the access guard enforces it. */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permission);
