import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiErrors, messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { INVITE_MEMBER, PENDING_INVITATIONS, RESEND_INVITATION, REVOKE_INVITATION } from './queries';

type InvitableRole = 'TENANT_ADMIN' | 'COUNSELOR' | 'COORDINATOR' | 'MUNICIPAL_VIEWER' | 'PARTNER_USER';

/**
 * The invitations of a tenant not accepted yet, with resend and revoke: on a tenant's members page
 * (the request's tenant) and on the platform's page of a new city (`tenantSlug`).
 */
export function PendingInvitations({ tenantSlug, timezone }: { tenantSlug?: string; timezone: string }) {
  const { t } = useTranslation();
  const variables = tenantSlug ? { tenantSlug } : {};
  const invitations = useQuery(PENDING_INVITATIONS, { variables, fetchPolicy: 'cache-and-network' });
  const [resend] = useMutation(RESEND_INVITATION);
  const [revoke] = useMutation(REVOKE_INVITATION);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const act = async (kind: 'resend' | 'revoke', id: string, email: string) => {
    setNotice(null);
    try {
      if (kind === 'resend') await resend({ variables: { input: { invitationId: id } } });
      else await revoke({ variables: { input: { invitationId: id } } });
      setNotice({ tone: 'success', text: t(kind === 'resend' ? 'members.resent' : 'members.revoked', { email }) });
      await invitations.refetch();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };
  return (
    <section aria-labelledby="pending-invitations" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="pending-invitations" className="mb-4 text-xl font-bold">
        {t('members.pending')}
      </h2>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {!invitations.data?.invitations ? (
        <QueryProblem error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.invitations.length === 0 ? (
        <p>{t('members.pendingEmpty')}</p>
      ) : (
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="border-b border-solid-gray-300">
              <th scope="col" className="py-2 pr-4">
                {t('members.email')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('members.role')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('members.state')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('members.invitedBy')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('members.expires')}
              </th>
              <th scope="col" className="py-2">
                {t('members.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.invitations.map((invitation) => (
              <tr key={invitation.id} className="border-b border-solid-gray-100" data-testid="invitation-row">
                <td className="py-2 pr-4">{invitation.email}</td>
                <td className="py-2 pr-4">{t(`roles.${invitation.role}`)}</td>
                <td className="py-2 pr-4">{t(`members.status.${invitation.status}`)}</td>
                <td className="py-2 pr-4">{invitation.invitedByName ?? '—'}</td>
                <td className="py-2 pr-4">{formatDateTime(invitation.expiresAt, timezone)}</td>
                <td className="flex gap-2 py-2">
                  {invitation.status !== 'AWAITING_APPROVAL' && (
                    <Button
                      variant="secondary"
                      aria-label={t('members.resendLabel', { email: invitation.email })}
                      onPress={() => void act('resend', invitation.id, invitation.email)}
                    >
                      {t('members.resend')}
                    </Button>
                  )}
                  <Button
                    variant="secondary"
                    aria-label={t('members.revokeLabel', { email: invitation.email })}
                    onPress={() => void act('revoke', invitation.id, invitation.email)}
                  >
                    {t('members.revoke')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface InviteValues {
  email: string;
}

/**
 * Invites someone by email to one of `roles` (a partner user with their organisation); the list of
 * pending invitations is read again once it is sent.
 */
export function InviteForm({
  roles,
  tenantSlug,
  partners,
  onSent,
}: {
  roles: readonly InvitableRole[];
  tenantSlug?: string;
  /** The tenant's partner organisations, for PARTNER_USER (absent: that role is not offered). */
  partners?: readonly { id: string; name: string }[];
  onSent?: () => void;
}) {
  const { t } = useTranslation();
  const [invite, { loading }] = useMutation(INVITE_MEMBER);
  const offered = roles.filter((role) => role !== 'PARTNER_USER' || partners !== undefined);
  const [role, setRole] = useState<InvitableRole>(offered[0] ?? 'TENANT_ADMIN');
  const [partnerId, setPartnerId] = useState('');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const form = useForm<InviteValues>({ defaultValues: { email: '' } });
  const submit = form.handleSubmit(async ({ email }) => {
    setNotice(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      form.setError('email', { message: t('errors.email') });
      return;
    }
    const partnerOrganizationId = role === 'PARTNER_USER' ? partnerId || partners?.[0]?.id : undefined;
    if (role === 'PARTNER_USER' && !partnerOrganizationId) {
      setNotice({ tone: 'error', text: t('members.noPartner') });
      return;
    }
    try {
      const { data } = await invite({
        variables: { input: { email, role, ...(tenantSlug ? { tenantSlug } : {}), partnerOrganizationId } },
        refetchQueries: ['PendingInvitations'],
      });
      const awaiting = data?.inviteUser.status === 'AWAITING_APPROVAL';
      setNotice({ tone: 'success', text: t(awaiting ? 'members.sentAwaiting' : 'members.sent', { email }) });
      form.reset({ email: '' });
      onSent?.();
    } catch (error) {
      const rest = applyApiErrors(error, form.setError, ['email']);
      if (rest) setNotice({ tone: 'error', text: rest });
    }
  });
  return (
    <section aria-labelledby="invite-member" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="invite-member" className="mb-2 text-xl font-bold">
        {t('members.invite')}
      </h2>
      <p className="mb-4 text-solid-gray-700">{t('members.inviteLead')}</p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <form onSubmit={(event) => void submit(event)} noValidate className="mt-2 flex max-w-xl flex-col gap-4">
        <TextField control={form.control} name="email" label={t('members.email')} type="email" autoComplete="off" />
        {offered.length > 1 && (
          <Select
            label={t('members.role')}
            value={role}
            options={offered.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(value) => setRole(value as InvitableRole)}
          />
        )}
        {role === 'PARTNER_USER' &&
          (partners && partners.length > 0 ? (
            <div className="flex flex-col gap-1">
              <Select
                label={t('members.partner')}
                value={partnerId || partners[0]?.id || ''}
                options={partners.map((p) => ({ value: p.id, label: p.name }))}
                onChange={setPartnerId}
              />
              <p className="text-sm text-solid-gray-700">{t('members.partnerHint')}</p>
            </div>
          ) : (
            <Alert tone="info">{t('members.noPartner')}</Alert>
          ))}
        <div>
          <Button type="submit" isDisabled={loading}>
            {t('members.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
