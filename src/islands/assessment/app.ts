// What the views of the assessment tool share: the data of the page, the interface strings, the saved
// assessments and the actions on them. The element in assessment.ts implements it; views only render.
import type { UiKey } from '../../i18n/en.ts';
import type { MessageValues } from '../../i18n/format.ts';
import type { Initiative } from '../../lib/assessment/state.ts';
import type { Store } from '../../lib/assessment/codec.ts';
import type { AssessmentData } from './data.ts';

export type Key = Extract<UiKey, `assessment.${string}`> | 'unit.personWeeks';
export type Translate = (key: Key, values?: MessageValues) => string;

/** A message shown at the top of a view; `undo` offers to take the last action back. */
export interface Notice {
  text: string;
  tone: 'info' | 'ok' | 'warn' | 'error';
  action?: { label: string; run: () => void } | undefined;
}

export interface App {
  data: AssessmentData;
  t: Translate;
  store: Store;
  find(id: string): Initiative | undefined;
  /** Changes one initiative and saves; the view is not drawn again (pass `redraw` to draw it again). */
  update(id: string, change: (initiative: Initiative) => Initiative, redraw?: boolean): Initiative | undefined;
  /** Adds initiatives (new or imported) and saves. */
  add(...initiatives: Initiative[]): void;
  remove(id: string): void;
  /** Goes to a route of the tool (a fragment starting with "/"), adding a history entry unless `replace`. */
  go(route: string, replace?: boolean): void;
  /** Shows a notice at the top of the current view (replacing the previous one). */
  notify(notice: Notice | undefined): void;
  /** Draws the current view again. */
  redraw(): void;
  /** The page address of an entry, by "collection/id", or undefined if the page did not embed it. */
  href(ref: string): string | undefined;
  title(ref: string): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  number(value: number): string;
  /** The current date as an ISO string. */
  now(): string;
}

/** A route as a fragment: `#/a/<id>/results`. */
export const routes = {
  start: '/',
  questions: (id: string, mode: 'd' | 'q' = 'd', n?: number) => `/a/${encodeURIComponent(id)}/${mode}${n ? `/${n}` : ''}`,
  results: (id: string) => `/a/${encodeURIComponent(id)}/results`,
  compare: (refs: readonly string[] = []) => `/compare/${refs.map(encodeURIComponent).join(',')}`,
};
