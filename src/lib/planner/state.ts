// The planner's choice in the page address, read and written with the plan-link codec (the same links the
// self-assessment makes). A key the fragment leaves out takes the default (every use case; the components the
// catalogue marks available); a key that is present but empty means "none", so every choice survives a reload.
// A link's `needs` (an initiative of the reader's own) becomes one more use case, `initiativeId`.
import { decodePlanLink, encodePlanLink, planLinkParams, type PlanVocabulary } from '../plan-link.ts';
import type { PlanSelection } from './plan.ts';

/** The use-case id of the initiative a link's `needs` describes: not a valid content id, so never a real one's. */
export const initiativeId = '_initiative';

export interface PlannerDefaults {
  useCases: readonly string[];
  inPlace: readonly string[];
}

export interface ReadSelection {
  selection: PlanSelection;
  /** The components the link's initiative needs, when it names one (it is then among the selection's use cases). */
  needs?: string[];
  /** What the link named that this playbook does not have. */
  dropped: string[];
}

export function readPlanFragment(fragment: string, known: PlanVocabulary, defaults: PlannerDefaults): ReadSelection {
  const { plan, dropped } = decodePlanLink(fragment, known);
  const present = planLinkParams(fragment) ?? new URLSearchParams();
  const useCases = present.has('use-cases') ? plan.useCases : [...defaults.useCases];
  const needs = plan.needs !== undefined && plan.needs.length > 0 ? plan.needs : undefined;
  return {
    selection: {
      useCases: needs ? [initiativeId, ...useCases] : useCases,
      inPlace: present.has('in-place') ? plan.inPlace : [...defaults.inPlace],
      ...(plan.capacity !== undefined ? { capacity: plan.capacity } : {}),
    },
    ...(needs ? { needs } : {}),
    dropped,
  };
}

/**
 * The fragment for a selection (without "#"); empty lists are written as empty keys. `needs` is written when
 * the initiative is among the selection's use cases.
 */
export function writePlanFragment(selection: PlanSelection, needs?: readonly string[]): string {
  const useCases = selection.useCases.filter((id) => id !== initiativeId);
  const withInitiative = needs !== undefined && needs.length > 0 && selection.useCases.includes(initiativeId);
  const link = encodePlanLink({
    useCases,
    inPlace: [...selection.inPlace],
    ...(selection.capacity !== undefined ? { capacity: selection.capacity } : {}),
    ...(withInitiative ? { needs: [...needs] } : {}),
  });
  const extra = [useCases.length === 0 ? 'use-cases=' : '', selection.inPlace.length === 0 ? 'in-place=' : ''].filter(Boolean);
  return [link, ...extra].filter(Boolean).join('&');
}
