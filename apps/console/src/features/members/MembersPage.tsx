import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { InviteForm, PendingInvitations } from './Invitations';
import { CHANGE_MEMBERSHIP_ROLE, DEACTIVATE_MEMBERSHIP, INVITABLE_PARTNERS, TENANT_MEMBERS } from './queries';

const ROLES = ['TENANT_ADMIN', 'COUNSELOR', 'COORDINATOR', 'MUNICIPAL_VIEWER', 'PARTNER_USER'] as const;
/** A partner user is made only by an invitation naming the organisation, and is not changed into another role. */
const CHANGEABLE = ROLES.filter((role) => role !== 'PARTNER_USER');

/** A tenant admin's people: the members (by name) with their roles, and the invitations not accepted yet. */
export default function MembersPage() {
  const { t } = useTranslation();
  const { me, tenant, can } = useShell();
  const members = useQuery(TENANT_MEMBERS, { fetchPolicy: 'cache-and-network' });
  const partners = useQuery(INVITABLE_PARTNERS, { skip: !can('tenant:partners:read') });
  const [changeRole] = useMutation(CHANGE_MEMBERSHIP_ROLE);
  const [deactivate] = useMutation(DEACTIVATE_MEMBERSHIP);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null);

  const run = async (action: () => Promise<{ tone: 'success' | 'info'; text: string }>) => {
    setNotice(null);
    try {
      setNotice(await action());
      await members.refetch();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('members.title')}</h1>
      <div className="flex flex-col gap-8">
        <section aria-labelledby="members-list" className="rounded-12 border border-solid-gray-200 bg-white p-6">
          <h2 id="members-list" className="mb-4 text-xl font-bold">
            {t('members.list')}
          </h2>
          {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
          {!members.data?.tenantMembers ? (
            <QueryProblem error={members.error} onRetry={() => void members.refetch()} />
          ) : (
            <table className="mt-2 w-full text-left">
              <thead>
                <tr className="border-b border-solid-gray-300">
                  <th scope="col" className="py-2 pr-4">
                    {t('members.name')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('members.email')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('members.role')}
                  </th>
                  <th scope="col" className="py-2 pr-4 whitespace-nowrap">
                    {t('members.state')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('members.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.data.tenantMembers.map((member) => {
                  const self = member.userId === me.id;
                  const next = chosen[member.id] ?? member.role;
                  return (
                    <tr key={member.id} className="border-b border-solid-gray-100 align-top" data-testid="member-row">
                      <td className="py-2 pr-4 font-bold">
                        {member.displayName} {self && <span className="font-normal">{t('members.you')}</span>}
                      </td>
                      <td className="py-2 pr-4">{member.email}</td>
                      <td className="py-2 pr-4">{t(`roles.${member.role}`)}</td>
                      <td className="py-2 pr-4 whitespace-nowrap">
                        {member.active ? t('members.active') : t('members.inactive')}
                      </td>
                      <td className="py-2">
                        {!self && member.active && (
                          <div className="flex flex-wrap items-end gap-2">
                            {member.role !== 'PARTNER_USER' && (
                              <>
                                <Select
                                  label={t('members.changeRoleOf', { name: member.displayName })}
                                  value={next}
                                  options={CHANGEABLE.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                                  onChange={(value) => setChosen({ ...chosen, [member.id]: value })}
                                />
                                <Button
                                  variant="secondary"
                                  aria-label={t('members.changeRoleLabel', { name: member.displayName })}
                                  isDisabled={next === member.role}
                                  onPress={() =>
                                    void run(async () => {
                                      const { data } = await changeRole({
                                        variables: {
                                          input: { membershipId: member.id, role: next as (typeof CHANGEABLE)[number] },
                                        },
                                      });
                                      const name = member.displayName;
                                      return data?.changeMembershipRole
                                        ? { tone: 'success', text: t('members.roleChanged', { name }) }
                                        : { tone: 'info', text: t('members.roleAwaiting', { name }) };
                                    })
                                  }
                                >
                                  {t('members.apply')}
                                </Button>
                              </>
                            )}
                            <Button
                              variant="secondary"
                              aria-label={t('members.deactivateLabel', { name: member.displayName })}
                              onPress={() =>
                                void run(async () => {
                                  await deactivate({ variables: { input: { membershipId: member.id } } });
                                  return {
                                    tone: 'success',
                                    text: t('members.deactivated', { name: member.displayName }),
                                  };
                                })
                              }
                            >
                              {t('members.deactivate')}
                            </Button>
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <InviteForm roles={ROLES} partners={partners.data?.partnerOrganizations?.edges.map((edge) => edge.node)} />
        <PendingInvitations timezone={tenant.timezone} />
      </div>
    </>
  );
}
