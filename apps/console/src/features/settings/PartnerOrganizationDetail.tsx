import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { PartnerDirectoryDetailQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { CheckboxGroup, FormStatus, orNull, phonesFrom, Section, SelectField, useSave } from './form';
import {
  CREATE_CONTACT,
  CREATE_LOCATION,
  CREATE_ORGANIZATION,
  CREATE_SERVICE,
  PARTNER_DETAIL,
  UPDATE_CONTACT,
  UPDATE_LOCATION,
  UPDATE_ORGANIZATION,
  UPDATE_SERVICE,
} from './partnerQueries';

type Organization = NonNullable<PartnerDirectoryDetailQuery['partnerOrganization']>;
type Service = Organization['services'][number];
type Location = Organization['locations'][number];
type Contact = Organization['contacts'][number];
type Category = NonNullable<PartnerDirectoryDetailQuery['serviceCategories']>[number];

const numbers = (phones: { number: string }[]) => phones.map((phone) => phone.number).join(', ');
const list = (text: string) =>
  text
    .split(/[,、，]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** One organisation with its services, locations and contacts, each edited in a form of its own. */
export function PartnerOrganizationDetail({ id, onChanged }: { id: string; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const detail = useQuery(PARTNER_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const organization = detail.data?.partnerOrganization;
  const categories = detail.data?.serviceCategories;
  if (!organization || !categories) {
    return <QueryProblem error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const refetch = async () => {
    await detail.refetch();
    await onChanged();
  };
  return (
    <Section id="organization" title={organization.name}>
      <OrganizationForm organization={organization} onSaved={refetch} />
      <Part title={t('settings.partners.services')}>
        {organization.services.map((service) => (
          <Editable key={service.id} name={service.name} summary={serviceSummary(service, t)}>
            {(done) => (
              <ServiceForm
                organizationId={organization.id}
                service={service}
                categories={categories}
                onSaved={async () => {
                  await refetch();
                  done();
                }}
              />
            )}
          </Editable>
        ))}
        <Adder label={t('settings.partners.addService')}>
          {(done) => (
            <ServiceForm
              organizationId={organization.id}
              categories={categories}
              onSaved={async () => {
                await refetch();
                done();
              }}
            />
          )}
        </Adder>
      </Part>
      <Part title={t('settings.partners.locations')}>
        {organization.locations.map((location) => (
          <Editable
            key={location.id}
            name={location.name ?? location.url ?? '—'}
            summary={
              location.address
                ? `〒${location.address.postalCode} ${location.address.prefecture}${location.address.city}${location.address.addressLine}`
                : (location.url ?? '')
            }
          >
            {(done) => (
              <LocationForm
                organizationId={organization.id}
                location={location}
                onSaved={async () => {
                  await refetch();
                  done();
                }}
              />
            )}
          </Editable>
        ))}
        <Adder label={t('settings.partners.addLocation')}>
          {(done) => (
            <LocationForm
              organizationId={organization.id}
              onSaved={async () => {
                await refetch();
                done();
              }}
            />
          )}
        </Adder>
      </Part>
      <Part title={t('settings.partners.contacts')}>
        {organization.contacts.map((contact) => (
          <Editable
            key={contact.id}
            name={contact.name ?? contact.email ?? numbers(contact.phones)}
            summary={[contact.department, contact.title, contact.email, numbers(contact.phones)]
              .filter(Boolean)
              .join(' / ')}
          >
            {(done) => (
              <ContactForm
                organizationId={organization.id}
                contact={contact}
                onSaved={async () => {
                  await refetch();
                  done();
                }}
              />
            )}
          </Editable>
        ))}
        <Adder label={t('settings.partners.addContact')}>
          {(done) => (
            <ContactForm
              organizationId={organization.id}
              onSaved={async () => {
                await refetch();
                done();
              }}
            />
          )}
        </Adder>
      </Part>
    </Section>
  );
}

function serviceSummary(service: Service, t: (key: string) => string): string {
  return [
    t(`settings.partners.service.statuses.${service.status}`),
    service.categories.map((category) => category.name).join('・'),
    service.serviceAreas.join('・'),
  ]
    .filter(Boolean)
    .join(' / ');
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mt-4 border-t border-solid-gray-200 pt-4">
      <h3 className="mb-2 text-lg font-bold">{title}</h3>
      <ul className="flex flex-col gap-2" aria-label={title}>
        {children}
      </ul>
    </div>
  );
}

/** A record shown by name, with an edit button that opens its form in place. */
function Editable({
  name,
  summary,
  children,
}: {
  name: string;
  summary: string;
  children: (done: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <li className="rounded-8 border border-solid-gray-200 p-3">
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="font-bold">{name}</p>
          {summary && <p className="text-sm text-solid-gray-700">{summary}</p>}
        </div>
        <Button
          variant="text"
          aria-expanded={editing}
          aria-label={t('settings.editLabel', { name })}
          onPress={() => setEditing(!editing)}
        >
          {editing ? t('settings.cancel') : t('settings.edit')}
        </Button>
      </div>
      {editing && <div className="mt-3">{children(() => setEditing(false))}</div>}
    </li>
  );
}

/** A button that opens a form to add a record. */
function Adder({ label, children }: { label: string; children: (done: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <li>
      {open ? (
        <div className="rounded-8 border border-dashed border-solid-gray-420 p-3">
          <div className="mb-2 flex items-center justify-between">
            <p className="font-bold">{label}</p>
            <Button variant="text" onPress={() => setOpen(false)}>
              {t('settings.cancel')}
            </Button>
          </div>
          {children(() => setOpen(false))}
        </div>
      ) : (
        <Button variant="secondary" onPress={() => setOpen(true)}>
          {label}
        </Button>
      )}
    </li>
  );
}

export function OrganizationForm({
  organization,
  onSaved,
  narrow = false,
}: {
  organization?: Organization;
  onSaved: (id: string) => Promise<unknown>;
  /** In the list's narrow column: the fields one under another. */
  narrow?: boolean;
}) {
  const { t } = useTranslation();
  const schema = z.object({
    name: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(200, t('settings.tooLong', { max: 200 })),
    description: z.string().max(2000, t('settings.tooLong', { max: 2000 })),
    email: z.union([z.literal(''), z.email(t('errors.email'))]),
    website: z.string(),
    phones: z.string(),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: organization?.name ?? '',
      description: organization?.description ?? '',
      email: organization?.email ?? '',
      website: organization?.website ?? '',
      phones: numbers(organization?.phones ?? []),
    },
  });
  const [create] = useMutation(CREATE_ORGANIZATION);
  const [update] = useMutation(UPDATE_ORGANIZATION);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['name', 'description', 'email', 'website', 'phones'],
    async (values) => {
      const input = {
        name: values.name,
        description: orNull(values.description),
        email: orNull(values.email),
        website: orNull(values.website),
        phones: phonesFrom(values.phones, organization?.phones ?? []),
      };
      if (organization) {
        await update({ variables: { input: { id: organization.id, ...input } } });
        await onSaved(organization.id);
      } else {
        const { data } = await create({ variables: { input } });
        if (data) await onSaved(data.createPartnerOrganization.id);
      }
    },
    { resetOnSuccess: !organization },
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <TextField control={form.control} name="name" label={t('settings.partners.organization.name')} />
      <TextAreaField
        control={form.control}
        name="description"
        label={t('settings.partners.organization.description')}
        rows={2}
      />
      <div className={narrow ? 'flex flex-col gap-3' : 'grid gap-3 md:grid-cols-3'}>
        <TextField control={form.control} name="email" type="email" label={t('settings.partners.organization.email')} />
        <TextField control={form.control} name="website" label={t('settings.partners.organization.website')} />
        <TextField control={form.control} name="phones" label={t('settings.partners.organization.phone')} />
      </div>
      <div>
        <Button type="submit" isDisabled={submitting}>
          {organization ? t('settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}

const STATUSES = ['ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE', 'DEFUNCT'] as const;

function ServiceForm({
  organizationId,
  service,
  categories,
  onSaved,
}: {
  organizationId: string;
  service?: Service;
  categories: Category[];
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const age = z
    .string()
    .trim()
    .refine(
      (value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) <= 150),
      t('settings.partners.service.age'),
    );
  const schema = z.object({
    name: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(200, t('settings.tooLong', { max: 200 })),
    description: z.string().max(2000, t('settings.tooLong', { max: 2000 })),
    status: z.enum(STATUSES),
    serviceAreas: z.string(),
    minimumAge: age,
    maximumAge: age,
    categoryIds: z.array(z.string()),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: service?.name ?? '',
      description: service?.description ?? '',
      status: service?.status ?? 'ACTIVE',
      serviceAreas: service?.serviceAreas.join(', ') ?? '',
      minimumAge: service?.minimumAge?.toString() ?? '',
      maximumAge: service?.maximumAge?.toString() ?? '',
      categoryIds: service?.categories.map((category) => category.id) ?? [],
    },
  });
  const [create] = useMutation(CREATE_SERVICE);
  const [update] = useMutation(UPDATE_SERVICE);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['name', 'description', 'status', 'serviceAreas', 'minimumAge', 'maximumAge', 'categoryIds'],
    async (values) => {
      const input = {
        name: values.name,
        description: orNull(values.description),
        status: values.status,
        serviceAreas: list(values.serviceAreas),
        minimumAge: values.minimumAge === '' ? null : Number(values.minimumAge),
        maximumAge: values.maximumAge === '' ? null : Number(values.maximumAge),
        categoryIds: values.categoryIds,
      };
      if (service) await update({ variables: { input: { id: service.id, ...input } } });
      else await create({ variables: { input: { organizationId, ...input } } });
      await onSaved();
    },
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <TextField control={form.control} name="name" label={t('settings.partners.service.name')} />
      <TextAreaField
        control={form.control}
        name="description"
        label={t('settings.partners.service.description')}
        rows={2}
      />
      <div className="grid gap-3 md:grid-cols-3">
        <SelectField
          control={form.control}
          name="status"
          label={t('settings.partners.service.status')}
          options={STATUSES.map((status) => ({
            value: status,
            label: t(`settings.partners.service.statuses.${status}`),
          }))}
        />
        <TextField
          control={form.control}
          name="minimumAge"
          label={t('settings.partners.service.minimumAge')}
          inputMode="numeric"
        />
        <TextField
          control={form.control}
          name="maximumAge"
          label={t('settings.partners.service.maximumAge')}
          inputMode="numeric"
        />
      </div>
      <TextField control={form.control} name="serviceAreas" label={t('settings.partners.service.areas')} />
      <CheckboxGroup
        control={form.control}
        name="categoryIds"
        label={t('settings.partners.service.categories')}
        options={categories.map((category) => ({ value: category.id, label: category.name }))}
      />
      <div>
        <Button type="submit" isDisabled={submitting}>
          {service ? t('settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}

function LocationForm({
  organizationId,
  location,
  onSaved,
}: {
  organizationId: string;
  location?: Location;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const schema = z
    .object({
      name: z.string().max(200, t('settings.tooLong', { max: 200 })),
      type: z.enum(['PHYSICAL', 'VIRTUAL']),
      postalCode: z.string().trim(),
      prefecture: z.string().trim(),
      city: z.string().trim(),
      addressLine: z.string().trim(),
      url: z.string().trim(),
    })
    .superRefine((values, context) => {
      if (values.type === 'VIRTUAL' && !values.url) {
        context.addIssue({ code: 'custom', path: ['url'], message: t('settings.partners.location.urlRequired') });
      }
      const parts = ['postalCode', 'prefecture', 'city', 'addressLine'] as const;
      const filled = parts.filter((part) => values[part] !== '');
      if ((values.type === 'PHYSICAL' && filled.length < 4) || (filled.length > 0 && filled.length < 4)) {
        for (const part of parts.filter((p) => values[p] === '')) {
          context.addIssue({ code: 'custom', path: [part], message: t('settings.partners.location.addressRequired') });
        }
      }
    });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: location?.name ?? '',
      type: location?.type ?? 'PHYSICAL',
      postalCode: location?.address?.postalCode ?? '',
      prefecture: location?.address?.prefecture ?? '',
      city: location?.address?.city ?? '',
      addressLine: location?.address?.addressLine ?? '',
      url: location?.url ?? '',
    },
  });
  const [create] = useMutation(CREATE_LOCATION);
  const [update] = useMutation(UPDATE_LOCATION);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['name', 'type', 'postalCode', 'prefecture', 'city', 'addressLine', 'url'],
    async (values) => {
      const input = {
        name: orNull(values.name),
        type: values.type,
        url: orNull(values.url),
        address: values.postalCode
          ? {
              postalCode: values.postalCode,
              prefecture: values.prefecture,
              city: values.city,
              addressLine: values.addressLine,
            }
          : null,
      };
      if (location) await update({ variables: { input: { id: location.id, ...input } } });
      else await create({ variables: { input: { organizationId, ...input } } });
      await onSaved();
    },
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField control={form.control} name="name" label={t('settings.partners.location.name')} />
        <SelectField
          control={form.control}
          name="type"
          label={t('settings.partners.location.type')}
          options={[
            { value: 'PHYSICAL', label: t('settings.partners.location.physical') },
            { value: 'VIRTUAL', label: t('settings.partners.location.virtual') },
          ]}
        />
        <TextField control={form.control} name="postalCode" label={t('settings.partners.location.postalCode')} />
        <TextField control={form.control} name="prefecture" label={t('settings.partners.location.prefecture')} />
        <TextField control={form.control} name="city" label={t('settings.partners.location.city')} />
        <TextField control={form.control} name="addressLine" label={t('settings.partners.location.addressLine')} />
      </div>
      <TextField control={form.control} name="url" label={t('settings.partners.location.url')} />
      <div>
        <Button type="submit" isDisabled={submitting}>
          {location ? t('settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}

function ContactForm({
  organizationId,
  contact,
  onSaved,
}: {
  organizationId: string;
  contact?: Contact;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const schema = z
    .object({
      name: z
        .string()
        .trim()
        .max(200, t('settings.tooLong', { max: 200 })),
      title: z
        .string()
        .trim()
        .max(200, t('settings.tooLong', { max: 200 })),
      department: z
        .string()
        .trim()
        .max(200, t('settings.tooLong', { max: 200 })),
      email: z.union([z.literal(''), z.email(t('errors.email'))]),
      phones: z.string(),
    })
    .refine((values) => values.name || values.email || values.phones.trim(), {
      path: ['name'],
      message: t('settings.partners.contact.needOne'),
    });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: contact?.name ?? '',
      title: contact?.title ?? '',
      department: contact?.department ?? '',
      email: contact?.email ?? '',
      phones: numbers(contact?.phones ?? []),
    },
  });
  const [create] = useMutation(CREATE_CONTACT);
  const [update] = useMutation(UPDATE_CONTACT);
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['name', 'title', 'department', 'email', 'phones'],
    async (values) => {
      const input = {
        name: orNull(values.name),
        title: orNull(values.title),
        department: orNull(values.department),
        email: orNull(values.email),
        phones: phonesFrom(values.phones, contact?.phones ?? []),
      };
      if (contact) await update({ variables: { input: { id: contact.id, ...input } } });
      else await create({ variables: { input: { organizationId, ...input } } });
      await onSaved();
    },
  );
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormStatus formError={formError} saved={saved} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField control={form.control} name="name" label={t('settings.partners.contact.name')} />
        <TextField control={form.control} name="department" label={t('settings.partners.contact.department')} />
        <TextField control={form.control} name="title" label={t('settings.partners.contact.title')} />
        <TextField control={form.control} name="email" type="email" label={t('settings.partners.contact.email')} />
        <TextField control={form.control} name="phones" label={t('settings.partners.contact.phone')} />
      </div>
      <div>
        <Button type="submit" isDisabled={submitting}>
          {contact ? t('settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}
