import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/extract/article-language.js';

const seedText = readFileSync(new URL('../../seed/kazakhstan-duvanov-beaten-in-prison.md', import.meta.url), 'utf8');
const refusal = (text: string) => {
  try {
    checkEnglish('a.txt', text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the offline engine reads English only', () => {
  it('accepts English news, names and all', () => {
    expect(refusal(seedText)).toBeNull();
    expect(
      refusal(
        'Mukhtar Ablyazov, Nurbulat Masanov, Rozlana Taukina and Sergei Duvanov met in Almaty on Tuesday to discuss the case of the jailed reporter with his lawyer.',
      ),
    ).toBeNull();
  });

  it.each([
    [
      'German',
      'Gerüchte, wonach der inhaftierte Oppositionsjournalist Sergej Duwanow im Gefängnis geschlagen worden sei, scheinen sich nach einem Besuch seiner Anwältin bestätigt zu haben. Als die Anwältin Maria Pulman ihren Mandanten traf, bemerkte sie Verletzungen.',
    ],
    [
      'Spanish',
      'Los rumores de que el periodista opositor encarcelado Serguéi Dúvanov ha sido golpeado en la prisión parecen haberse confirmado tras una visita de su abogada. Cuando la abogada María Pulman se reunió con su cliente el 22 de mayo, notó que tenía la cara magullada.',
    ],
    [
      'French',
      "Les rumeurs selon lesquelles le journaliste d'opposition emprisonné Sergueï Douvanov aurait été battu en prison semblent avoir été confirmées après une visite de son avocate. Lorsque l'avocate Maria Poulman a rencontré son client le 22 mai, elle a remarqué que son visage était tuméfié.",
    ],
  ])('refuses %s, and says to use an LLM that reads it', (_language, text) => {
    expect(refusal(text)).toMatch(
      /^a\.txt: the text does not read as English \(\d+% [^)]*\), and the offline engine reads English; use --engine llm with a model that reads this language$/,
    );
  });

  it.each([
    [
      'Cyrillic script',
      'Слухи о том, что находящийся в заключении оппозиционный журналист Сергей Дуванов был избит в тюрьме, подтвердились.',
    ],
    ['Arabic script', 'يبدو أن الشائعات التي تفيد بأن الصحفي المعارض سيرغي دوفانوف تعرض للضرب في السجن قد تأكدت بعد زيارة محاميته.'],
    [
      'Chinese, Japanese or Korean',
      '有传言称，被监禁的反对派记者谢尔盖·杜瓦诺夫在狱中遭到殴打，在他的律师探视后，这一传言似乎得到了证实。',
    ],
  ])('names the script of a text in %s', (script, text) => {
    expect(refusal(text)).toBe(
      `a.txt: the text is written mostly in ${script}, and the offline engine reads English; use --engine llm with a model that reads ${script}`,
    );
  });

  it('lets a text too short to judge through', () => {
    expect(refusal('Dúvanov, Almaty, Zarechnoye.')).toBeNull();
  });
});
