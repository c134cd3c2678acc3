import { Injectable } from '@nestjs/common';
import { Keyring, sha256Hex } from '@tsunagu/platform/crypto';
import { PlatformDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { acceptTotp, mfaSecretContext, newRecoveryCode, newTotpSecret, otpauthUri, RECOVERY_CODE_COUNT } from './mfa';
import type { RequestAccess } from './request-access';
import { MfaRecoveryCode } from './session.entity';
import { SessionsService, type ClientInfo, type IssuedTokens } from './sessions.service';
import { User } from './user.entity';

export interface MfaEnrollment {
  otpauthUri: string;
  recoveryCodes: string[];
}

/**
 * TOTP enrolment. `enroll` stores a new secret (sealed with the keyring) and ten recovery codes
 * (hashed) without turning MFA on; `confirm` turns it on once the user proves the authenticator
 * app works. A user signed in with an enrolment-only token then gets a full session.
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly keyring: Keyring,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrail,
  ) {}

  async enroll(access: RequestAccess): Promise<MfaEnrollment> {
    return this.platformDb.run('mfa: enrol', async (em) => {
      const user = await em.findOneOrFail(User, { id: access.userId });
      if (user.mfaEnabled) throw new ConflictError('MFA_ALREADY_ENABLED', 'Multi-factor authentication is already on');
      const secret = newTotpSecret();
      user.mfaSecret = this.keyring.seal(secret, mfaSecretContext(user.id));
      await em.nativeDelete(MfaRecoveryCode, { user: user.id });
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      for (const code of recoveryCodes) {
        em.create(MfaRecoveryCode, { user, codeHash: sha256Hex(code.replace('-', '')) });
      }
      await em.flush();
      await this.audit.recordOnPlatformPath(em, null, 'auth.mfa.enrollment_started', { type: 'user', id: user.id });
      return { otpauthUri: otpauthUri(user.email, secret), recoveryCodes };
    });
  }

  /** Turns MFA on; returns a full session when the caller held an enrolment-only one. */
  async confirm(access: RequestAccess, code: string, client: ClientInfo): Promise<IssuedTokens | null> {
    return this.platformDb.run('mfa: confirm', async (em) => {
      const user = await em.findOneOrFail(User, { id: access.userId }, { populate: ['mfaSecret'] });
      if (user.mfaEnabled) throw new ConflictError('MFA_ALREADY_ENABLED', 'Multi-factor authentication is already on');
      if (!user.mfaSecret) {
        throw new BadUserInputError([{ field: 'code', messages: ['call enrollMfa first'] }], 'MFA_NOT_ENROLLED');
      }
      const step = acceptTotp(code, this.keyring.openText(user.mfaSecret, mfaSecretContext(user.id)), null);
      if (step === null) {
        throw new BadUserInputError([
          { field: 'code', messages: ['code is not the current code of your authenticator'] },
        ]);
      }
      user.mfaEnabled = true;
      user.mfaLastStep = String(step);
      await em.flush();
      await this.audit.recordOnPlatformPath(em, null, 'auth.mfa.enabled', { type: 'user', id: user.id });
      if (!access.enrollmentOnly) return null;
      await this.sessions.revoke(em, access.sessionId, 'mfa_enrolled');
      return this.sessions.open(em, user.id, 'access', client);
    });
  }
}
