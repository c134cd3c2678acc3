import { createHash } from 'node:crypto';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { DirectoryEntry } from './directory.loader';
import {
  PartnerLocationType,
  PartnerServiceStatus,
  PhoneType,
  type PartnerAddress,
  type PartnerPhone,
} from './partner.entities';
import { matchKey, optionalText } from './text';

/**
 * Open Referral HSDS 3.0 (github.com/openreferral/specification): the directory's exchange format.
 * docs/architecture.md ("Partner directory") lists which of our fields map to which HSDS fields.
 */

export type HsdsObject = Record<string, unknown>;

/** The name of the taxonomy our service categories are terms of, in exported `taxonomy_term`s. */
export const CATEGORY_TAXONOMY = 'tsunagu:service_category';

const STATUS_TO_HSDS: Record<PartnerServiceStatus, string> = {
  [PartnerServiceStatus.ACTIVE]: 'active',
  [PartnerServiceStatus.INACTIVE]: 'inactive',
  [PartnerServiceStatus.DEFUNCT]: 'defunct',
  [PartnerServiceStatus.TEMPORARILY_CLOSED]: 'temporarily closed',
};
const STATUS_FROM_HSDS = new Map(
  Object.entries(STATUS_TO_HSDS).map(([ours, hsds]) => [hsds, ours as PartnerServiceStatus]),
);

/**
 * A stable id for an HSDS object we do not keep as a row (a language, a service area, an address, a
 * category attribute): derived from what it belongs to, so that exporting twice gives the same ids.
 * A name-based UUID (version 5 layout, SHA-1).
 */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Our id in HSDS: the id the record was imported with, else our own. */
const exportId = (row: { id: string; hsdsId?: string | null }): string => row.hsdsId ?? row.id;

/** Leaves out absent values: HSDS fields are typed, and null is not a string. */
function compact(object: Record<string, unknown>): HsdsObject {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined));
}

function phonesToHsds(phones: PartnerPhone[], owner: Record<string, string>): HsdsObject[] {
  return phones.map((p) => compact({ id: p.id, ...owner, number: p.number, type: p.type, description: p.description }));
}

const languageNames = new Intl.DisplayNames(['ja'], { type: 'language', fallback: 'code' });

/** One organisation as an HSDS 3.0 `organization` with its services, locations and contacts. */
export function organizationToHsds(entry: DirectoryEntry): HsdsObject {
  const o = entry.organization;
  const organizationId = exportId(o);
  const locationIds = new Map(entry.locations.map((l) => [l.id, exportId(l)]));
  const serviceIds = new Map(entry.services.map((s) => [s.service.id, exportId(s.service)]));
  return compact({
    id: organizationId,
    name: o.name,
    // Required by HSDS; ours is optional.
    description: o.description ?? '',
    email: o.email,
    website: o.website,
    phones: phonesToHsds(o.phones, { organization_id: organizationId }),
    contacts: entry.contacts.map((c) => {
      const contactId = exportId(c);
      return compact({
        id: contactId,
        organization_id: organizationId,
        service_id: c.service ? serviceIds.get(c.service.id) : null,
        name: c.name,
        title: c.title,
        department: c.department,
        email: c.email,
        phones: phonesToHsds(c.phones, { contact_id: contactId }),
      });
    }),
    locations: entry.locations.map((l) => {
      const locationId = exportId(l);
      return compact({
        id: locationId,
        location_type: l.type,
        url: l.url,
        organization_id: organizationId,
        name: l.name,
        description: l.description,
        addresses: l.address ? [addressToHsds(l.address, locationId)] : [],
      });
    }),
    services: entry.services.map(({ service: s, categories, locationIds: at }) => {
      const serviceId = exportId(s);
      return compact({
        id: serviceId,
        organization_id: organizationId,
        name: s.name,
        description: s.description,
        url: s.url,
        email: s.email,
        status: STATUS_TO_HSDS[s.status],
        fees_description: s.feesDescription,
        eligibility_description: s.eligibilityDescription,
        minimum_age: s.minimumAge,
        maximum_age: s.maximumAge,
        languages: s.languages.map((code) => ({
          id: derivedId(serviceId, 'language', code),
          service_id: serviceId,
          name: languageNames.of(code),
          code,
        })),
        service_areas: s.serviceAreas.map((name) => ({
          id: derivedId(serviceId, 'service_area', matchKey(name)),
          service_id: serviceId,
          name,
        })),
        service_at_locations: at.map((id) => {
          const locationId = locationIds.get(id) as string;
          return {
            id: derivedId(serviceId, 'service_at_location', locationId),
            service_id: serviceId,
            location_id: locationId,
          };
        }),
        attributes: categories.map((category) => ({
          id: derivedId(serviceId, 'category', matchKey(category.name)),
          link_id: serviceId,
          link_entity: 'service',
          taxonomy_term_id: category.id,
          taxonomy_term: {
            id: category.id,
            name: category.name,
            description: category.name,
            taxonomy: CATEGORY_TAXONOMY,
          },
        })),
      });
    }),
  });
}

function addressToHsds(address: PartnerAddress, locationId: string): HsdsObject {
  return {
    id: derivedId(locationId, 'address'),
    location_id: locationId,
    address_1: address.addressLine,
    city: address.city,
    state_province: address.prefecture,
    postal_code: address.postalCode,
    country: 'JP',
    address_type: 'physical',
  };
}

// --- import ---------------------------------------------------------------------------------

const uuid = { type: 'string', format: 'uuid' };
// The same bounds as the GraphQL inputs (dto/partner.inputs.ts) and the columns: an import is not a
// way around them, and a file cannot make one transaction arbitrarily long.
const text = (maxLength: number) => ({ type: 'string', maxLength });
const email = { type: 'string', format: 'email', maxLength: 254 };
// http(s) only: anything else (javascript:, data:) would become a link in the console.
const url = { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 500 };
const list = (items: object, maxItems: number) => ({ type: 'array', items, maxItems });
const phone = {
  type: 'object',
  required: ['id', 'number'],
  properties: {
    id: uuid,
    number: text(30),
    type: { type: 'string', enum: Object.values(PhoneType) },
    description: text(200),
  },
};
const phones = list(phone, 10);

/**
 * What the import reads of an HSDS 3.0 organisation, with HSDS's own requirements (required fields,
 * id formats, enums) for those parts: a JSON Schema (2020-12, the dialect of HSDS's OpenAPI 3.1
 * files) that the project owns. Fields HSDS defines and we do not keep are allowed and ignored.
 */
export const HSDS_IMPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'name', 'description'],
  properties: {
    id: uuid,
    name: text(200),
    description: text(5000),
    email,
    website: url,
    phones,
    contacts: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: uuid,
          service_id: uuid,
          name: text(200),
          title: text(200),
          department: text(200),
          email,
          phones,
        },
      },
    },
    locations: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'location_type'],
        properties: {
          id: uuid,
          location_type: { type: 'string', enum: ['physical', 'virtual'] },
          url,
          name: text(200),
          description: text(5000),
          addresses: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
              properties: {
                id: uuid,
                address_1: text(200),
                city: text(100),
                state_province: text(10),
                postal_code: { type: 'string', pattern: '^\\d{3}-?\\d{4}$' },
                country: { const: 'JP' },
                address_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] },
              },
            },
          },
        },
      },
    },
    services: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'name', 'status'],
        properties: {
          id: uuid,
          name: text(200),
          description: text(5000),
          url,
          email,
          status: { type: 'string', enum: Object.values(STATUS_TO_HSDS) },
          fees_description: text(2000),
          eligibility_description: text(2000),
          minimum_age: { type: 'integer', minimum: 0, maximum: 150 },
          maximum_age: { type: 'integer', minimum: 0, maximum: 150 },
          languages: {
            type: 'array',
            maxItems: 30,
            items: {
              type: 'object',
              required: ['id', 'code'],
              properties: { id: uuid, code: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' } },
            },
          },
          service_areas: {
            type: 'array',
            maxItems: 100,
            items: { type: 'object', required: ['id', 'name'], properties: { id: uuid, name: text(50) } },
          },
          service_at_locations: {
            type: 'array',
            maxItems: 50,
            items: { type: 'object', required: ['id', 'location_id'], properties: { id: uuid, location_id: uuid } },
          },
          attributes: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              required: ['id'],
              properties: {
                id: uuid,
                taxonomy_term: {
                  type: 'object',
                  required: ['id', 'name', 'description'],
                  properties: { id: uuid, name: text(50), description: text(2000) },
                },
              },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv, ['uuid', 'email', 'uri']);
const validateRecord = ajv.compile<HsdsOrganizationIn>(HSDS_IMPORT_SCHEMA);

/** An organisation of an import file, read into our fields; ids are the file's (HSDS) ids. */
export interface ImportedOrganization {
  id: string;
  name: string;
  description: string | null;
  email: string | null;
  website: string | null;
  phones: PartnerPhone[];
  services: {
    id: string;
    name: string;
    description: string | null;
    status: PartnerServiceStatus;
    eligibilityDescription: string | null;
    minimumAge: number | null;
    maximumAge: number | null;
    feesDescription: string | null;
    languages: string[];
    serviceAreas: string[];
    url: string | null;
    email: string | null;
    categoryNames: string[];
    locationIds: string[];
  }[];
  locations: {
    id: string;
    type: PartnerLocationType;
    name: string | null;
    description: string | null;
    url: string | null;
    address: PartnerAddress | null;
  }[];
  contacts: {
    id: string;
    serviceId: string | null;
    name: string | null;
    title: string | null;
    department: string | null;
    email: string | null;
    phones: PartnerPhone[];
  }[];
}

/** The parts of an HSDS organisation the import reads, as the schema above lets them through. */
interface HsdsPhoneIn {
  id: string;
  number: string;
  type?: PhoneType;
  description?: string;
}
interface HsdsOrganizationIn {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhoneIn[];
  contacts?: {
    id: string;
    service_id?: string;
    name?: string;
    title?: string;
    department?: string;
    email?: string;
    phones?: HsdsPhoneIn[];
  }[];
  locations?: {
    id: string;
    location_type: PartnerLocationType;
    url?: string;
    name?: string;
    description?: string;
    addresses?: {
      address_1: string;
      city: string;
      state_province: string;
      postal_code: string;
      address_type: string;
    }[];
  }[];
  services?: {
    id: string;
    name: string;
    description?: string;
    url?: string;
    email?: string;
    status: string;
    fees_description?: string;
    eligibility_description?: string;
    minimum_age?: number;
    maximum_age?: number;
    languages?: { code: string }[];
    service_areas?: { name: string }[];
    service_at_locations?: { location_id: string }[];
    attributes?: { taxonomy_term?: { name: string } }[];
  }[];
}

/**
 * Reads one organisation of an import file: its schema errors, or the checks beyond the schema
 * (lengths, ages, references inside the record), or the organisation in our terms.
 */
export function readHsdsOrganization(record: unknown): { organization: ImportedOrganization } | { errors: string[] } {
  if (!validateRecord(record)) return { errors: (validateRecord.errors ?? []).map(describe) };
  const r = record;
  const errors: string[] = [];
  const limited = (value: string | undefined, path: string, max: number, required = false): string | null => {
    const cleaned = optionalText(value);
    if (required && !cleaned) errors.push(`${path}: must not be empty`);
    else if (cleaned && [...cleaned].length > max) errors.push(`${path}: must be at most ${max} characters`);
    return cleaned;
  };
  const phonesOf = (list: HsdsPhoneIn[] | undefined, path: string): PartnerPhone[] =>
    (list ?? []).map((p, i) => {
      if (!/^[0-9+\-() ]{3,30}$/.test(p.number)) errors.push(`${path}/${i}/number: must be digits, spaces, +, - or ()`);
      return {
        id: p.id,
        number: p.number.trim(),
        type: p.type ?? null,
        description: limited(p.description, `${path}/${i}/description`, 200),
      };
    });
  const locations = (r.locations ?? []).map((l, i) => {
    // We keep one address: the physical one, else the first.
    const address = l.addresses?.find((a) => a.address_type === 'physical') ?? l.addresses?.[0];
    const location = {
      id: l.id,
      type: l.location_type,
      name: limited(l.name, `/locations/${i}/name`, 200),
      description: limited(l.description, `/locations/${i}/description`, 5000),
      url: l.url ?? null,
      address: address
        ? {
            postalCode: address.postal_code.replace(/^(\d{3})(\d{4})$/, '$1-$2'),
            prefecture: limited(address.state_province, `/locations/${i}/address/state_province`, 10, true) ?? '',
            city: limited(address.city, `/locations/${i}/address/city`, 100, true) ?? '',
            addressLine: limited(address.address_1, `/locations/${i}/address/address_1`, 200, true) ?? '',
          }
        : null,
    };
    if (location.type === PartnerLocationType.VIRTUAL && !location.url) {
      errors.push(`/locations/${i}: a virtual location needs a url`);
    }
    return location;
  });
  const locationIds = new Set(locations.map((l) => l.id));
  const services = (r.services ?? []).map((s, i) => {
    const path = `/services/${i}`;
    if (s.minimum_age !== undefined && s.maximum_age !== undefined && s.minimum_age > s.maximum_age) {
      errors.push(`${path}/maximum_age: must not be below minimum_age`);
    }
    const at = (s.service_at_locations ?? []).map((a) => a.location_id);
    for (const [j, id] of at.entries()) {
      if (!locationIds.has(id))
        errors.push(`${path}/service_at_locations/${j}/location_id: not a location of this organisation`);
    }
    const areas = (s.service_areas ?? []).map(
      (a, j) => limited(a.name, `${path}/service_areas/${j}/name`, 50, true) ?? '',
    );
    const categoryNames = (s.attributes ?? [])
      .flatMap((a) => (a.taxonomy_term ? [a.taxonomy_term.name] : []))
      .map((name, j) => limited(name, `${path}/attributes/${j}/taxonomy_term/name`, 50, true) ?? '');
    return {
      id: s.id,
      name: limited(s.name, `${path}/name`, 200, true) ?? '',
      description: limited(s.description, `${path}/description`, 5000),
      status: STATUS_FROM_HSDS.get(s.status) as PartnerServiceStatus,
      eligibilityDescription: limited(s.eligibility_description, `${path}/eligibility_description`, 2000),
      minimumAge: s.minimum_age ?? null,
      maximumAge: s.maximum_age ?? null,
      feesDescription: limited(s.fees_description, `${path}/fees_description`, 2000),
      languages: [...new Set((s.languages ?? []).map((l) => l.code))],
      serviceAreas: dedupe(areas),
      url: s.url ?? null,
      email: s.email ?? null,
      categoryNames: dedupe(categoryNames),
      locationIds: [...new Set(at)],
    };
  });
  const serviceIds = new Set(services.map((s) => s.id));
  const contacts = (r.contacts ?? []).map((c, i) => {
    const path = `/contacts/${i}`;
    if (c.service_id && !serviceIds.has(c.service_id))
      errors.push(`${path}/service_id: not a service of this organisation`);
    const contact = {
      id: c.id,
      serviceId: c.service_id ?? null,
      name: limited(c.name, `${path}/name`, 200),
      title: limited(c.title, `${path}/title`, 200),
      department: limited(c.department, `${path}/department`, 200),
      email: c.email ?? null,
      phones: phonesOf(c.phones, `${path}/phones`),
    };
    if (!contact.name && !contact.email && contact.phones.length === 0) {
      errors.push(`${path}: a contact needs a name, an email or a phone`);
    }
    return contact;
  });
  const duplicated = (ids: string[]): boolean => new Set(ids).size !== ids.length;
  if (duplicated(services.map((x) => x.id))) errors.push('/services: two services have the same id');
  if (duplicated(locations.map((x) => x.id))) errors.push('/locations: two locations have the same id');
  if (duplicated(contacts.map((x) => x.id))) errors.push('/contacts: two contacts have the same id');
  const organization: ImportedOrganization = {
    id: r.id,
    name: limited(r.name, '/name', 200, true) ?? '',
    description: limited(r.description, '/description', 5000),
    email: r.email ?? null,
    website: r.website ?? null,
    phones: phonesOf(r.phones, '/phones'),
    services,
    locations,
    contacts,
  };
  return errors.length ? { errors } : { organization };
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = matchKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: ErrorObject): string {
  const detail =
    error.keyword === 'enum'
      ? `${error.message}: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
      : error.message;
  return `${error.instancePath || '/'}: ${detail}`;
}
