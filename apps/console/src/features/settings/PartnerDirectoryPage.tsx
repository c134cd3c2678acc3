import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { saveText } from '../../lib/download';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextField } from '../../ui/TextField';
import { useShell } from '../shell/useShell';
import { FormStatus, Section, useSave } from './form';
import { HsdsImport } from './HsdsImport';
import { OrganizationForm, PartnerOrganizationDetail } from './PartnerOrganizationDetail';
import { EXPORT_HSDS, PARTNER_LIST, REFERRAL_SETTINGS, UPDATE_REFERRAL_SETTINGS } from './partnerQueries';

/** `/$tenant/settings/partners`: the partner directory, its HSDS import and export, the referral deadline. */
export default function PartnerDirectoryPage() {
  const { t } = useTranslation();
  const { slug, can } = useShell();
  const { org } = useSearch({ from: '/$tenant/settings/partners' });
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const term = search.trim();
  // Reached by its URL without the permission (or after losing it): say so rather than fail the queries.
  const allowed = can('tenant:partners:manage');
  const list = useQuery(PARTNER_LIST, {
    variables: { filter: term.length >= 2 ? { search: term } : null },
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  const refetchList = () => list.refetch();
  const organizations = list.data?.partnerOrganizations?.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('settings.partners.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('settings.partners.lead')}</p>
      {!allowed && <Alert>{t('errors.FORBIDDEN')}</Alert>}
      {allowed && (
        <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
          <div>
            <Section id="organizations" title={t('settings.partners.organizations')}>
              <label className="flex flex-col gap-1">
                <span className="font-bold text-solid-gray-800">{t('settings.partners.search')}</span>
                <input
                  type="search"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  className="rounded-8 border border-solid-gray-600 bg-white px-4 py-2 focus:outline-4 focus:outline-offset-2 focus:outline-focus-yellow"
                />
              </label>
              {!list.data?.partnerOrganizations ? (
                <QueryProblem error={list.error} onRetry={() => void refetchList()} />
              ) : organizations.length === 0 ? (
                <p>{t('settings.none')}</p>
              ) : (
                <ul aria-label={t('settings.partners.organizations')} className="flex flex-col gap-1">
                  {organizations.map((organization) => (
                    <li key={organization.id}>
                      <TextLink
                        to="/$tenant/settings/partners"
                        params={{ tenant: slug }}
                        search={{ org: organization.id }}
                        aria-current={organization.id === org ? 'page' : undefined}
                        className={organization.id === org ? 'font-bold' : ''}
                      >
                        {organization.name}
                      </TextLink>
                      <span className="ml-2 text-sm text-solid-gray-700">
                        {organization.services.map((service) => service.name).join('・')}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {list.data?.partnerOrganizations?.pageInfo.hasNextPage && (
                <Button
                  variant="secondary"
                  onPress={() =>
                    void list.fetchMore({
                      variables: { after: list.data?.partnerOrganizations?.pageInfo.endCursor },
                      updateQuery: (previous, { fetchMoreResult }) =>
                        previous.partnerOrganizations && fetchMoreResult.partnerOrganizations
                          ? {
                              partnerOrganizations: {
                                ...fetchMoreResult.partnerOrganizations,
                                edges: [
                                  ...previous.partnerOrganizations.edges,
                                  ...fetchMoreResult.partnerOrganizations.edges,
                                ],
                              },
                            }
                          : fetchMoreResult,
                    })
                  }
                >
                  {t('settings.partners.more')}
                </Button>
              )}
            </Section>
            <Section id="add-organization" title={t('settings.partners.addOrganization')}>
              <OrganizationForm
                narrow
                onSaved={async (id) => {
                  await refetchList();
                  await navigate({ to: '/$tenant/settings/partners', params: { tenant: slug }, search: { org: id } });
                }}
              />
            </Section>
          </div>
          <div>
            {org && <PartnerOrganizationDetail key={org} id={org} onChanged={refetchList} />}
            <HsdsSection onImported={refetchList} />
            {can('tenant:settings:update') && <ReferralSettingsSection />}
          </div>
        </div>
      )}
    </>
  );
}

function HsdsSection({ onImported }: { onImported: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [exportError, setExportError] = useState<string | null>(null);
  const exportDirectory = async () => {
    setExportError(null);
    try {
      const { data } = await client.query({ query: EXPORT_HSDS, fetchPolicy: 'network-only' });
      saveText('partner-directory-hsds.json', `${JSON.stringify(data?.partnerDirectoryHsds ?? [], null, 2)}\n`);
    } catch (error) {
      setExportError(messageOf(error));
    }
  };
  return (
    <Section id="hsds" title={t('settings.partners.hsds.title')} lead={t('settings.partners.hsds.lead')}>
      <HsdsImport onImported={onImported} />
      {exportError && <Alert>{exportError}</Alert>}
      <div>
        <Button variant="secondary" onPress={() => void exportDirectory()}>
          {t('settings.partners.hsds.export')}
        </Button>
      </div>
    </Section>
  );
}

function ReferralSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery(REFERRAL_SETTINGS);
  return (
    <Section
      id="referral-settings"
      title={t('settings.partners.referral.title')}
      lead={t('settings.partners.referral.lead')}
    >
      {!settings.data?.referralSettings ? (
        <QueryProblem error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <ReferralSettingsForm days={settings.data.referralSettings.responseBusinessDays} />
      )}
    </Section>
  );
}

function ReferralSettingsForm({ days }: { days: number }) {
  const { t } = useTranslation();
  const schema = z.object({
    responseBusinessDays: z
      .string()
      .regex(/^\d{1,2}$/, t('settings.partners.referral.range'))
      .refine((value) => Number(value) >= 1 && Number(value) <= 30, t('settings.partners.referral.range')),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { responseBusinessDays: String(days) },
  });
  const [update] = useMutation(UPDATE_REFERRAL_SETTINGS);
  const { submit, formError, saved, submitting } = useSave(form, ['responseBusinessDays'], (values) =>
    update({ variables: { input: { responseBusinessDays: Number(values.responseBusinessDays) } } }),
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <TextField
        control={form.control}
        name="responseBusinessDays"
        label={t('settings.partners.referral.days')}
        inputMode="numeric"
      />
      <div>
        <Button type="submit" isDisabled={submitting}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
