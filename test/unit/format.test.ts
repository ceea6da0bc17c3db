import { describe, expect, it } from 'vitest';
import { formatMessage, translator } from '../../src/i18n/format.ts';

describe('interface messages', () => {
  it('fill placeholders and format numbers for the language', () => {
    expect(formatMessage('{n} of {total}', { n: 1530, total: 2000.25 }, 'en')).toBe('1,530 of 2,000.3');
    expect(formatMessage('{n} von {total}', { n: 1530, total: 2000.25 }, 'de')).toBe('1.530 von 2.000,3');
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
  });
  it('choose the plural form of n', () => {
    const weeks = { one: '{n} person-week', other: '{n} person-weeks' };
    expect(formatMessage(weeks, { n: 1 }, 'en')).toBe('1 person-week');
    expect(formatMessage(weeks, { n: 2 }, 'en')).toBe('2 person-weeks');
    expect(formatMessage(weeks, { n: 1.5 }, 'en')).toBe('1.5 person-weeks');
    expect(translator({ a: weeks }, 'en')('a', { n: 0 })).toBe('0 person-weeks');
  });
});
