// Turns an interface message into text for one language: `{name}` placeholders filled, numbers formatted with
// the language's separators, and plural forms chosen by Intl.PluralRules. Pure and browser-safe: pages use it
// through `t`, islands with the messages their page hands them.

/** A message: one text, or one text per plural form of the number `n` ("one", "other", …; "other" required). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export type MessageValues = Record<string, string | number>;

// Intl formatters are costly to create and are asked for thousands of times in a build: one per language.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const cached = <T,>(cache: Map<string, T>, lang: string, make: () => T): T => {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = make()));
  return value;
};

/** Fills a message: numbers in `values` are formatted for `lang`; a plural message picks its form by `values.n`. */
export function formatMessage(message: Message, values: MessageValues = {}, lang = 'en'): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const n = typeof values['n'] === 'number' ? values['n'] : Number(values['n']);
    text = message[cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(Number.isFinite(n) ? n : 0)] ?? message.other;
  }
  if (!text.includes('{')) return text;
  const numbers = cached(numberFormats, lang, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }));
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A translator over a set of messages, for one language. */
export function translator<K extends string>(messages: Readonly<Record<K, Message>>, lang: string) {
  return (key: K, values?: MessageValues) => formatMessage(messages[key], values, lang);
}
