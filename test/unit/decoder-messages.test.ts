// Every problem a decoder of user input answers with (saved browser state, an imported file, a share link) is said
// to the user in words, in every language the interface ships: no code falls through to a generic message, and no
// message is missing or leaves a {placeholder} unfilled.
import { describe, expect, it } from 'vitest';
import { decodeImport, decodeStore, encodeStore, fileFormat, formatVersion, maxImportBytes, storeFormat, type CodecProblem } from '../../src/lib/assessment/codec.ts';
import { decodeShareLink } from '../../src/lib/assessment/share-link.ts';
import { dictionaries } from '../../src/i18n/dictionaries.ts';
import { translator } from '../../src/i18n/format.ts';
import { problemText } from '../../src/islands/assessment/view-start.ts';
import { forSeeds, hostileString, problemOfEachCode } from './assessment-generators.ts';

/** Inputs that make the decoders answer with each problem, and random and hostile ones. */
function decoderAnswers(): CodecProblem[] {
  const known = [
    decodeImport(''),
    decodeImport(`${' '.repeat(maxImportBytes)}{}`),
    decodeImport('%PDF-1.7'),
    decodeStore('{"theme":"dark"}'),
    decodeStore(JSON.stringify({ format: storeFormat, version: formatVersion + 1, initiatives: [] })),
    decodeImport(JSON.stringify({ format: fileFormat, version: 1, initiatives: [] })),
    decodeImport(JSON.stringify({ format: fileFormat, version: 1, initiatives: [{ id: 'x' }] })),
    decodeShareLink('#share=1.!!!'),
    decodeShareLink('#share=9.e30'),
  ];
  const random: { ok: boolean; problem?: CodecProblem }[] = [];
  forSeeds(300, (r) => {
    const text = hostileString(r);
    random.push(decodeStore(text), decodeImport(text), decodeShareLink(`#share=${text}`), decodeStore(encodeStore({ initiatives: [], deleted: [], unreadable: [] }).slice(0, r.int(0, 40))));
  });
  return [...known, ...random].flatMap((d) => (!d.ok && d.problem ? [d.problem] : []));
}

describe('decoder problems said to the user', () => {
  const answers = decoderAnswers();

  it('are all known problems, and every known problem is one a decoder really answers with', () => {
    const seen = new Set(answers.map((p) => p.code));
    expect([...seen].filter((code) => !Object.hasOwn(problemOfEachCode, code))).toEqual([]);
    expect(Object.keys(problemOfEachCode).filter((code) => !seen.has(code as CodecProblem['code']))).toEqual([]);
  });

  for (const [language, dictionary] of Object.entries(dictionaries)) {
    it(`each have their own words in ${language}, with every value filled in`, () => {
      const t = translator(dictionary, language);
      const texts = Object.values(problemOfEachCode).map((problem) => problemText(t, problem));
      for (const text of texts) {
        expect(text.trim().length).toBeGreaterThan(5);
        expect(text).not.toMatch(/[{}]|undefined|assessment\./);
      }
      // A code without a message of its own would say another code's words.
      expect(new Set(texts).size).toBe(texts.length);
      expect(problemText(t, problemOfEachCode['too-large'])).toContain(new Intl.NumberFormat(language).format(1200));
    });
  }
});
