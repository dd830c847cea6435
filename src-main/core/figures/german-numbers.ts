/**
 * German writes numbers below a million as one word: "dreihundertneunundneunzigtausendfünfhundertneun".
 * This splits such a word into its parts and computes its value, or returns null when the word is
 * not a number. Fractions written as one word are read too ("zweieinhalb", "dreiviertel",
 * "anderthalb").
 */

const parts: Array<[string, number, 'unit' | 'teen' | 'ten' | 'hundert' | 'tausend' | 'und']> = [
  ['null', 0, 'unit'],
  ['eins', 1, 'unit'],
  ['ein', 1, 'unit'],
  ['zwei', 2, 'unit'],
  ['zwo', 2, 'unit'],
  ['drei', 3, 'unit'],
  ['vier', 4, 'unit'],
  ['fünf', 5, 'unit'],
  ['fuenf', 5, 'unit'],
  ['sechs', 6, 'unit'],
  ['sieben', 7, 'unit'],
  ['acht', 8, 'unit'],
  ['neun', 9, 'unit'],
  ['zehn', 10, 'teen'],
  ['elf', 11, 'teen'],
  ['zwölf', 12, 'teen'],
  ['zwoelf', 12, 'teen'],
  ['dreizehn', 13, 'teen'],
  ['vierzehn', 14, 'teen'],
  ['fünfzehn', 15, 'teen'],
  ['fuenfzehn', 15, 'teen'],
  ['sechzehn', 16, 'teen'],
  ['siebzehn', 17, 'teen'],
  ['achtzehn', 18, 'teen'],
  ['neunzehn', 19, 'teen'],
  ['zwanzig', 20, 'ten'],
  ['dreißig', 30, 'ten'],
  ['dreissig', 30, 'ten'],
  ['vierzig', 40, 'ten'],
  ['fünfzig', 50, 'ten'],
  ['fuenfzig', 50, 'ten'],
  ['sechzig', 60, 'ten'],
  ['siebzig', 70, 'ten'],
  ['achtzig', 80, 'ten'],
  ['neunzig', 90, 'ten'],
  ['hundert', 100, 'hundert'],
  ['tausend', 1000, 'tausend'],
  ['und', 0, 'und'],
];
// Longest first, so "sechzehn" wins over "sechs", "siebzig" over "sieben".
parts.sort((a, b) => b[0].length - a[0].length);

type Piece = { v: number; k: 'unit' | 'teen' | 'ten' | 'hundert' | 'tausend' | 'und' };

function split(word: string): Piece[] | null {
  const out: Piece[] = [];
  let i = 0;
  outer: while (i < word.length) {
    for (const [p, v, k] of parts) {
      if (word.startsWith(p, i)) {
        out.push({ v, k });
        i += p.length;
        continue outer;
      }
    }
    return null;
  }
  return out;
}

/** Value of a number below 1000 written as pieces: [unit] hundert [unit und ten | teen | unit | ten]. */
function below1000(pieces: Piece[]): number | null {
  let value = 0;
  let i = 0;
  const at = (j: number): Piece | undefined => pieces[j];
  const p0 = at(0);
  const p1 = at(1);
  if (p0 && p0.k === 'unit' && p1 && p1.k === 'hundert') {
    value = p0.v * 100;
    i = 2;
  } else if (p0 && p0.k === 'hundert') {
    value = 100;
    i = 1;
  }
  const rest = pieces.slice(i);
  if (rest.length === 0) return i > 0 ? value : null;
  const r0 = rest[0];
  const r1 = rest[1];
  const r2 = rest[2];
  if (!r0) return value;
  if (rest.length === 1 && (r0.k === 'unit' || r0.k === 'teen' || r0.k === 'ten')) return value + r0.v;
  if (rest.length === 3 && r0.k === 'unit' && r1?.k === 'und' && r2?.k === 'ten') return value + r0.v + r2.v;
  return null;
}

/** The value of a German number word, or null. Words that are a plain dictionary entry ("drei") are also read. */
export function germanCompoundValue(word: string): number | null {
  if (word.length < 3 || word.length > 80) return null;
  const pieces = split(word);
  if (!pieces || pieces.length === 0) return null;
  const t = pieces.findIndex((p) => p.k === 'tausend');
  if (t >= 0) {
    if (pieces.findIndex((p, j) => j > t && p.k === 'tausend') >= 0) return null;
    const before = pieces.slice(0, t);
    const after = pieces.slice(t + 1);
    const thousands = before.length === 0 ? 1 : below1000(before);
    if (thousands === null) return null;
    const rest = after.length === 0 ? 0 : below1000(after);
    if (rest === null) return null;
    return thousands * 1000 + rest;
  }
  return below1000(pieces);
}

const fractionWords: Record<string, number> = {
  anderthalb: 1.5,
  einundhalb: 1.5,
  eineinhalb: 1.5,
  dreiviertel: 0.75,
};

/** "zweieinhalb" → 2.5, "anderthalb" → 1.5, "dreiviertel" → 0.75. */
export function germanFractionWord(word: string): number | null {
  const fixed = fractionWords[word];
  if (fixed !== undefined) return fixed;
  if (word.endsWith('einhalb') && word.length > 7) {
    const whole = germanCompoundValue(word.slice(0, -7));
    if (whole !== null) return whole + 0.5;
  }
  return null;
}
