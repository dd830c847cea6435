/**
 * Cognates between Latin-script languages: `stratégique`/`strategic`, `ressources`/`resources`,
 * `compétition`/`competition`. Two words of different languages are taken as cognates when, after
 * each is stemmed by its own language's Snowball stemmer and spelled with a few pan-European
 * equivalences (doubled letters once, ph = f, th = t, y = i, k = c, z = s), they share a long
 * prefix that covers most of the shorter stem.
 *
 * Short words are left out: below five letters, chance resemblance (`est`, `car`, `pain`) beats
 * kinship. False friends of five letters and more exist (`actuel`/`actual`), which is why callers
 * weigh cognates below names and figures.
 */
import * as snowball from 'multilingual-stemmer';

type Stem = (word: string) => string;

const stemmers: Record<string, Stem> = {
  ca: snowball.catalan, cs: snowball.czech, da: snowball.danish, nl: snowball.dutch, en: snowball.english, et: snowball.estonian,
  fi: snowball.finnish, fr: snowball.french, de: snowball.german, hu: snowball.hungarian, id: snowball.indonesian, ga: snowball.irish,
  it: snowball.italian, lt: snowball.lithuanian, no: snowball.norwegian, nb: snowball.norwegian, nn: snowball.norwegian,
  pl: snowball.polish, pt: snowball.portuguese, ro: snowball.romanian, es: snowball.spanish, sv: snowball.swedish, tr: snowball.turkish,
};

const latinWord = /^[a-z]+$/;
const minimumLength = 5;
const cache = new Map<string, string | null>();

/** Folded Latin letters without diacritics. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/**
 * The comparable form of a word: its stem in its language, spelled with the equivalences above;
 * null for words that are too short, not Latin letters, or in a language without a stemmer here.
 */
export function cognateForm(word: string, language: string): string | null {
  const key = `${language}\u0000${word}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  const folded = fold(word);
  if (latinWord.test(folded) && folded.length >= minimumLength) {
    const stem = stemmers[language];
    const stemmed = stem ? stem(folded) || folded : folded;
    result = stemmed
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/y/g, 'i')
      .replace(/k/g, 'c')
      .replace(/z/g, 's')
      .replace(/(.)\1+/g, '$1');
    if (result.length < minimumLength - 1) result = null;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(key, result);
  return result;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Whether two comparable forms (from `cognateForm`) are cognates. */
export function formsAreCognate(a: string, b: string): boolean {
  if (a === b) return true;
  const shared = commonPrefix(a, b);
  return shared >= minimumLength && shared >= 0.75 * Math.min(a.length, b.length);
}

/** Whether two words of two languages are cognates (`stratégique` fr, `strategic` en). */
export function areCognates(a: string, languageA: string, b: string, languageB: string): boolean {
  const fa = cognateForm(a, languageA);
  const fb = cognateForm(b, languageB);
  return fa !== null && fb !== null && formsAreCognate(fa, fb);
}

export interface CognateWord {
  word: string;
  language: string;
}

/**
 * Groups words of several languages into cognate sets. Returns, for each input word, the id of
 * its set (`c:` and the set's shortest form), or null when it has no cognate in another language.
 * Words are bucketed by their first four letters, so the work grows with the vocabulary, not its
 * square.
 */
export function cognateSets(words: readonly CognateWord[]): Array<string | null> {
  const forms = words.map((w) => cognateForm(w.word, w.language));
  // Distinct (form, language) pairs, bucketed by prefix.
  const buckets = new Map<string, Array<{ form: string; language: string }>>();
  const seen = new Set<string>();
  forms.forEach((form, i) => {
    if (!form) return;
    const key = `${form}\u0000${words[i]!.language}`;
    if (seen.has(key)) return;
    seen.add(key);
    const bucket = form.slice(0, 4);
    const list = buckets.get(bucket);
    if (list) list.push({ form, language: words[i]!.language });
    else buckets.set(bucket, [{ form, language: words[i]!.language }]);
  });
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const crossLingual = new Set<string>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.language === b.language || !formsAreCognate(a.form, b.form)) continue;
        const ra = find(a.form);
        const rb = find(b.form);
        // The set is named after its shortest form, so ids do not depend on input order.
        if (ra !== rb) {
          const [keep, drop] = ra.length < rb.length || (ra.length === rb.length && ra < rb) ? [ra, rb] : [rb, ra];
          parent.set(drop, keep);
        }
        crossLingual.add(a.form).add(b.form);
      }
    }
  }
  return forms.map((form) => (form && crossLingual.has(form) ? `c:${find(form)}` : null));
}
