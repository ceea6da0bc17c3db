// The portfolio's waves as playbook.json publishes them. The one place that knows where waves come from: today
// the build layers of src/lib/sequence.ts (foundationLayers); when the planner's own waves land, switch here.
import { foundationLayers, type SequencedComponent, type SequencedUseCase } from '../sequence.ts';
import type { Wave } from '../../schemas/open-data.ts';

/** The order in which to build the components the use cases need: wave 1 first, each wave's most used first. */
export function portfolioWaves(components: readonly SequencedComponent[], useCases: readonly SequencedUseCase[]): Wave[] {
  return foundationLayers(components, useCases).map((layer) => ({
    wave: layer.layer + 1,
    components: layer.components.map(({ id, usedBy }) => ({ id, usedBy })),
  }));
}
