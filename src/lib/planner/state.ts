// The planner's choice in the page address, read and written with the plan-link codec (the same links the
// self-assessment makes). A key the fragment leaves out takes the default (every use case; the components the
// catalogue marks available); a key that is present but empty means "none", so every choice survives a reload.
import { decodePlanLink, encodePlanLink, planLinkParams, type PlanVocabulary } from '../plan-link.ts';
import type { PlanSelection } from './plan.ts';

export interface PlannerDefaults {
  useCases: readonly string[];
  inPlace: readonly string[];
}

export interface ReadSelection {
  selection: PlanSelection;
  /** What the link named that this playbook does not have. */
  dropped: string[];
}

export function readPlanFragment(fragment: string, known: PlanVocabulary, defaults: PlannerDefaults): ReadSelection {
  const { plan, dropped } = decodePlanLink(fragment, known);
  const present = planLinkParams(fragment) ?? new URLSearchParams();
  return {
    selection: {
      useCases: present.has('use-cases') ? plan.useCases : [...defaults.useCases],
      inPlace: present.has('in-place') ? plan.inPlace : [...defaults.inPlace],
      ...(plan.capacity !== undefined ? { capacity: plan.capacity } : {}),
    },
    dropped,
  };
}

/** The fragment for a selection (without "#"); empty lists are written as empty keys. */
export function writePlanFragment(selection: PlanSelection): string {
  const link = encodePlanLink({
    useCases: [...selection.useCases],
    inPlace: [...selection.inPlace],
    ...(selection.capacity !== undefined ? { capacity: selection.capacity } : {}),
  });
  const extra = [selection.useCases.length === 0 ? 'use-cases=' : '', selection.inPlace.length === 0 ? 'in-place=' : ''].filter(Boolean);
  return [link, ...extra].filter(Boolean).join('&');
}
