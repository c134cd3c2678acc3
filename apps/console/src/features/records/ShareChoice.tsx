import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/i18n';
import { useShell } from '../shell/useShell';
import { versionOf } from './definition';
import { SHARE_CHOICES } from './queries';
import { readable, ShownValue } from './values';

/**
 * In the refer dialog: the filled fields of the family's latest assessment, each with its label and
 * value, to tick the ones the partner should read. Only the ticked keys go with the referral.
 */
export function ShareChoice({
  conversationId,
  chosen,
  onChange,
  error,
}: {
  conversationId: string;
  chosen: string[];
  onChange: (keys: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const { data } = useQuery(SHARE_CHOICES, { variables: { id: conversationId } });
  const latest = data?.conversation?.caseRecord?.latestAssessment;
  if (!data) return null;
  const values = (latest?.values ?? {}) as Record<string, unknown>;
  const filled = (value: unknown) =>
    value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  const fields = latest
    ? versionOf(latest.templateVersion).sections.flatMap((section) =>
        section.fields.filter((field) => filled(values[field.key])).map((field) => ({ section, field })),
      )
    : [];
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? 'share-fields-error' : undefined}>
      <legend className="mb-1 text-lg font-bold">{t('records.share.title')}</legend>
      {!latest || fields.length === 0 ? (
        <p className="text-sm text-solid-gray-700">{t('records.share.none')}</p>
      ) : (
        <>
          <p className="text-sm text-solid-gray-800">
            {t('records.share.lead', { date: formatDate(latest.createdAt, tenant.timezone) })}
          </p>
          <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto rounded-8 border border-solid-gray-200 p-2">
            {fields.map(({ section, field }) => (
              <li key={field.key}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.includes(field.key)}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...chosen, field.key] : chosen.filter((key) => key !== field.key))
                    }
                    className="mt-1 size-4"
                  />
                  <span>
                    <span className="font-bold">
                      {section.title !== field.label ? `${section.title} › ${field.label}` : field.label}
                    </span>
                    <span className="block whitespace-pre-wrap text-solid-gray-800">
                      <ShownValue
                        kind={field.kind}
                        value={readable(field, values[field.key])}
                        columns={field.columns}
                      />
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p id="share-fields-error" className="text-sm text-error-2">
          {error}
        </p>
      )}
    </fieldset>
  );
}
