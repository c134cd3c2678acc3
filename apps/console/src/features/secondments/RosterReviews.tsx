import './locale';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/i18n';
import { QueryProblem } from '../../ui/QueryProblem';
import { useCityName } from './CitySelect';
import { SECONDMENT_CITIES } from './queries';

const TH = 'border-b border-solid-gray-420 px-3 py-2 text-left font-bold';
const TD = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/**
 * Each active city's confirmation of its roster (名簿の確認): when and by whom, and the cities that
 * owe one this fiscal year (never reviewed, or last before the year began in the city's calendar).
 */
export function RosterReviews() {
  const { t } = useTranslation();
  const name = useCityName();
  const cities = useQuery(SECONDMENT_CITIES);
  const due = cities.data?.secondmentCities?.filter((c) => c.rosterReviewDue).length ?? 0;
  return (
    <section aria-labelledby="roster-reviews" className="mt-8 rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="roster-reviews" className="mb-2 text-xl font-bold">
        {t('secondments.reviews.title')}
      </h2>
      <p className="mb-4 text-solid-gray-700">{t('secondments.reviews.help')}</p>
      {!cities.data?.secondmentCities ? (
        <QueryProblem error={cities.error} onRetry={() => void cities.refetch()} />
      ) : cities.data.secondmentCities.length === 0 ? (
        <p>{t('secondments.reviews.empty')}</p>
      ) : (
        <>
          <p className="mb-4 font-bold">{t('secondments.reviews.dueCount', { n: due })}</p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t('secondments.reviews.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    {t('secondments.reviews.city')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.reviews.state')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.reviews.reviewedAt')}
                  </th>
                  <th scope="col" className={TH}>
                    {t('secondments.reviews.reviewer')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cities.data.secondmentCities.map((city) => (
                  <tr key={city.slug}>
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      {name(city)}
                    </th>
                    <td className={TD}>
                      {city.rosterReviewDue ? (
                        <span className="font-bold text-error-2">{t('secondments.reviews.due')}</span>
                      ) : (
                        <span className="font-bold text-success-2">{t('secondments.reviews.done')}</span>
                      )}
                    </td>
                    <td className={TD}>
                      {city.lastRosterReview
                        ? formatDateTime(city.lastRosterReview.reviewedAt, city.timezone)
                        : t('secondments.reviews.never')}
                    </td>
                    <td className={TD}>{city.lastRosterReview?.reviewerName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
