import type { AssessmentFieldKind, TemplateVersionFieldsFragment } from '../../gql/graphql';

/** A template version's sections, as its `definition` JSON holds them (the shape of its typed `sections`). */
export interface Choice {
  value: string;
  label: string;
}

export interface Field {
  key: string;
  label: string;
  kind: AssessmentFieldKind;
  required: boolean;
  help: string | null;
  reportable: boolean;
  choices: Choice[];
  /** A TABLE's columns (never tables). */
  columns: Field[];
}

export interface Section {
  key: string;
  title: string;
  fields: Field[];
}

export interface Version {
  id: string;
  templateId: string;
  templateName: string;
  version: number;
  sections: Section[];
}

export function versionOf(fragment: TemplateVersionFieldsFragment): Version {
  const definition = fragment.definition as { sections: Section[] };
  return {
    id: fragment.id,
    templateId: fragment.templateId,
    templateName: fragment.templateName,
    version: fragment.version,
    sections: definition.sections,
  };
}
