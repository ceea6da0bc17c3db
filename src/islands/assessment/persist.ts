// Keeps the assessments in the browser (localStorage). Every save reads what is stored first and merges
// (answer by answer, the latest change wins), so two tabs on one initiative never overwrite each other; another
// tab's saves arrive through the `storage` event and are merged the same way. When storage is missing, full or
// holds something unreadable, the tool keeps working for the session and says it cannot save.
import { assessmentStorageKeys } from '../../lib/storage.ts';
import { decodeStore, encodeStore, mergeStores, type CodecProblem, type Store } from '../../lib/assessment/codec.ts';
import { mergeInitiatives } from '../../lib/assessment/state.ts';

const key = assessmentStorageKeys.assessments;

/** Why the tool cannot save: storage is unavailable, full, or holds data it cannot read (kept as it is). */
export type SaveProblem = { kind: 'unavailable' } | { kind: 'full' } | { kind: 'unreadable'; problem: CodecProblem };

export type Loaded = { store: Store; problem?: SaveProblem | undefined };

/** The browser's storage, if the site may use it (reading is enough to know: writing may fail for lack of room). */
function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.getItem(key);
    return s;
  } catch {
    return undefined;
  }
}

/** A failed write: the storage is full, or writing is not allowed at all. */
const writeProblem = (error: unknown): SaveProblem =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') ? { kind: 'full' } : { kind: 'unavailable' };

export function load(): Loaded {
  const s = storage();
  if (!s) return { store: { initiatives: [], deleted: [], unreadable: [] }, problem: { kind: 'unavailable' } };
  const decoded = decodeStore(s.getItem(key));
  if (decoded.ok) return { store: decoded.value };
  return { store: { initiatives: [], deleted: [], unreadable: [] }, problem: { kind: 'unreadable', problem: decoded.problem } };
}

/** Saves `store` merged with what is stored now; returns what is then stored (or the problem). */
export function save(store: Store): Loaded {
  const s = storage();
  if (!s) return { store, problem: { kind: 'unavailable' } };
  const stored = decodeStore(s.getItem(key));
  // Never write over data this tool cannot read: the user decides what happens to it.
  if (!stored.ok) return { store, problem: { kind: 'unreadable', problem: stored.problem } };
  const merged = mergeStores(stored.value, store, mergeInitiatives);
  try {
    s.setItem(key, encodeStore(merged));
    return { store: merged };
  } catch (error) {
    return { store: merged, problem: writeProblem(error) };
  }
}

/** The stored text as it is, for the user to download before starting afresh. */
export const rawStored = (): string | null => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
};

/** Moves unreadable stored data aside (to its own key) and starts an empty store; nothing is deleted. */
export function setAsideUnreadable(): boolean {
  try {
    const s = window.localStorage;
    const raw = s.getItem(key);
    if (raw !== null) s.setItem(`${assessmentStorageKeys.unreadable}${new Date().toISOString()}`, raw);
    s.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Calls `changed` with the merged store when another tab saves. */
export function onOtherTab(current: () => Store, changed: (store: Store) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== key) return;
    const decoded = decodeStore(event.newValue);
    if (decoded.ok) changed(mergeStores(current(), decoded.value, mergeInitiatives));
  });
}
