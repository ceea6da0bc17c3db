import { rmSync } from 'node:fs';
import path from 'node:path';
import { outputRoot } from './astro.ts';

/** Removes the broken-fixture copies of earlier runs (each test makes fresh ones). */
export default function cleanFixtures() {
  rmSync(path.join(outputRoot, 'fixtures'), { recursive: true, force: true });
}
