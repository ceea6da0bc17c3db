// The portfolio's waves as playbook.json publishes them: the sequencing planner's recommended plan for every
// use case of the playbook, with the components the catalogue marks available already in place (the same
// plan /sequence/ shows before a reader changes anything).
import { planInvestments } from '../planner/plan.ts';
import type { PlannedComponent, PlannedUseCase } from '../planner/needs.ts';
import type { ComponentStatus } from '../vocabulary.ts';
import type { Wave } from '../../schemas/open-data.ts';

/** The waves in which to build what the portfolio still needs: wave 1 first, each wave's most awaited first. */
export function portfolioWaves(
  components: readonly (PlannedComponent & { status?: ComponentStatus | undefined })[],
  useCases: readonly PlannedUseCase[],
): Wave[] {
  const plan = planInvestments(components, useCases, {
    useCases: useCases.map((u) => u.id),
    inPlace: components.filter((c) => c.status === 'available').map((c) => c.id),
  });
  return plan.waves.map(({ wave, components: ids }) => ({
    wave,
    components: ids.map((id) => ({ id, usedBy: plan.waitingOn.get(id) ?? [] })),
  }));
}
