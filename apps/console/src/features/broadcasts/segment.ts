import type {
  BroadcastItemFragment,
  BroadcastMessageKind,
  BroadcastAudienceKind,
  SegmentConditionKind,
  SegmentInput,
  SegmentMatch,
} from '../../gql/graphql';

/** One condition as the editor holds it: every kind's fields, ages as typed. */
export interface ConditionForm {
  kind: SegmentConditionKind;
  /** The attribute's key; empty until one is chosen (and for tags). */
  attributeKey: string;
  choices: string[];
  ageFrom: string;
  ageTo: string;
  tags: string[];
}

export interface GroupForm {
  match: SegmentMatch;
  conditions: ConditionForm[];
}

/** Laid out as the API's `SegmentInput`, so that its field errors (`segment.groups.0.conditions.1.choices`) name the editor's fields. */
export interface SegmentForm {
  match: SegmentMatch;
  groups: GroupForm[];
}

export interface MessageForm {
  kind: BroadcastMessageKind;
  text: string;
  imageUrl: string;
  title: string;
  url: string;
}

export interface ComposerForm {
  title: string;
  channelId: string;
  messages: MessageForm[];
  audienceKind: BroadcastAudienceKind;
  segment: SegmentForm;
  scheduleMode: 'now' | 'at';
  scheduledAt: string;
  notificationDisabled: boolean;
  aggregationUnit: string;
}

export const EMPTY_CONDITION: ConditionForm = {
  kind: 'CHOICES',
  attributeKey: '',
  choices: [],
  ageFrom: '',
  ageTo: '',
  tags: [],
};

export const EMPTY_GROUP: GroupForm = { match: 'ALL', conditions: [EMPTY_CONDITION] };

export const EMPTY_SEGMENT: SegmentForm = { match: 'ALL', groups: [EMPTY_GROUP] };

/** A saved segment, for the editor. */
export function segmentForm(segment: BroadcastItemFragment['segment']): SegmentForm {
  if (!segment) return EMPTY_SEGMENT;
  return {
    match: segment.match,
    groups: segment.groups.map((group) => ({
      match: group.match,
      conditions: group.conditions.map((c) => ({
        kind: c.kind,
        attributeKey: c.attributeKey ?? '',
        choices: c.choices ?? [],
        ageFrom: c.ageFrom == null ? '' : String(c.ageFrom),
        ageTo: c.ageTo == null ? '' : String(c.ageTo),
        tags: c.tags ?? [],
      })),
    })),
  };
}

/** The oldest age a band may name (the API's limit). */
export const MAX_AGE = 30;

function age(typed: string): number | null {
  const trimmed = typed.trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The editor's segment as the API takes it; what is missing is left for the API to name. */
export function segmentInput(form: SegmentForm): SegmentInput {
  return {
    match: form.match,
    groups: form.groups.map((group) => ({
      match: group.match,
      conditions: group.conditions.map((c) =>
        c.kind === 'TAGS'
          ? { kind: c.kind, tags: c.tags }
          : c.kind === 'AGE'
            ? { kind: c.kind, attributeKey: c.attributeKey || null, ageFrom: age(c.ageFrom), ageTo: age(c.ageTo) }
            : { kind: c.kind, attributeKey: c.attributeKey || null, choices: c.choices },
      ),
    })),
  };
}

/** Whether every condition says enough to be counted (the count waits for it rather than show an error mid-edit). */
export function segmentComplete(form: SegmentForm): boolean {
  return form.groups.every(
    (group) =>
      group.conditions.length > 0 &&
      group.conditions.every((c) => {
        if (c.kind === 'TAGS') return c.tags.length > 0;
        if (!c.attributeKey) return false;
        if (c.kind === 'CHOICES') return c.choices.length > 0;
        const from = age(c.ageFrom);
        const to = age(c.ageTo);
        return from !== null && to !== null && from <= to && to <= MAX_AGE;
      }),
  );
}

/**
 * The editor's field for an API field error: a choice or tag of a list lands on its list, a condition's
 * kind on its attribute.
 */
export function fieldOfError(field: string): string {
  return field.replace(/\.(choices|tags)\.\d+$/, '.$1').replace(/\.kind$/, '.attributeKey');
}
