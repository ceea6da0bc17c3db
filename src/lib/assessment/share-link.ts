// A share link carries one assessment in the URL fragment (`/assessment/#share=1.<data>`), which browsers never
// send to a server. The data is compact JSON in base64url: answers by question id, never by wording, so a link
// stays valid when the questions are reworded or the interface speaks another language.
import { answerValue, isQuestionId, isRecord, isVersion, text } from './validate.ts';
import { cleanText, limits } from './state.ts';
import type { AnswerValue } from './scoring.ts';
import type { FoundationChoice } from './foundations.ts';
import type { Decoded } from './codec.ts';

/** The fragment key of a share link. */
export const shareKey = 'share';
/** The share-link format version (the number before the first "."). */
export const shareVersion = 1;
/** Longest fragment the decoder reads. */
export const maxShareLength = 200_000;

/** What a share link carries. */
export interface SharedAssessment {
  name: string;
  answeredBy: string;
  /** Questionnaire version of the answers. */
  version: number;
  /** ISO date the answers were last changed. */
  updatedAt?: string | undefined;
  answers: Record<string, { value?: AnswerValue; note?: string }>;
  foundations?: FoundationChoice | undefined;
}

function toBase64Url(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The fragment (without "#") of a share link for `shared`. */
export function encodeShareLink(shared: SharedAssessment): string {
  const answers: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const [id, answer] of Object.entries(shared.answers)) {
    if (answer.value !== undefined) answers[id] = answer.value === 'unknown' ? -1 : answer.value;
    if (answer.note) notes[id] = answer.note;
  }
  const compact: Record<string, unknown> = { n: shared.name, v: shared.version, a: answers };
  if (shared.answeredBy) compact['b'] = shared.answeredBy;
  if (shared.updatedAt) compact['d'] = shared.updatedAt;
  if (Object.keys(notes).length > 0) compact['t'] = notes;
  const f = shared.foundations;
  if (f && (f.useCase || f.components || f.inPlace)) {
    compact['f'] = {
      ...(f.useCase ? { u: f.useCase } : {}),
      ...(f.components ? { c: [...f.components] } : {}),
      ...(f.inPlace ? { p: [...f.inPlace] } : {}),
    };
  }
  return `${shareKey}=${shareVersion}.${toBase64Url(JSON.stringify(compact))}`;
}

/** Whether a fragment (with or without "#") is a share link, well-formed or not. */
export const isShareFragment = (fragment: string) => fragment.replace(/^#/, '').startsWith(`${shareKey}=`);

const ids = (raw: unknown): string[] | undefined =>
  Array.isArray(raw) && raw.length <= 500 && raw.every((id) => typeof id === 'string' && isQuestionId(id)) ? [...new Set(raw as string[])] : undefined;

/** A share link's fragment, read back. Never throws: a damaged or tampered link is a problem, not an error. */
export function decodeShareLink(fragment: string): Decoded<SharedAssessment> {
  const body = fragment.replace(/^#/, '');
  if (!isShareFragment(body)) return { ok: false, problem: { code: 'wrong-format' } };
  if (body.length > maxShareLength) return { ok: false, problem: { code: 'too-large', size: body.length, limit: maxShareLength } };
  const payload = body.slice(shareKey.length + 1);
  const dot = payload.indexOf('.');
  const version = Number(payload.slice(0, dot));
  if (dot < 1 || !isVersion(version)) return { ok: false, problem: { code: 'unreadable' } };
  if (version > shareVersion) return { ok: false, problem: { code: 'newer-version', version, supported: shareVersion } };
  let raw: unknown;
  try {
    const data = payload.slice(dot + 1);
    if (!/^[A-Za-z0-9_-]*$/.test(data)) return { ok: false, problem: { code: 'unreadable' } };
    raw = JSON.parse(fromBase64Url(data));
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  if (!isRecord(raw)) return { ok: false, problem: { code: 'unreadable' } };
  const name = text(raw['n'], limits.name);
  const answeredBy = raw['b'] === undefined ? '' : text(raw['b'], limits.answeredBy);
  const questionnaireVersion = raw['v'];
  if (name === undefined || answeredBy === undefined || !isVersion(questionnaireVersion) || !isRecord(raw['a'])) {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  const answers: SharedAssessment['answers'] = {};
  for (const [id, value] of Object.entries(raw['a'])) {
    const decoded = value === -1 ? 'unknown' : answerValue(value);
    if (!isQuestionId(id) || decoded === undefined) return { ok: false, problem: { code: 'unreadable' } };
    answers[id] = { value: decoded };
  }
  if (raw['t'] !== undefined) {
    if (!isRecord(raw['t'])) return { ok: false, problem: { code: 'unreadable' } };
    for (const [id, note] of Object.entries(raw['t'])) {
      if (!isQuestionId(id) || typeof note !== 'string') return { ok: false, problem: { code: 'unreadable' } };
      const clean = cleanText(note, limits.note);
      if (clean) answers[id] = { ...answers[id], note: clean };
    }
  }
  const shared: SharedAssessment = { name, answeredBy, version: questionnaireVersion, answers };
  if (raw['d'] !== undefined) {
    if (typeof raw['d'] !== 'string' || !Number.isFinite(Date.parse(raw['d'])) || raw['d'].length > 40) return { ok: false, problem: { code: 'unreadable' } };
    shared.updatedAt = raw['d'];
  }
  if (raw['f'] !== undefined) {
    const f = raw['f'];
    if (!isRecord(f)) return { ok: false, problem: { code: 'unreadable' } };
    const foundations: FoundationChoice = {};
    if (f['u'] !== undefined) {
      if (typeof f['u'] !== 'string' || !isQuestionId(f['u'])) return { ok: false, problem: { code: 'unreadable' } };
      foundations.useCase = f['u'];
    }
    for (const [key, field] of [['c', 'components'], ['p', 'inPlace']] as const) {
      if (f[key] === undefined) continue;
      const list = ids(f[key]);
      if (!list) return { ok: false, problem: { code: 'unreadable' } };
      foundations[field] = list;
    }
    shared.foundations = foundations;
  }
  return { ok: true, value: shared };
}
