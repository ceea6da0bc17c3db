// The interface languages the project ships, as plain functions: browser-safe, for tests and scripts. Pages use
// `uiFor` (src/data/i18n.ts), which adds the organization's own strings; islands get their messages from the page.
import { dictionaries, sourceLanguage } from './dictionaries.ts';
import { formatMessage, type Message, type MessageValues } from './format.ts';
import type { UiKey } from './en.ts';

/** A translator over a shipped dictionary (missing strings fall back to the source language). */
export function translate(lang: string = sourceLanguage): (key: UiKey, values?: MessageValues) => string {
  const messages = { ...dictionaries[sourceLanguage]!, ...(dictionaries[lang] ?? {}) };
  return (key, values) => formatMessage(messages[key], values, lang);
}

/** The messages of some keys in a shipped language. */
export function shippedMessages<K extends UiKey>(keys: readonly K[], lang: string = sourceLanguage): Record<K, Message> {
  const messages = { ...dictionaries[sourceLanguage]!, ...(dictionaries[lang] ?? {}) };
  return Object.fromEntries(keys.map((key) => [key, messages[key]])) as Record<K, Message>;
}

export { dictionaries, sourceLanguage };
export type { UiKey, Message, MessageValues };
