import './locale';
import { useQuery } from '@apollo/client/react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select';
import { SECONDMENT_CITIES } from './queries';

/** The city's name in the page's language. */
export function useCityName(): (city: { nameJa: string; nameEn: string }) => string {
  const { i18n } = useTranslation();
  return (city) => (i18n.language === 'en' ? city.nameEn : city.nameJa);
}

/**
 * The active cities by name, for a filter or a form: the value is the slug the API takes.
 * `emptyLabel` names the choice of none (every city, or "choose one").
 */
export function useCityOptions(emptyLabel: string): { value: string; label: string }[] {
  const cities = useQuery(SECONDMENT_CITIES);
  const name = useCityName();
  return [
    { value: '', label: emptyLabel },
    ...(cities.data?.secondmentCities ?? []).map((city) => ({ value: city.slug, label: name(city) })),
  ];
}

/** A city chosen by its name in a form; its error (ours or the API's) shows under it. */
export function CitySelect<T extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const options = useCityOptions(t('secondments.cities.choose'));
  return (
    <Select
      label={label}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      options={options}
      error={fieldState.error?.message}
    />
  );
}
