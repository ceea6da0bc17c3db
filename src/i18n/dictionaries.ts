// Every interface language the project ships, by language tag. An organization adds or adjusts strings per
// language in its content folder (content/i18n/<code>.yaml), checked like any content.
import type { Message } from './format.ts';
import { en, type UiKey } from './en.ts';
import { de } from './de.ts';

export type Dictionary = Readonly<Record<UiKey, Message>>;

/** The interface languages shipped with the project. */
export const dictionaries: Readonly<Record<string, Dictionary>> = { en, de };

/** The language whose dictionary defines the keys, and the one a missing string falls back to. */
export const sourceLanguage = 'en';
