import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const CRISIS_CONTACTS = graphql(`
  query CrisisContacts {
    crisisContacts {
      name
      phone
      note
    }
  }
`);

/** The numbers the tenant gives a family in crisis, ready to read out or send. */
export function CrisisContacts() {
  const { t } = useTranslation();
  const { data } = useQuery(CRISIS_CONTACTS);
  const contacts = data?.crisisContacts ?? [];
  if (contacts.length === 0) return null;
  return (
    <div className="mt-1">
      <p className="text-sm font-bold">{t('urgent.contacts')}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {contacts.map((c) => (
          <li key={`${c.name}-${c.phone}`}>
            {c.name}{' '}
            <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`} className="font-bold underline">
              {c.phone}
            </a>
            {c.note && <span className="text-solid-gray-800">（{c.note}）</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
