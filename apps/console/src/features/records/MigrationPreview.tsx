import { useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { MIGRATE_ASSESSMENT, MIGRATION_PREVIEW } from './queries';

/**
 * Moving an assessment to its template's newest version: first what happens to each field (kept,
 * dropped, added, missing), then the move. A missing required field is refused by the API with its
 * path; the counsellor then edits the assessment on the new version.
 */
export function MigrationPreview({ assessmentId, onDone }: { assessmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [load, preview] = useLazyQuery(MIGRATION_PREVIEW, { fetchPolicy: 'network-only' });
  const [migrate, migrating] = useMutation(MIGRATE_ASSESSMENT);
  const [error, setError] = useState<string | null>(null);
  const data = preview.data?.assessmentMigrationPreview;
  if (!data) {
    return (
      <Button variant="secondary" onPress={() => void load({ variables: { id: assessmentId } })}>
        {t('records.migration.preview')}
      </Button>
    );
  }
  const missing = data.steps.filter((s) => s.outcome === 'MISSING');
  return (
    <section
      aria-label={t('records.migration.title', { from: data.from.version, to: data.to.version })}
      className="mt-3"
    >
      <h3 className="font-bold">{t('records.migration.title', { from: data.from.version, to: data.to.version })}</h3>
      <ul className="my-2 text-sm">
        {data.steps.map((step) => (
          <li key={step.field}>
            {step.label}: {t(`records.migration.outcome.${step.outcome}`)}
          </li>
        ))}
      </ul>
      {error && <Alert>{error}</Alert>}
      {missing.length > 0 ? (
        <p className="text-sm text-error-2">
          {t('records.migration.missing', { fields: missing.map((s) => s.label).join('、') })}
        </p>
      ) : (
        <Button
          isDisabled={migrating.loading}
          onPress={() =>
            void migrate({ variables: { input: { id: assessmentId, toVersionId: data.to.id } } })
              .then(onDone)
              .catch((e: unknown) => setError(messageOf(e)))
          }
        >
          {t('records.migration.apply', { to: data.to.version })}
        </Button>
      )}
    </section>
  );
}
