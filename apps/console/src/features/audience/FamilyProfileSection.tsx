import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { RegistrantAttributeKind } from '../../gql/graphql';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useShell } from '../shell/useShell';
import { AUDIENCE_SCHEMA, FAMILY_PROFILE, UPDATE_FAMILY_PROFILE } from './queries';

/**
 * In the family card: what the tenant knows of the family (its attributes' values, from the LINE survey
 * or a counsellor) and its tags; counsellors edit them here.
 */
export function FamilyProfileSection({ registrantId }: { registrantId: string }) {
  const { t } = useTranslation();
  const { can } = useShell();
  const schema = useQuery(AUDIENCE_SCHEMA, { skip: !can('tenant:audience-schema:read') });
  const profile = useQuery(FAMILY_PROFILE, { variables: { registrantId } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const attributes = schema.data?.audienceSchema?.attributes ?? [];
  const values = profile.data?.familyProfile?.values ?? [];
  const tags = profile.data?.familyProfile?.tags ?? [];
  if (!profile.data?.familyProfile) return null;
  const valuesOf = (key: string) => values.find((v) => v.attributeKey === key)?.values ?? [];
  const known = attributes.filter((a) => valuesOf(a.key).length > 0);
  return (
    <section aria-labelledby="family-profile" className="flex flex-col gap-2">
      <h4 id="family-profile" className="font-bold">
        {t('audience.family.title')}
      </h4>
      {saved && !editing && <Alert tone="success">{t('audience.family.saved')}</Alert>}
      {editing ? (
        <ProfileForm
          registrantId={registrantId}
          attributes={attributes}
          valuesOf={valuesOf}
          tags={tags}
          suggestions={schema.data?.audienceSchema?.tags ?? []}
          done={(didSave) => {
            setEditing(false);
            setSaved(didSave);
            // FamilyProfile has no id for the cache to match: read it again, and the tags in use with it.
            if (didSave) void Promise.all([profile.refetch(), schema.refetch()]);
          }}
        />
      ) : (
        <>
          {known.length === 0 ? (
            <p className="text-sm text-solid-gray-700">{t('audience.family.none')}</p>
          ) : (
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="family-values">
              {known.map((a) => (
                <div key={a.key} className="contents">
                  <dt className="font-bold text-solid-gray-700">{a.label}</dt>
                  <dd>{valuesOf(a.key).join('、')}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="text-sm">
            <span className="font-bold text-solid-gray-700">{t('audience.family.tags')}：</span>
            {tags.length === 0 ? t('audience.family.noTags') : tags.join('、')}
          </p>
          {can('tenant:family-profiles:edit') && (
            <div>
              <Button variant="secondary" onPress={() => setEditing(true)}>
                {t('audience.family.edit')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

type Attribute = { key: string; label: string; kind: RegistrantAttributeKind; choices: string[] };

function ProfileForm({
  registrantId,
  attributes,
  valuesOf,
  tags: initialTags,
  suggestions,
  done,
}: {
  registrantId: string;
  attributes: Attribute[];
  valuesOf: (key: string) => string[];
  tags: string[];
  suggestions: string[];
  done: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(attributes.map((a) => [a.key, valuesOf(a.key)])),
  );
  const [months, setMonths] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      attributes.filter((a) => a.kind === 'YEAR_MONTH').map((a) => [a.key, valuesOf(a.key).join(', ')]),
    ),
  );
  const [tags, setTags] = useState(initialTags);
  const [newTag, setNewTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UPDATE_FAMILY_PROFILE);
  const set = (key: string, values: string[]) => setDraft((d) => ({ ...d, [key]: values }));
  const addTag = () => {
    const tag = newTag.trim();
    if (tag && !tags.includes(tag)) setTags([...tags, tag]);
    setNewTag('');
  };
  const submit = async () => {
    setError(null);
    const values = attributes.map((a) => ({
      attributeKey: a.key,
      values:
        a.kind === 'YEAR_MONTH'
          ? (months[a.key] ?? '')
              .split(/[,、，\s]+/)
              .map((m) => m.trim())
              .filter(Boolean)
          : (draft[a.key] ?? []),
    }));
    try {
      await save({ variables: { input: { registrantId, values, tags } } });
      done(true);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <form
      className="flex flex-col gap-3 text-sm"
      aria-label={t('audience.family.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {error && <Alert>{error}</Alert>}
      {attributes.map((a) => {
        const id = `family-attr-${a.key}`;
        if (a.kind === 'YEAR_MONTH') {
          return (
            <div key={a.key} className="flex flex-col gap-1">
              <label htmlFor={id} className="font-bold text-solid-gray-800">
                {a.label}
              </label>
              <span id={`${id}-hint`} className="text-xs text-solid-gray-700">
                {t('audience.family.months')}
              </span>
              <input
                id={id}
                aria-describedby={`${id}-hint`}
                value={months[a.key] ?? ''}
                onChange={(e) => setMonths((m) => ({ ...m, [a.key]: e.target.value }))}
                className="rounded-8 border border-solid-gray-600 px-3 py-2"
              />
            </div>
          );
        }
        if (a.kind === 'MULTIPLE_CHOICE') {
          return (
            <fieldset key={a.key} className="flex flex-col gap-1">
              <legend className="font-bold text-solid-gray-800">{a.label}</legend>
              {a.choices.map((choice) => (
                <label key={choice} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={(draft[a.key] ?? []).includes(choice)}
                    onChange={(e) =>
                      set(
                        a.key,
                        e.target.checked
                          ? [...(draft[a.key] ?? []), choice]
                          : (draft[a.key] ?? []).filter((c) => c !== choice),
                      )
                    }
                    className="size-4"
                  />
                  {choice}
                </label>
              ))}
            </fieldset>
          );
        }
        return (
          <div key={a.key} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-bold text-solid-gray-800">
              {a.label}
            </label>
            <select
              id={id}
              value={draft[a.key]?.[0] ?? ''}
              onChange={(e) => set(a.key, e.target.value ? [e.target.value] : [])}
              className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2"
            >
              <option value="">{t('audience.family.unset')}</option>
              {a.choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <fieldset className="flex flex-col gap-2">
        <legend className="font-bold text-solid-gray-800">{t('audience.family.tags')}</legend>
        <ul className="flex flex-wrap gap-2" aria-label={t('audience.family.tags')}>
          {tags.map((tag) => (
            <li key={tag} className="flex items-center gap-1 rounded-full border border-solid-gray-420 px-2 py-0.5">
              {tag}
              <button
                type="button"
                aria-label={t('audience.family.removeTag', { tag })}
                onClick={() => setTags(tags.filter((x) => x !== tag))}
                className="px-1 text-solid-gray-800"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="family-new-tag">{t('audience.family.newTag')}</label>
            <input
              id="family-new-tag"
              list="family-tag-suggestions"
              value={newTag}
              maxLength={30}
              onChange={(e) => setNewTag(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTag();
                }
              }}
              className="rounded-8 border border-solid-gray-600 px-3 py-2"
            />
            <datalist id="family-tag-suggestions">
              {suggestions
                .filter((s) => !tags.includes(s))
                .map((s) => (
                  <option key={s} value={s} />
                ))}
            </datalist>
          </div>
          <Button variant="secondary" onPress={addTag}>
            {t('audience.family.addTag')}
          </Button>
        </div>
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" isDisabled={loading}>
          {t('audience.family.save')}
        </Button>
        <Button variant="text" onPress={() => done(false)}>
          {t('audience.family.cancel')}
        </Button>
      </div>
    </form>
  );
}
