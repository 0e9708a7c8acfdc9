/**
 * Words of the request forms. The engine defines forms and fields by id only (a form's title and
 * legal basis are `request.form.<type>.title` / `.legalBasis`); their label, help text, the
 * reason the recipient needs them and option labels are in the UI dictionary:
 * `request.field.<field>.<part>`, or `request.field.<type>.<field>.<part>` where one form words
 * a field differently (that key wins). Forms word their fields once, here, then render as before.
 */
import type { FieldDefinition, FormType } from '../engine/forms-runtime.ts';

/** A dictionary lookup that says when a key is missing (own properties only). */
export type WordLookup = (key: string) => string | undefined;

/** An option with its words. */
export interface WordedOption {
  value: string;
  label: string;
}

/** A field with its words, as the forms and the text export render it. */
export interface WordedField extends Omit<FieldDefinition, 'options'> {
  label: string;
  help: string;
  /** Why the recipient needs it (said when it is missing). */
  why: string;
  options?: WordedOption[];
}

/** The part of a field's words a key names. */
export type FieldPart = 'label' | 'help' | 'why' | `option.${string}`;

/** The dictionary keys for one part of a field, most specific first. */
export function fieldWordKeys(type: FormType, field: string, part: FieldPart): [string, string] {
  return [`request.field.${type}.${field}.${part}`, `request.field.${field}.${part}`];
}

/** A lookup over the labels an island received (or any plain dictionary object). */
export function labelLookup(labels: Readonly<Record<string, string | undefined>>): WordLookup {
  return (key) => (Object.hasOwn(labels, key) ? labels[key] : undefined);
}

/** A lookup over a translator, which answers a missing key with the key itself. */
export function translatorLookup(t: (key: never) => string): WordLookup {
  const tr = t as (key: string) => string;
  return (key) => {
    const text = tr(key);
    return text === key ? undefined : text;
  };
}

/** One part's words; a missing key shows the shared key itself, so tests notice it. */
export function fieldWord(
  lookup: WordLookup,
  type: FormType,
  field: string,
  part: FieldPart,
): string {
  const [specific, shared] = fieldWordKeys(type, field, part);
  return lookup(specific) ?? lookup(shared) ?? shared;
}

/** A form's title or legal basis (`request.form.<type>.title` / `.legalBasis`). */
export function formWord(lookup: WordLookup, type: FormType, part: 'title' | 'legalBasis'): string {
  const key = `request.form.${type}.${part}`;
  return lookup(key) ?? key;
}

/** A field with its words from the dictionary. */
export function wordField(lookup: WordLookup, type: FormType, f: FieldDefinition): WordedField {
  const word = (part: FieldPart): string => fieldWord(lookup, type, f.id, part);
  const { options, ...rest } = f;
  return {
    ...rest,
    label: word('label'),
    help: word('help'),
    why: word('why'),
    ...(options
      ? { options: options.map((o) => ({ value: o.value, label: word(`option.${o.value}`) })) }
      : {}),
  };
}

/** A form's fields with their words. */
export function wordFields(
  lookup: WordLookup,
  type: FormType,
  fields: readonly FieldDefinition[],
): WordedField[] {
  return fields.map((f) => wordField(lookup, type, f));
}
