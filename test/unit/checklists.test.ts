// The checklists' saved ticks (localStorage): whatever is stored, reading never throws, and saving one page's
// ticks never changes another page's, and never writes over what cannot be read.
import { describe, expect, it } from 'vitest';
import { decodeTicks, ticksOn, withTicks } from '../../src/lib/checklists.ts';
import { forSeeds, hostileString, type Random } from './assessment-generators.ts';

const page = '/guides/designing-for-execution/';

/** A stored value as it may be found: well formed, from an older or other version, or damaged. */
function storedValue(r: Random): unknown {
  const pages = ['/guides/a/', '/de/guides/a/', '__proto__', 'constructor', page, hostileString(r)];
  const entry = (): unknown => r.pick([[hostileString(r)], ['k1', 'k2'], [], [1, null, 'k3', { x: 1 }], 'k1', null, 7, { nested: ['k'] }]);
  return r.pick([
    Object.fromEntries(Array.from({ length: r.int(0, 5) }, () => [r.pick(pages), entry()])),
    [],
    null,
    'text',
    3,
    true,
  ]);
}

/** Text found under the key: valid JSON of any shape, or text cut, garbled or not JSON at all. */
function storedText(r: Random): string | null {
  const json = JSON.stringify(storedValue(r));
  switch (r.int(0, 5)) {
    case 0:
      return null;
    case 1:
      return json.slice(0, r.int(0, json.length));
    case 2:
      return hostileString(r);
    case 3:
      return `${json}${hostileString(r)}`;
    default:
      return json;
  }
}

describe('checklist ticks in the browser', () => {
  it('round-trip a page’s ticks, and an empty list removes the page', () => {
    const once = withTicks(null, page, ['a', 'b'])!;
    expect(JSON.parse(once)).toEqual({ [page]: ['a', 'b'] });
    const decoded = decodeTicks(once);
    expect(decoded.ok && ticksOn(decoded.value, page)).toEqual(['a', 'b']);
    expect(JSON.parse(withTicks(once, page, [])!)).toEqual({});
  });

  it('keep other pages exactly as stored, even entries this version cannot read', () => {
    const stored = '{"/guides/a/": ["x"], "/guides/b/": "not a list", "__proto__": ["y"]}';
    const after = JSON.parse(withTicks(stored, page, ['z'])!) as Record<string, unknown>;
    expect(Object.keys(after).sort()).toEqual(['/guides/a/', '/guides/b/', '__proto__', page].sort());
    expect(after['/guides/b/']).toBe('not a list');
    expect(Object.getOwnPropertyDescriptor(after, '__proto__')?.value).toEqual(['y']);
  });

  it('never write over what cannot be read', () => {
    for (const unreadable of ['{"/guides/a/": ["x"', '[1,2]', 'null', '"text"', '42', 'not json']) {
      expect(decodeTicks(unreadable).ok, unreadable).toBe(false);
      expect(withTicks(unreadable, page, ['a']), unreadable).toBeUndefined();
    }
  });

  it('never throw on random and hostile input, never change another page, and give only string ticks', () => {
    forSeeds(500, (r) => {
      const text = storedText(r);
      const other = r.pick(['/guides/a/', '__proto__', 'constructor', page]);
      const keys = Array.from({ length: r.int(0, 3) }, () => hostileString(r));
      const decoded = decodeTicks(text);
      if (decoded.ok) for (const tick of ticksOn(decoded.value, other)) expect(typeof tick).toBe('string');
      const next = withTicks(text, page, keys);
      if (!decoded.ok) {
        expect(next).toBeUndefined();
        return;
      }
      const after = decodeTicks(next!);
      expect(after.ok).toBe(true);
      if (!after.ok) return;
      // This page holds exactly the new ticks; every other page is as it was stored.
      expect(ticksOn(after.value, page)).toEqual([...new Set(keys)]);
      const before = Object.entries(decoded.value).filter(([p]) => p !== page);
      const kept = Object.entries(after.value).filter(([p]) => p !== page);
      expect(kept).toEqual(before);
    });
  });
});
