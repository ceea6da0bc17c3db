// Saved assessments: what one initiative's assessment holds, how two copies of it merge (two tabs, a copy
// saved elsewhere), and how saved answers follow a questionnaire that changed. Keyed by question ids, never by
// wording, so saved work survives rewording and a change of interface language.
import { questionsOf, type Questionnaire } from './model.ts';
import type { Answer, AnswerValue, Answers } from './scoring.ts';
import type { FoundationChoice } from './foundations.ts';

/** An answer kept aside because its question left the questionnaire (or no longer takes that answer). */
export interface SetAsideAnswer extends Answer {
  questionId: string;
  /** The questionnaire version it was given under. */
  version: number;
}

/** A dated copy of the answers, e.g. at a stage gate, for the trend and for comparing. */
export interface Snapshot {
  id: string;
  label: string;
  /** ISO date. */
  takenAt: string;
  version: number;
  answers: Record<string, Answer>;
}

/** The foundations the user chose, and when, for merging. */
export interface SavedFoundations extends FoundationChoice {
  at: string;
}

/** What changed when the questionnaire moved on since the answers were given; shown until dismissed. */
export interface VersionNotice {
  from: number;
  to: number;
  /** Answers set aside in that move. */
  setAside: number;
}

/** One initiative's assessment as saved in the browser and in export files. */
export interface Initiative {
  /** Random id, unique among saved initiatives. */
  id: string;
  name: string;
  /** Who answered, e.g. "Business owner", to tell two views of one initiative apart. */
  answeredBy: string;
  /** ISO dates. */
  createdAt: string;
  updatedAt: string;
  /** When the name or "answered by" last changed. */
  metaAt: string;
  /** The questionnaire version the answers follow. */
  version: number;
  answers: Record<string, Answer>;
  setAside: SetAsideAnswer[];
  foundations?: SavedFoundations | undefined;
  snapshots: Snapshot[];
  /** Ids of snapshots deleted, so that merging with an older copy does not bring them back. */
  removedSnapshots: string[];
  notice?: VersionNotice | undefined;
}

/** Limits on what a user can type or a file can carry. */
export const limits = {
  name: 120,
  answeredBy: 80,
  note: 4000,
  label: 80,
  snapshots: 50,
  initiatives: 200,
} as const;

/** A fresh random id (lower-case letters and digits). */
export function newId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 12; i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return id;
}

/** Text the user typed, trimmed to a limit, without control characters. */
export function cleanText(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, max);
}

export function newInitiative(name: string, answeredBy: string, questionnaire: Questionnaire, now: string, id = newId()): Initiative {
  return {
    id,
    name: cleanText(name.trim(), limits.name),
    answeredBy: cleanText(answeredBy.trim(), limits.answeredBy),
    createdAt: now,
    updatedAt: now,
    metaAt: now,
    version: questionnaire.version,
    answers: {},
    setAside: [],
    snapshots: [],
    removedSnapshots: [],
  };
}

/** The initiative with one answer's value set (keeping its note). */
export function setAnswer(initiative: Initiative, questionId: string, value: AnswerValue, now: string): Initiative {
  const previous = initiative.answers[questionId];
  return touch({ ...initiative, answers: { ...initiative.answers, [questionId]: { ...previous, value, at: now } } }, now);
}

/** The initiative with one answer's evidence note set (an empty note is removed). */
export function setNote(initiative: Initiative, questionId: string, note: string, now: string): Initiative {
  const previous = initiative.answers[questionId];
  const text = cleanText(note, limits.note);
  const answer: Answer = { ...(previous?.value !== undefined ? { value: previous.value } : {}), ...(text.trim() ? { note: text } : {}), at: now };
  return touch({ ...initiative, answers: { ...initiative.answers, [questionId]: answer } }, now);
}

export function rename(initiative: Initiative, name: string, answeredBy: string, now: string): Initiative {
  return touch(
    { ...initiative, name: cleanText(name.trim(), limits.name), answeredBy: cleanText(answeredBy.trim(), limits.answeredBy), metaAt: now },
    now,
  );
}

export function setFoundations(initiative: Initiative, choice: FoundationChoice, now: string): Initiative {
  const foundations: SavedFoundations = { at: now };
  if (choice.useCase) foundations.useCase = choice.useCase;
  if (choice.components) foundations.components = [...new Set(choice.components)];
  if (choice.inPlace) foundations.inPlace = [...new Set(choice.inPlace)];
  return touch({ ...initiative, foundations }, now);
}

/** A copy under a new id and name, with the same answers, notes and snapshots. */
export function duplicate(initiative: Initiative, name: string, now: string, id = newId()): Initiative {
  return { ...structuredCloneJson(initiative), id, name: cleanText(name, limits.name), createdAt: now, updatedAt: now, metaAt: now };
}

export function addSnapshot(initiative: Initiative, label: string, now: string, id = newId()): Initiative {
  const snapshot: Snapshot = { id, label: cleanText(label.trim(), limits.label), takenAt: now, version: initiative.version, answers: structuredCloneJson(initiative.answers) };
  const snapshots = [...initiative.snapshots, snapshot].slice(-limits.snapshots);
  return touch({ ...initiative, snapshots }, now);
}

export function removeSnapshot(initiative: Initiative, snapshotId: string, now: string): Initiative {
  return touch(
    {
      ...initiative,
      snapshots: initiative.snapshots.filter((s) => s.id !== snapshotId),
      removedSnapshots: [...new Set([...initiative.removedSnapshots, snapshotId])].slice(-limits.snapshots * 4),
    },
    now,
  );
}

/**
 * A deleted snapshot back (an undo), under a new id: the old id stays deleted, so merging with the copy saved
 * when it was deleted (another tab, or this one's own store) cannot delete it again.
 */
export function restoreSnapshot(initiative: Initiative, snapshot: Snapshot, now: string, id = newId()): Initiative {
  const snapshots = [...initiative.snapshots, { ...structuredCloneJson(snapshot), id }]
    .sort((a, b) => time(a.takenAt) - time(b.takenAt))
    .slice(-limits.snapshots);
  return touch({ ...initiative, snapshots }, now);
}

export const dismissNotice = (initiative: Initiative, now: string): Initiative => {
  const { notice: _notice, ...rest } = initiative;
  return touch(rest, now);
};

const touch = (initiative: Initiative, now: string): Initiative => ({ ...initiative, updatedAt: later(initiative.updatedAt, now) });
const time = (iso: string | undefined) => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? t : 0;
};
const later = (a: string, b: string) => (time(b) >= time(a) ? b : a);
const structuredCloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Two copies of one initiative as one: each answer from the copy that changed it last, the name and the
 * foundations likewise, snapshots from both except those either deleted. Neither copy's newer work is lost.
 */
export function mergeInitiatives(a: Initiative, b: Initiative): Initiative {
  const answers: Record<string, Answer> = {};
  for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
    const x = a.answers[id];
    const y = b.answers[id];
    answers[id] = !x ? y! : !y ? x : time(y.at) > time(x.at) ? y : x;
  }
  const meta = time(b.metaAt) > time(a.metaAt) ? b : a;
  const foundations = !a.foundations ? b.foundations : !b.foundations ? a.foundations : time(b.foundations.at) > time(a.foundations.at) ? b.foundations : a.foundations;
  const removedSnapshots = [...new Set([...a.removedSnapshots, ...b.removedSnapshots])];
  const snapshots = [...a.snapshots, ...b.snapshots.filter((s) => !a.snapshots.some((t) => t.id === s.id))]
    .filter((s) => !removedSnapshots.includes(s.id))
    .sort((x, y) => time(x.takenAt) - time(y.takenAt));
  const setAside = [...a.setAside, ...b.setAside.filter((s) => !a.setAside.some((t) => t.questionId === s.questionId && t.version === s.version))];
  const newer = time(b.updatedAt) > time(a.updatedAt) ? b : a;
  const version = Math.max(a.version, b.version);
  const merged: Initiative = {
    ...newer,
    name: meta.name,
    answeredBy: meta.answeredBy,
    metaAt: meta.metaAt,
    createdAt: time(a.createdAt) <= time(b.createdAt) ? a.createdAt : b.createdAt,
    updatedAt: later(a.updatedAt, b.updatedAt),
    version,
    answers,
    setAside,
    snapshots,
    removedSnapshots,
    foundations,
  };
  if (!merged.foundations) delete merged.foundations;
  return merged;
}

/** Whether two answer records say the same. */
export const sameAnswers = (a: Answers, b: Answers) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k]?.value === b[k]?.value && (a[k]?.note ?? '') === (b[k]?.note ?? ''));
};

/**
 * The answers fitted to the questionnaire as it is now: answers to questions that left it, or that it no longer
 * takes (a value off the scale, "Don't know" where it is no longer offered), are set aside, not lost; a set-aside
 * answer whose question is back returns. Records the version and, when it changed, a notice for the user.
 */
export function reconcile(initiative: Initiative, questionnaire: Questionnaire): Initiative {
  const questions = new Map(questionsOf(questionnaire).map(({ question }) => [question.id, question]));
  const fits = (questionId: string, value: AnswerValue | undefined) => {
    const question = questions.get(questionId);
    if (!question) return false;
    if (value === undefined) return true;
    if (value === 'unknown') return question.dontKnow;
    return questionnaire.scale.some((p) => p.value === value);
  };
  const answers: Record<string, Answer> = {};
  const setAside: SetAsideAnswer[] = [];
  let movedAside = 0;
  for (const [questionId, answer] of Object.entries(initiative.answers)) {
    if (fits(questionId, answer.value)) answers[questionId] = answer;
    else {
      setAside.push({ ...answer, questionId, version: initiative.version });
      movedAside++;
    }
  }
  for (const kept of initiative.setAside) {
    if (!answers[kept.questionId] && fits(kept.questionId, kept.value)) {
      const { questionId, version: _version, ...answer } = kept;
      answers[questionId] = answer;
    } else if (!setAside.some((s) => s.questionId === kept.questionId && s.version === kept.version)) setAside.push(kept);
  }
  const changed = initiative.version !== questionnaire.version;
  if (!changed && movedAside === 0 && setAside.length === initiative.setAside.length) return initiative;
  const result: Initiative = { ...initiative, version: questionnaire.version, answers, setAside };
  if (changed) result.notice = { from: initiative.notice?.from ?? initiative.version, to: questionnaire.version, setAside: (initiative.notice?.setAside ?? 0) + movedAside };
  return result;
}
