import './locale';
import { useMutation } from '@apollo/client/react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Link';
import { useShell } from '../shell/useShell';
import { HouseholdForm } from './HouseholdForm';
import { ENROL } from './queries';

/** Staff record an application taken by phone or at the counter: an APPLIED household with no LINE family. */
export default function EnrolPage() {
  const { t } = useTranslation();
  const { slug } = useShell();
  const { programmeId } = useParams({ from: '/$tenant/programmes/$programmeId/food-delivery/enrol' });
  const navigate = useNavigate();
  const [enrol] = useMutation(ENROL);
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <TextLink to="/$tenant/programmes/$programmeId/food-delivery" params={{ tenant: slug, programmeId }}>
          {t('food.household.back')}
        </TextLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('food.enrol.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('food.enrol.lead')}</p>
      <HouseholdForm
        submitLabel={t('food.enrol.save')}
        onSubmit={async (input) => {
          const res = await enrol({ variables: { input: { ...input, programmeId } } });
          const id = res.data?.enrolFoodHousehold.id;
          if (id)
            await navigate({ to: '/$tenant/programmes/food-delivery/households/$id', params: { tenant: slug, id } });
        }}
      />
    </div>
  );
}
