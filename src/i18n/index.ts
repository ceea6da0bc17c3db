import { en, type UiKey } from './en.ts';

/** An interface string, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

export type { UiKey };
export * from './labels.ts';
