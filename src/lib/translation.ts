// Translations of entries: a file in content/<language>/<collection>/ that says an entry's words in another
// language. A translation may change only text; ids, references, numbers, statuses and the shape of lists stay
// the original's, so references, backlinks, the RACI, waves and costs are the same in every language.
import { isEntryRef, type FieldPath } from './references.ts';

/** A difference a translation may not make, at a field. */
export interface TranslationProblem {
  path: FieldPath;
  message: string;
  fix: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 60) ?? String(value);

/**
 * What a translation changes that it may not: compared with the original as written (`raw`) and as parsed
 * (`parsed`: references there are `{ collection, id }`). Text may change; ids, references, numbers, booleans
 * and the length of lists may not; a field the original does not have may not be added.
 */
export function translationProblems(parsed: unknown, raw: unknown, translated: unknown, path: FieldPath = []): TranslationProblem[] {
  if (translated === undefined) return [];
  const key = path.at(-1);
  const unchanged = (what: string): TranslationProblem[] =>
    JSON.stringify(translated) === JSON.stringify(raw)
      ? []
      : [{ path, message: `changes ${what} (${show(raw)} became ${show(translated)})`, fix: `keep ${show(raw)}: a translation changes only text` }];
  if (raw === undefined) {
    return [{ path, message: 'is not a field of the original entry', fix: 'remove it: a translation has the fields of the entry it translates' }];
  }
  if (isEntryRef(parsed) || (Array.isArray(parsed) && parsed.length > 0 && parsed.every(isEntryRef))) return unchanged('a reference');
  if (key === 'id') return unchanged('an id');
  if (typeof parsed === 'string' && typeof raw === 'string') {
    return typeof translated === 'string' ? [] : [{ path, message: 'is not a text', fix: 'write the translated text' }];
  }
  if (Array.isArray(raw)) {
    if (!Array.isArray(translated) || translated.length !== raw.length) {
      return [{ path, message: `has ${Array.isArray(translated) ? translated.length : 'no'} items, the original ${raw.length}`, fix: 'translate each item of the original, in the same order' }];
    }
    return translated.flatMap((item, i) => translationProblems((parsed as unknown[] | undefined)?.[i], raw[i], item, [...path, i]));
  }
  if (isPlainObject(raw)) {
    if (!isPlainObject(translated)) return [{ path, message: 'is not a group of fields like the original', fix: 'keep the structure of the original' }];
    return Object.entries(translated).flatMap(([name, value]) =>
      translationProblems(isPlainObject(parsed) ? parsed[name] : undefined, raw[name], value, [...path, name]),
    );
  }
  return unchanged(typeof raw === 'number' ? 'a number' : typeof raw === 'boolean' ? 'a yes/no value' : 'a value');
}

/**
 * The entry's data in another language: every text the translation gives, in place of the original's;
 * everything else (references, ids, numbers, the order and length of lists) is the original's.
 */
export function mergeTranslation<T>(parsed: T, translated: unknown): T {
  if (translated === undefined || translated === null) return parsed;
  if (typeof parsed === 'string') return (typeof translated === 'string' ? translated : parsed) as T;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(translated) || translated.length !== parsed.length) return parsed;
    return parsed.map((item, i) => mergeTranslation(item, translated[i])) as T;
  }
  if (isPlainObject(parsed) && !isEntryRef(parsed)) {
    if (!isPlainObject(translated)) return parsed;
    return Object.fromEntries(
      Object.entries(parsed).map(([name, value]) => [name, name === 'id' ? value : mergeTranslation(value, translated[name])]),
    ) as T;
  }
  return parsed;
}
