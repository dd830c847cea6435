/**
 * Names cross scripts by sound: `אלטמן` is written from the same consonants as `Altman`, `גוגל`
 * as `Google`. This module reads a word of Hebrew, Arabic, Cyrillic, Greek or Latin script as a
 * *consonant skeleton*, a string of coarse sound classes with the vowels left out (Hebrew and
 * Arabic mostly do not write them, and languages spell them differently), and compares skeletons
 * with an edit distance in which near sounds (k/g, ch/k/s) cost less than unrelated ones.
 *
 * The tables are general phonetic data about the scripts, not about any story. Two safeguards
 * against false friends: skeletons shorter than three classes never match on their own (two
 * consonants match half a language), and three-class skeletons must match almost exactly.
 */

/** Sound classes, one character each so skeletons are plain strings. */
// P labials (p b f v), T dentals (t d), K velars (k q hard c, kh), G (g), J (j, dj, zh),
// X (ch: tsh, kh or sh depending on the language), S sibilants (s z ts sh soft c), L, M, N, R.
type SoundClass = 'P' | 'T' | 'K' | 'G' | 'J' | 'X' | 'S' | 'L' | 'M' | 'N' | 'R';
const vowel = 'V';

export type Script = 'latin' | 'hebrew' | 'arabic' | 'cyrillic' | 'greek' | 'other';

export function scriptOf(word: string): Script {
  const c = word.codePointAt(0) ?? 0;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  if (c >= 0x5d0 && c <= 0x5ea) return 'hebrew';
  if ((c >= 0x620 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Readable transliteration (for display and for Cyrillic/Greek, whose letters carry vowels).

const hebrewLatin: Record<string, string> = {
  א: '', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'o', ז: 'z', ח: 'kh', ט: 't', י: 'i', כ: 'k', ך: 'k', ל: 'l', מ: 'm', ם: 'm',
  נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};
/** A geresh after these letters writes a foreign sound. */
const hebrewGeresh: Record<string, string> = { ג: 'j', ז: 'zh', צ: 'ch', ץ: 'ch', ת: 'th', ד: 'th' };

const arabicLatin: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r',
  ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', ئ: '', ؤ: '', پ: 'p', چ: 'ch', گ: 'g', ڤ: 'v', ک: 'k', ی: 'y',
};

const cyrillicLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ђ: 'dj',
};

const greekLatin: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const combiningMarks = /\p{M}/gu;

/** Lower-case Latin letters without diacritics; other characters pass through. */
function foldLatin(word: string): string {
  return word.normalize('NFKD').replace(combiningMarks, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/** A readable Latin spelling of a word in any of the supported scripts (lower case). */
export function transliterate(word: string): string {
  const script = scriptOf(word);
  if (script === 'latin') return foldLatin(word);
  const chars = [...word.normalize('NFC').replace(combiningMarks, '').toLowerCase()];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (script === 'hebrew') {
      if ((next === "'" || next === '׳' || next === '’') && hebrewGeresh[c]) {
        out += hebrewGeresh[c];
        i++;
        continue;
      }
      if (c === 'ו' && next === 'ו') {
        out += 'v';
        i++;
        continue;
      }
      out += hebrewLatin[c] ?? (/\p{L}|\p{N}/u.test(c) ? c : '');
    } else if (script === 'arabic') out += arabicLatin[c] ?? (/\p{N}/u.test(c) ? c : '');
    else if (script === 'cyrillic') out += cyrillicLatin[c] ?? c;
    else if (script === 'greek') out += greekLatin[foldLatin(c)] ?? c;
    else out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Skeletons.

const latinDigraphs: Record<string, SoundClass> = {
  sh: 'S', ch: 'X', kh: 'K', th: 'T', ph: 'P', ck: 'K', gh: 'G', ts: 'S', tz: 'S', dj: 'J', zh: 'J', cz: 'X', sz: 'S', qu: 'K', dh: 'T',
};

/**
 * The sound skeleton of a Latin spelling: digraphs first (`sh`, `ch`, `th`, `ph`, `ck`…), then one
 * class per consonant, and `V` for each run of vowels (`a e i o u y w h`), which is where Hebrew
 * and Arabic may write a vowel letter. Doubled letters count once: those scripts do not write
 * gemination.
 */
function latinSoundSkeleton(latin: string): string {
  const w = foldLatin(latin).replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
  let out = '';
  const push = (s: string) => {
    if (s === vowel && out.endsWith(vowel)) return;
    out += s;
  };
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const n = w[i + 1] ?? '';
    if (w.startsWith('sch', i)) {
      push('S');
      i += 2;
      continue;
    }
    // -tion / -sion: the t is heard as sh in the languages that write it so.
    if ((c === 't' || c === 's') && w.startsWith('ion', i + 1)) {
      push('S');
      continue;
    }
    const d = latinDigraphs[c + n];
    if (d !== undefined) {
      push(d);
      i++;
      continue;
    }
    switch (c) {
      case 'b': case 'p': case 'f': case 'v': push('P'); break;
      case 't': case 'd': push('T'); break;
      case 'k': case 'q': push('K'); break;
      case 'c': push(n === 'e' || n === 'i' || n === 'y' ? 'S' : 'K'); break;
      case 'g': push('G'); break;
      case 'j': push('J'); break;
      case 's': case 'z': push('S'); break;
      case 'x': push('K'); push('S'); break;
      case 'l': push('L'); break;
      case 'm': push('M'); break;
      case 'n': push('N'); break;
      case 'r': push('R'); break;
      default: push(vowel); // a e i o u y w h
    }
  }
  return out;
}

const hebrewClass: Record<string, SoundClass | typeof vowel> = {
  א: vowel, ב: 'P', ג: 'G', ד: 'T', ה: vowel, ו: vowel, ז: 'S', ח: 'K', ט: 'T', י: vowel, כ: 'K', ך: 'K', ל: 'L', מ: 'M', ם: 'M',
  נ: 'N', ן: 'N', ס: 'S', ע: vowel, פ: 'P', ף: 'P', צ: 'S', ץ: 'S', ק: 'K', ר: 'R', ש: 'S', ת: 'T',
};
const hebrewGereshClass: Record<string, SoundClass> = { ג: 'J', ז: 'J', צ: 'X', ץ: 'X', ת: 'T', ד: 'T' };

const arabicClass: Record<string, SoundClass | typeof vowel> = {
  ا: vowel, أ: vowel, إ: vowel, آ: vowel, ٱ: vowel, ء: vowel, ب: 'P', ت: 'T', ث: 'T', ج: 'J', ح: 'K', خ: 'K', د: 'T', ذ: 'T',
  ر: 'R', ز: 'S', س: 'S', ش: 'S', ص: 'S', ض: 'T', ط: 'T', ظ: 'T', ع: vowel, غ: 'G', ف: 'P', ق: 'K', ك: 'K', ل: 'L', م: 'M',
  ن: 'N', ه: vowel, ة: vowel, و: vowel, ي: vowel, ى: vowel, ئ: vowel, ؤ: vowel, پ: 'P', چ: 'X', گ: 'G', ڤ: 'P', ک: 'K', ی: vowel,
};

/** Whether the script leaves most vowels unwritten (so a written vowel letter is evidence). */
export function isAbjad(script: Script): boolean {
  return script === 'hebrew' || script === 'arabic';
}

/**
 * The sound skeleton of a word in any supported script, vowel slots included (`V`). Hebrew and
 * Arabic are read letter by letter: their consonant letters map to classes, and `א ה ו י ע` (and
 * the Arabic long vowels and hamza carriers) to `V`, except a doubled `ו`, which writes v/w. Other scripts go through `transliterate`.
 */
export function soundSkeleton(word: string): string {
  const script = scriptOf(word);
  if (!isAbjad(script)) return latinSoundSkeleton(transliterate(word));
  const table = script === 'hebrew' ? hebrewClass : arabicClass;
  const chars = [...word.normalize('NFC').replace(combiningMarks, '')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (script === 'hebrew' && (next === "'" || next === '׳' || next === '’') && hebrewGereshClass[c]) {
      out += hebrewGereshClass[c];
      i++;
      continue;
    }
    const cls = table[c];
    if (cls === undefined) continue;
    if (cls === vowel) {
      // A doubled vav writes v/w. A single one, even word-initial, is read as a vowel: there it is
      // usually the conjunction, and a consonant read into it makes false friends.
      if (c === 'ו' && next === 'ו') {
        out += 'P';
        i++;
      } else if (!out.endsWith(vowel)) out += vowel;
      continue;
    }
    out += cls;
  }
  return out;
}

/** The consonant skeleton of a Latin spelling (`Altman` → `LTMN`, `Google` → `GGL`). */
export function consonantSkeleton(latin: string): string {
  return latinSoundSkeleton(latin).replaceAll(vowel, '');
}

/** The consonant skeleton of a word in any supported script (`אלטמן` → `LTMN`). */
export function skeletonOf(word: string): string {
  return soundSkeleton(word).replaceAll(vowel, '');
}

// ---------------------------------------------------------------------------------------------
// Comparison.

/** Near sounds that scripts and languages write with different letters. */
const softPairs: Record<string, number> = {
  KG: 0.4, GJ: 0.4, XK: 0.3, XS: 0.3, XJ: 0.4, JS: 0.6, TS: 0.8,
};

// Skeletons are compared inside edit distances, cell by cell: the costs are looked up by character
// code in a table built once, with no string made per comparison.
const substitutionTable = (() => {
  const table = new Float64Array(128 * 128).fill(1);
  for (let a = 0; a < 128; a++) table[a * 128 + a] = 0;
  for (const [pair, cost] of Object.entries(softPairs)) {
    const [a, b] = [pair.charCodeAt(0), pair.charCodeAt(1)];
    table[a * 128 + b] = cost;
    table[b * 128 + a] = cost;
  }
  return table;
})();

function substitutionCost(a: string, b: string): number {
  return substitutionCode(a.charCodeAt(0), b.charCodeAt(0));
}

function substitutionCode(a: number, b: number): number {
  if (a === b) return 0;
  return a < 128 && b < 128 ? substitutionTable[a * 128 + b]! : 1;
}

export interface VowelCosts {
  /** Cost of a vowel slot present in `a` only. */
  a: number;
  /** Cost of a vowel slot present in `b` only. */
  b: number;
}

/** Latin against Latin: a vowel slot more or less is a small spelling difference. */
const symmetricVowels: VowelCosts = { a: 0.3, b: 0.3 };

/**
 * Weighted edit distance between two sound skeletons: consonant insertions and deletions cost 1,
 * near sounds less, vowel slots what `vowels` says.
 */
export function skeletonDistance(a: string, b: string, vowels: VowelCosts = symmetricVowels): number {
  if (a === b) return 0;
  const n = b.length;
  if (rows.length < n + 1) rows = new Float64Array(2 * (n + 1));
  // Two rows of the table, in one reused buffer: this runs for every candidate pair of names.
  let prev = 0;
  let curr = n + 1;
  rows[prev] = 0;
  for (let j = 1; j <= n; j++) rows[prev + j] = rows[prev + j - 1]! + (b.charCodeAt(j - 1) === vowelCode ? vowels.b : 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const delA = ca === vowelCode ? vowels.a : 1;
    rows[curr] = rows[prev]! + delA;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const sub = rows[prev + j - 1]! + (ca === vowelCode || cb === vowelCode ? (ca === cb ? 0 : 1) : substitutionCode(ca, cb));
      const del = rows[prev + j]! + delA;
      const ins = rows[curr + j - 1]! + (cb === vowelCode ? vowels.b : 1);
      rows[curr + j] = Math.min(sub, del, ins);
    }
    [prev, curr] = [curr, prev];
  }
  return rows[prev + n]!;
}

const vowelCode = vowel.charCodeAt(0);
let rows = new Float64Array(64);

/** 1 for the same skeleton, 0 for nothing in common (symmetric vowel costs). */
export function skeletonSimilarity(a: string, b: string): number {
  const longest = Math.max(a.replaceAll(vowel, '').length, b.replaceAll(vowel, '').length);
  if (longest === 0) return 0;
  return Math.max(0, 1 - skeletonDistance(a, b) / longest);
}

/**
 * Whether two sound skeletons plausibly write the same name. `a` is the foreign spelling when
 * `abjad` is set: a vowel letter Hebrew or Arabic writes where the Latin name has no vowel costs
 * much (`חייבת` is not `GPT`), a Latin vowel they leave out costs little (`גוגל` is `Google`).
 *
 * The bar rises as names get shorter: under three consonants never (`סם` would match every
 * "S…M"), three only with unwritten vowels or one near sound, four with one edit, longer ones within a fifth of
 * their consonants (a quarter for two words, which carry more evidence).
 */
export function skeletonsMatch(a: string, b: string, options: { abjad?: boolean; words?: number } = {}): boolean {
  const ca = a.replaceAll(vowel, '');
  const cb = b.replaceAll(vowel, '');
  const shortest = Math.min(ca.length, cb.length);
  if (shortest < 3) return false;
  // The first consonant is the most stable part of a borrowed name.
  if (substitutionCost(ca[0]!, cb[0]!) > 0.5) return false;
  if (Math.abs(ca.length - cb.length) > Math.max(1, Math.floor(shortest / 3))) return false;
  const distance = skeletonDistance(a, b, options.abjad ? { a: 0.7, b: 0.15 } : symmetricVowels);
  // Three consonants: only unwritten vowels or one near sound (x/k, x/s) may differ.
  if (shortest === 3) return distance <= 0.3;
  if (shortest === 4) return distance <= 1;
  const ratio = (options.words ?? 1) > 1 ? 0.25 : 0.2;
  return distance <= Math.max(1, ratio * Math.max(ca.length, cb.length));
}

/** Fuzzy comparison of a word in any script with a Latin one: do they plausibly write the same name? */
export function soundsAlike(word: string, latin: string): boolean {
  return skeletonsMatch(soundSkeleton(word), soundSkeleton(latin), { abjad: isAbjad(scriptOf(word)) });
}
