import './locale';
import './figures-locale';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../ui/QueryProblem';
import { FOOD_DELIVERY_SUMMARY } from './figures-queries';

const TH = 'p-2 text-left';
const NUM = 'p-2 text-right tabular-nums';

/**
 * A food-delivery programme's aggregates for those who may see figures but not households (a
 * municipal viewer): households by status, places per round, donations by kind of donor; small
 * counts come hidden from the API.
 */
export function FoodDeliveryFigures({ programmeId, name }: { programmeId: string; name: string }) {
  const { t } = useTranslation();
  const summary = useQuery(FOOD_DELIVERY_SUMMARY, { variables: { programmeId } });
  const s = summary.data?.foodDeliverySummary;
  if (!s) return <QueryProblem error={summary.error} onRetry={() => void summary.refetch()} />;
  const headingId = `food-figures-${programmeId}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h3 id={headingId} className="text-lg font-bold">
        {t('foodFigures.title', { name })}
      </h3>
      <p className="text-solid-gray-700">{t('foodFigures.lead', { k: s.suppressionThreshold })}</p>
      <div className="flex flex-wrap items-start gap-8">
        <table className="border-collapse">
          <caption className="mb-1 text-left font-bold">{t('foodFigures.statuses')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-200">
              <th scope="col" className={TH}>
                {t('foodFigures.status')}
              </th>
              <th scope="col" className={NUM}>
                {t('foodFigures.households')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.statuses.map((row) => (
              <tr key={row.status} className="border-b border-solid-gray-200 last:border-b-0">
                <th scope="row" className={`${TH} font-normal`}>
                  {t(`food.status.${row.status}`)}
                </th>
                <td className={NUM}>{row.households.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="border-collapse">
          <caption className="mb-1 text-left font-bold">{t('foodFigures.donations')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-200">
              <th scope="col" className={TH}>
                {t('foodFigures.donorKind')}
              </th>
              <th scope="col" className={NUM}>
                {t('foodFigures.donors')}
              </th>
              <th scope="col" className={NUM}>
                {t('foodFigures.items')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.donations.map((row) => (
              <tr key={row.kind} className="border-b border-solid-gray-200 last:border-b-0">
                <th scope="row" className={`${TH} font-normal`}>
                  {t(`foodFigures.kind.${row.kind}`)}
                </th>
                <td className={NUM}>{row.donors.display}</td>
                <td className={NUM}>{row.items.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {s.rounds.length === 0 ? (
        <p>{t('foodFigures.noRounds')}</p>
      ) : (
        <table className="border-collapse">
          <caption className="mb-1 text-left font-bold">{t('foodFigures.rounds')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-200">
              <th scope="col" className={TH}>
                {t('foodFigures.round')}
              </th>
              <th scope="col" className={TH}>
                {t('foodFigures.period')}
              </th>
              <th scope="col" className={NUM}>
                {t('foodFigures.capacity')}
              </th>
              <th scope="col" className={NUM}>
                {t('foodFigures.filled')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.rounds.map((round) => (
              <tr key={round.roundId} className="border-b border-solid-gray-200 last:border-b-0">
                <th scope="row" className={`${TH} font-normal`}>
                  {round.name}
                </th>
                <td className={`${TH} tabular-nums`}>
                  {round.startsOn}〜{round.endsOn}
                </td>
                <td className={NUM}>{round.capacity}</td>
                <td className={NUM}>{round.filled.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
