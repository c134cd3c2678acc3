import type { Mail } from '@tsunagu/platform/mail';

/** How long an emailed invitation link works. */
export const INVITATION_HOURS = 72;

const ROLE_NAMES_JA: Record<string, string> = {
  platform_admin: 'プラットフォーム管理者',
  npo_admin: 'NPO管理者',
  tenant_admin: '管理者',
  counselor: '相談員',
  coordinator: '事務局',
  municipal_viewer: '市区町村担当（閲覧）',
  partner_user: '連携先',
};

/** The invitation mail: the link carries the token, which is stored only as its hash. */
export function invitationMail(
  publicBaseUrl: string,
  invitation: { email: string; role: string },
  tenant: { nameJa: string; nameEn: string } | null,
  token: string,
): Mail {
  const role = invitation.role;
  return {
    to: invitation.email,
    subject: 'tsunagu へのご招待 / Invitation to tsunagu',
    text: [
      `${tenant ? `${tenant.nameJa}の` : ''}tsunagu に「${ROLE_NAMES_JA[role]}」として招待されました。`,
      `You are invited to tsunagu${tenant ? ` (${tenant.nameEn})` : ''} as ${role.toUpperCase()}.`,
      '',
      `次のリンクから${INVITATION_HOURS}時間以内に登録してください / Accept within ${INVITATION_HOURS} hours:`,
      `${publicBaseUrl}/accept-invitation?token=${token}`,
    ].join('\n'),
  };
}
