// Checks data that comes from outside (browser storage, an imported file, a share link) into the shapes the tool
// works with. Never throws and never trusts: unknown fields are dropped, texts are cut to their limits, ids must
// look like ids, and anything else makes the item unreadable (the caller keeps it aside rather than losing it).
import { idPattern } from '../collections.ts';
import { cleanText, limits, type Initiative, type SavedFoundations, type SetAsideAnswer, type Snapshot, type VersionNotice } from './state.ts';
import type { Answer, AnswerValue } from './scoring.ts';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const initiativeIdPattern = /^[a-z0-9-]{1,64}$/;
/** Largest scale value accepted from outside; questionnaires use small numbers. */
const maxScaleValue = 1000;

/** An ISO date string as `Date` writes it, or undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40 || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return undefined;
  return Number.isFinite(Date.parse(value)) ? value : undefined;
}

export const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' ? cleanText(value, max) : undefined);

export function answerValue(value: unknown): AnswerValue | undefined {
  if (value === 'unknown') return 'unknown';
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxScaleValue ? value : undefined;
}

export const isQuestionId = (key: string) => key.length <= 100 && idPattern.test(key);

/** One answer; undefined when it is not one. */
export function readAnswer(raw: unknown): Answer | undefined {
  if (!isRecord(raw)) return undefined;
  const at = isoDate(raw['at']);
  if (!at) return undefined;
  const answer: Answer = { at };
  if (raw['value'] !== undefined) {
    const value = answerValue(raw['value']);
    if (value === undefined) return undefined;
    answer.value = value;
  }
  if (raw['note'] !== undefined) {
    const note = text(raw['note'], limits.note);
    if (note === undefined) return undefined;
    if (note) answer.note = note;
  }
  return answer;
}

/** Answers by question id; undefined when any entry is not an answer. */
export function readAnswers(raw: unknown): Record<string, Answer> | undefined {
  if (!isRecord(raw)) return undefined;
  const answers: Record<string, Answer> = {};
  for (const [key, value] of Object.entries(raw)) {
    const answer = readAnswer(value);
    if (!isQuestionId(key) || !answer) return undefined;
    answers[key] = answer;
  }
  return answers;
}

const idList = (raw: unknown, max: number): string[] | undefined =>
  Array.isArray(raw) && raw.length <= max && raw.every((id) => typeof id === 'string' && isQuestionId(id)) ? [...new Set(raw as string[])] : undefined;

function readFoundations(raw: unknown): SavedFoundations | undefined {
  if (!isRecord(raw)) return undefined;
  const at = isoDate(raw['at']);
  if (!at) return undefined;
  const foundations: SavedFoundations = { at };
  if (raw['useCase'] !== undefined) {
    if (typeof raw['useCase'] !== 'string' || !isQuestionId(raw['useCase'])) return undefined;
    foundations.useCase = raw['useCase'];
  }
  for (const key of ['components', 'inPlace'] as const) {
    if (raw[key] === undefined) continue;
    const ids = idList(raw[key], 500);
    if (!ids) return undefined;
    foundations[key] = ids;
  }
  return foundations;
}

function readSnapshot(raw: unknown): Snapshot | undefined {
  if (!isRecord(raw)) return undefined;
  const id = raw['id'];
  const takenAt = isoDate(raw['takenAt']);
  const label = text(raw['label'], limits.label);
  const version = raw['version'];
  const answers = readAnswers(raw['answers']);
  if (typeof id !== 'string' || !initiativeIdPattern.test(id) || !takenAt || label === undefined || !isVersion(version) || !answers) return undefined;
  return { id, label, takenAt, version, answers };
}

function readSetAside(raw: unknown): SetAsideAnswer | undefined {
  if (!isRecord(raw)) return undefined;
  const answer = readAnswer(raw);
  const questionId = raw['questionId'];
  const version = raw['version'];
  if (!answer || typeof questionId !== 'string' || !isQuestionId(questionId) || !isVersion(version)) return undefined;
  return { ...answer, questionId, version };
}

function readNotice(raw: unknown): VersionNotice | undefined {
  if (!isRecord(raw)) return undefined;
  const { from, to, setAside } = raw;
  if (!isVersion(from) || !isVersion(to) || typeof setAside !== 'number' || !Number.isInteger(setAside) || setAside < 0) return undefined;
  return { from, to, setAside };
}

export const isVersion = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000;

function list<T>(raw: unknown, read: (item: unknown) => T | undefined, max: number): T[] | undefined {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > max) return undefined;
  const items: T[] = [];
  for (const item of raw) {
    const value = read(item);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

/** One saved initiative; undefined when it is not one. */
export function readInitiative(raw: unknown): Initiative | undefined {
  if (!isRecord(raw)) return undefined;
  const id = raw['id'];
  const name = text(raw['name'], limits.name);
  const answeredBy = raw['answeredBy'] === undefined ? '' : text(raw['answeredBy'], limits.answeredBy);
  const createdAt = isoDate(raw['createdAt']);
  const updatedAt = isoDate(raw['updatedAt']);
  const metaAt = raw['metaAt'] === undefined ? updatedAt : isoDate(raw['metaAt']);
  const version = raw['version'];
  const answers = readAnswers(raw['answers']);
  const setAside = list(raw['setAside'], readSetAside, 1000);
  const snapshots = list(raw['snapshots'], readSnapshot, limits.snapshots);
  const removedSnapshots = raw['removedSnapshots'] === undefined ? [] : idList(raw['removedSnapshots'], limits.snapshots * 4);
  if (
    typeof id !== 'string' ||
    !initiativeIdPattern.test(id) ||
    name === undefined ||
    answeredBy === undefined ||
    !createdAt ||
    !updatedAt ||
    !metaAt ||
    !isVersion(version) ||
    !answers ||
    !setAside ||
    !snapshots ||
    !removedSnapshots
  ) {
    return undefined;
  }
  const initiative: Initiative = { id, name, answeredBy, createdAt, updatedAt, metaAt, version, answers, setAside, snapshots, removedSnapshots };
  if (raw['foundations'] !== undefined) {
    const foundations = readFoundations(raw['foundations']);
    if (!foundations) return undefined;
    initiative.foundations = foundations;
  }
  if (raw['notice'] !== undefined) {
    const notice = readNotice(raw['notice']);
    if (!notice) return undefined;
    initiative.notice = notice;
  }
  return initiative;
}
