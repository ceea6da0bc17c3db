// Investment waves: each component still to build goes into the earliest wave after everything it is built
// on, so a wave can be built in parallel once the waves before it exist.
import type { PlannedComponent } from './needs.ts';

export interface InvestmentWave {
  /** 1 for the first wave. */
  wave: number;
  /** Components to build in this wave: those that unblock the most selected use cases first. */
  components: string[];
}

/**
 * The waves of the components in `missing` (those still to build). A component's wave is one more than the
 * latest wave among its missing dependencies (dependencies in place do not hold it back), 1 when it has none.
 * Within a wave: most use cases waiting first, then the cheaper setup, then id.
 */
export function investmentWaves(
  components: readonly PlannedComponent[],
  missing: ReadonlySet<string>,
  waitingOn: ReadonlyMap<string, readonly string[]>,
): { waves: InvestmentWave[]; waveOf: Map<string, number> } {
  const byId = new Map(components.map((c) => [c.id, c]));
  const waveOf = new Map<string, number>();
  const onPath = new Set<string>();
  const waveFor = (id: string): number => {
    const known = waveOf.get(id);
    if (known !== undefined) return known;
    onPath.add(id);
    let wave = 1;
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (missing.has(dep) && !onPath.has(dep)) wave = Math.max(wave, waveFor(dep) + 1);
    }
    onPath.delete(id);
    waveOf.set(id, wave);
    return wave;
  };
  for (const id of missing) waveFor(id);
  const count = Math.max(0, ...waveOf.values());
  const waves: InvestmentWave[] = Array.from({ length: count }, (_, i) => ({ wave: i + 1, components: [] }));
  for (const [id, wave] of waveOf) waves[wave - 1]!.components.push(id);
  const waiting = (id: string) => waitingOn.get(id)?.length ?? 0;
  const setup = (id: string) => byId.get(id)?.setupCost ?? 0;
  for (const wave of waves) {
    wave.components.sort((a, b) => waiting(b) - waiting(a) || setup(a) - setup(b) || a.localeCompare(b));
  }
  return { waves, waveOf };
}
