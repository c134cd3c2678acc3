import { useMutation, useQuery } from '@apollo/client/react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const ON_DUTY = graphql(`
  query OnDuty {
    onDuty {
      onDuty
    }
  }
`);

const SET_ON_DUTY = graphql(`
  mutation SetOnDuty($input: SetOnDutyInput!) {
    setOnDuty(input: $input) {
      onDuty
    }
  }
`);

/** On duty, a counsellor is the first to be told of an urgent message. */
export function OnDutySwitch() {
  const { t } = useTranslation();
  const { data } = useQuery(ON_DUTY);
  const [setOnDuty] = useMutation(SET_ON_DUTY, {
    update: (cache, { data: result }) => {
      if (result) cache.writeQuery({ query: ON_DUTY, data: { onDuty: result.setOnDuty } });
    },
  });
  const onDuty = data?.onDuty?.onDuty ?? false;
  return (
    <Switch
      isSelected={onDuty}
      onChange={(value) => void setOnDuty({ variables: { input: { onDuty: value } } })}
      className="group flex cursor-pointer items-center gap-2 text-sm"
    >
      <span className="flex h-6 w-11 items-center rounded-full bg-solid-gray-420 px-0.5 transition group-data-[selected]:bg-green-700 group-data-[focus-visible]:outline-4 group-data-[focus-visible]:outline-focus-yellow">
        <span className="size-5 rounded-full bg-white transition group-data-[selected]:translate-x-5" />
      </span>
      {t('duty.label')}
    </Switch>
  );
}
