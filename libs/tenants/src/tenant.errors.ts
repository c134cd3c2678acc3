import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';

export const tenantSlugTaken = (slug: string): ConflictError =>
  new ConflictError('TENANT_SLUG_TAKEN', `The slug "${slug}" is already taken`, [
    { field: 'slug', messages: ['slug is already taken'] },
  ]);

export const localGovernmentCodeTaken = (code: string): ConflictError =>
  new ConflictError('LOCAL_GOVERNMENT_CODE_TAKEN', `A tenant with the local government code ${code} already exists`, [
    { field: 'localGovernmentCode', messages: ['localGovernmentCode is already used by another tenant'] },
  ]);

export const tenantNotFound = (): NotFoundError => new NotFoundError('TENANT_NOT_FOUND', 'No such tenant');

export const tenantOffboarded = (): BadUserInputError =>
  new BadUserInputError(
    [{ field: 'slug', messages: ['an offboarded tenant cannot be activated'] }],
    'TENANT_OFFBOARDED',
    'An offboarded tenant cannot be activated',
  );

export const onboardingIncomplete = (missing: string[]): BadUserInputError =>
  new BadUserInputError(
    [
      {
        field: 'reason',
        messages: [`the onboarding checklist is incomplete (${missing.join(', ')}): give a reason to activate anyway`],
      },
    ],
    'ONBOARDING_INCOMPLETE',
    `The onboarding checklist is incomplete (${missing.join(', ')}): give a reason to activate the tenant anyway`,
  );
