import './locale';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BroadcastSettingsQuery, MembersListQuery, TenantRole } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TENANT_MEMBERS } from '../members/queries';
import { CheckboxGroup, FormStatus, Section, useSave } from '../settings/form';
import { useShell } from '../shell/useShell';
import { BROADCAST_SETTINGS, UPDATE_BROADCAST_SETTINGS } from './queries';

/** Roles that may be made approvers: partner agencies' staff never approve a tenant's broadcasts. */
const APPROVER_ROLES: TenantRole[] = ['TENANT_ADMIN', 'COORDINATOR', 'COUNSELOR', 'MUNICIPAL_VIEWER'];

interface SettingsForm {
  approverRoles: string[];
  approverUserIds: string[];
  allowSelfApproval: boolean;
}

/** `/$tenant/settings/broadcasts`: who approves the tenant's broadcasts, for its admins. */
export default function BroadcastSettingsPage() {
  const { t } = useTranslation();
  const { can } = useShell();
  const allowed = can('tenant:settings:update') && can('tenant:memberships:manage');
  const settings = useQuery(BROADCAST_SETTINGS, { fetchPolicy: 'cache-and-network', skip: !allowed });
  const members = useQuery(TENANT_MEMBERS, { fetchPolicy: 'cache-and-network', skip: !allowed });
  const current = settings.data?.broadcastSettings;
  const people = members.data?.tenantMembers;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('broadcasts.settings.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('broadcasts.settings.lead')}</p>
      {!allowed ? (
        <Alert>{t('errors.FORBIDDEN')}</Alert>
      ) : !current || !people ? (
        <QueryProblem
          error={settings.error ?? members.error}
          onRetry={() => void Promise.all([settings.refetch(), members.refetch()])}
        />
      ) : (
        <ApproversForm
          key={`${current.approverRoles.join()}|${current.approverUserIds.join()}|${current.allowSelfApproval}`}
          current={current}
          members={people}
        />
      )}
    </>
  );
}

function ApproversForm({
  current,
  members,
}: {
  current: NonNullable<BroadcastSettingsQuery['broadcastSettings']>;
  members: NonNullable<MembersListQuery['tenantMembers']>;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_BROADCAST_SETTINGS);
  const form = useForm<SettingsForm>({
    defaultValues: {
      approverRoles: current.approverRoles,
      approverUserIds: current.approverUserIds,
      allowSelfApproval: current.allowSelfApproval,
    },
  });
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['approverRoles', 'approverUserIds', 'allowSelfApproval'],
    async (values) => {
      await update({
        variables: {
          input: {
            approverRoles: values.approverRoles as TenantRole[],
            approverUserIds: values.approverUserIds,
            allowSelfApproval: values.allowSelfApproval,
          },
        },
      });
    },
  );
  // A member named before they left stays named until unticked: shown, so nobody is approver unseen.
  // Partner agencies' staff are offered neither by role nor by name.
  const people = members.filter(
    (m) => current.approverUserIds.includes(m.userId) || (m.active && APPROVER_ROLES.includes(m.role)),
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Section
        id="broadcast-approvers"
        title={t('broadcasts.settings.approvers')}
        lead={t('broadcasts.settings.approversLead')}
      >
        <FormStatus formError={formError} saved={saved} />
        <CheckboxGroup
          control={form.control}
          name="approverRoles"
          label={t('broadcasts.settings.roles')}
          options={APPROVER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <CheckboxGroup
          control={form.control}
          name="approverUserIds"
          label={t('broadcasts.settings.users')}
          options={people.map((m) => ({
            value: m.userId,
            // Two members may share a name: the address tells them apart.
            label: `${m.displayName}（${t(`roles.${m.role}`)}、${m.email}）${m.active ? '' : t('broadcasts.settings.inactive')}`,
          }))}
        />
        <SelfApproval control={form.control} />
        <Button type="submit" className="self-start" isDisabled={submitting}>
          {t('broadcasts.settings.save')}
        </Button>
      </Section>
    </form>
  );
}

function SelfApproval({ control }: { control: Control<SettingsForm> }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'allowSelfApproval' });
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name={field.name}
          checked={field.value}
          onChange={(event) => field.onChange(event.target.checked)}
          onBlur={field.onBlur}
          aria-describedby="broadcast-self-approval-hint"
          className="size-5 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
        />
        {t('broadcasts.settings.selfApproval')}
      </label>
      <p id="broadcast-self-approval-hint" className="text-sm text-solid-gray-700">
        {t('broadcasts.settings.selfApprovalHint')}
      </p>
    </div>
  );
}
