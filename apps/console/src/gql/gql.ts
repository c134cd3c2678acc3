/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n': typeof types.RevokeSessionDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.VerifyMfaDocument;
  '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n': typeof types.EnrollMfaDocument;
  '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n': typeof types.ConfirmMfaDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.MyTenantsDocument;
  '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.AllTenantsDocument;
  '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n': typeof types.ShellDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
};
const documents: Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n':
    types.RevokeSessionDocument,
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n':
    types.InvitationDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n':
    types.VerifyMfaDocument,
  '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n':
    types.EnrollMfaDocument,
  '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n':
    types.ConfirmMfaDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.MyTenantsDocument,
  '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n':
    types.AllTenantsDocument,
  '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n':
    types.ShellDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n',
): (typeof documents)['\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n',
): (typeof documents)['\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
