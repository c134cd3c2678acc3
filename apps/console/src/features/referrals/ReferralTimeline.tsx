import { useTranslation } from 'react-i18next';
import type { ReferralSide, ReferralStatus } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n';

export interface ReferralStep {
  toStatus: ReferralStatus;
  occurredAt: string;
  actorName?: string | null;
  actorSide: ReferralSide;
  reason?: string | null;
  note?: string | null;
}

/** A note: a step that changed no status (the API's `reason` `note`), its text in `note`. */
function isNote(step: ReferralStep): boolean {
  return step.reason === 'note';
}

/** The assessment fields shared when sent (the API's `reason` `assessment_shared`), their labels in `note`. */
function isShare(step: ReferralStep): boolean {
  return step.reason === 'assessment_shared';
}

/**
 * Who did what when, as both sides read it: each step with its person's name (the API's `actorName`:
 * to a partner, the referring side is the tenant's desk) and their side, the outcome or reason, and the
 * note; a note either side added shows as one, in its author's name and side.
 */
export function ReferralTimeline({ steps, timeZone }: { steps: ReferralStep[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="referral-timeline" className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id="referral-timeline" className="mb-2 text-xl font-bold">
        {t('referral.timeline')}
      </h2>
      <ol className="flex flex-col gap-2" aria-labelledby="referral-timeline">
        {steps.map((step, index) => (
          <li key={`${step.occurredAt}-${index}`} className="flex flex-wrap gap-x-3" data-testid="referral-step">
            <time dateTime={step.occurredAt} className="text-sm text-solid-gray-700">
              {formatDateTime(step.occurredAt, timeZone)}
            </time>
            <span className="font-bold">
              {isNote(step)
                ? t('referralNotes.step')
                : isShare(step)
                  ? t('referralNotes.assessmentShared')
                  : t(`referral.status.${step.toStatus}`)}
            </span>
            <span>
              {step.actorName ?? t('referral.system')}
              {step.actorSide !== 'SYSTEM' && (
                <span className="text-sm text-solid-gray-700">（{t(`referral.side.${step.actorSide}`)}）</span>
              )}
            </span>
            {step.reason && !isNote(step) && !isShare(step) && (
              <span>{t(`referral.reason.${step.reason.toUpperCase()}`, { defaultValue: step.reason })}</span>
            )}
            {step.note && <span className="text-solid-gray-800">「{step.note}」</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
