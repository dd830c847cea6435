/**
 * Number words of each language, as data: the general vocabulary every speaker uses (cardinals,
 * scale words, fractions, "dozen", "hundreds of"). The grammar that combines them is in
 * word-numbers.ts.
 *
 * Word classes:
 * - `zero`, `unit` (1–9), `teen` (10–19), `ten` (20, 30 … 90), `tenUnit` (21–99 written as one word:
 *   "veintitrés"), `hundred` (×100, "hundred", "cent", "מאות"), `hundreds` (a complete hundred:
 *   "doscientos", "מאתיים", "מאה"), `scale` (×10³ⁿ: "thousand", "million", "milliard", "אלף"),
 *   `scaleValue` (a complete thousand: "אלפיים" = 2000);
 * - `teenSuffix`: Hebrew and Arabic "עשר/عشر" after a unit makes a teen ("ארבעה עשר" = 14);
 * - `and` (connector: "and", "et", "y", "und"), `point` (decimal word), `minus`, `over`
 *   (fractions "one over three", "un sur trois"), `dozen` (×12), `half`, `fraction` (denominators:
 *   "third", "quart", "quinto", "שליש"), `article` ("a", "un", "une", "ein": a number only before a
 *   scale, a fraction or "dozen"), `approx` (plural magnitudes without a coefficient: "hundreds",
 *   "milliers", "עשרות").
 */

export type WordClass =
  | 'zero'
  | 'unit'
  | 'teen'
  | 'ten'
  | 'tenUnit'
  | 'hundred'
  | 'hundreds'
  | 'scale'
  | 'scaleValue'
  | 'teenSuffix'
  | 'and'
  | 'point'
  | 'minus'
  | 'over'
  | 'dozen'
  | 'half'
  | 'fraction'
  | 'article'
  | 'approx';

export interface WordInfo {
  c: WordClass;
  v: number;
  /** Plural form (of a scale, fraction or dozen). */
  plural?: boolean;
  /** For `approx`: the magnitude the plural stands for ("hundreds" → 100, "dozens" → 12, "tens" → 10). */
  base?: number;
  /** For scales and hundreds that also read as an approximate magnitude when they have no coefficient ("millions", "מאות"). */
  approxBase?: number;
  /** Ordinal-like fraction words that are fractions only after a numerator ("first" in "twenty-first"). */
  compoundOnly?: boolean;
}

export type Lexicon = Map<string, WordInfo>;

function add(lex: Lexicon, c: WordClass, entries: Record<string, number>, extra: Partial<WordInfo> = {}): void {
  for (const [word, v] of Object.entries(entries)) lex.set(word, { c, v, ...extra });
}

function words(list: string, v: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of list.split(' ')) out[w] = v;
  return out;
}

// ---------------------------------------------------------------- English
const en: Lexicon = new Map();
add(en, 'zero', { zero: 0, nought: 0, naught: 0, nil: 0 });
add(en, 'unit', { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
add(en, 'teen', { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 });
add(en, 'ten', { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
add(en, 'hundred', { hundred: 100 });
add(en, 'hundred', { hundreds: 100 }, { plural: true, approxBase: 100 });
add(en, 'scale', { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, tn: 1e12, mln: 1e6, bln: 1e9, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 });
add(en, 'scale', { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 }, { plural: true, approxBase: 1 });
add(en, 'and', { and: 0 });
add(en, 'point', { point: 0 });
add(en, 'minus', { minus: 0, negative: 0 });
add(en, 'over', { over: 0 });
add(en, 'dozen', { dozen: 12, dz: 12, doz: 12 });
add(en, 'dozen', { dozens: 12, dzs: 12, dozs: 12 }, { plural: true, approxBase: 1 });
add(en, 'half', { half: 2 });
add(en, 'fraction', { halves: 2 }, { plural: true });
add(en, 'fraction', { third: 3, fourth: 4, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12 });
add(en, 'fraction', { thirds: 3, fourths: 4, quarters: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10, elevenths: 11, twelfths: 12, thirteenths: 13, fourteenths: 14, fifteenths: 15, sixteenths: 16, seventeenths: 17, eighteenths: 18, nineteenths: 19, twentieths: 20, thirtieths: 30, fortieths: 40, fiftieths: 50, sixtieths: 60, seventieths: 70, eightieths: 80, ninetieths: 90, hundredths: 100, thousandths: 1e3, millionths: 1e6, billionths: 1e9, trillionths: 1e12 }, { plural: true });
add(en, 'fraction', { first: 1, second: 2 }, { compoundOnly: true });
add(en, 'fraction', { firsts: 1, seconds: 2 }, { compoundOnly: true, plural: true });
add(en, 'article', { a: 1, an: 1 });
add(en, 'approx', { tens: 10 }, { base: 10 });

// ---------------------------------------------------------------- French
const fr: Lexicon = new Map();
add(fr, 'zero', { zéro: 0, zero: 0 });
add(fr, 'article', { un: 1, une: 1 });
add(fr, 'unit', { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 });
add(fr, 'teen', { dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 });
add(fr, 'ten', { vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90 });
add(fr, 'hundred', { cent: 100 });
add(fr, 'hundred', { cents: 100 }, { plural: true });
add(fr, 'scale', { mille: 1e3, mil: 1e3, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, million: 1e6, milliard: 1e9, billion: 1e12, billiard: 1e15, trillion: 1e18, lakh: 1e5, crore: 1e7 });
add(fr, 'scale', { millions: 1e6, milliards: 1e9, billions: 1e12, trillions: 1e18 }, { plural: true, approxBase: 1 });
add(fr, 'and', { et: 0 });
add(fr, 'point', { virgule: 0 });
add(fr, 'minus', { négatif: 0, négative: 0, negatif: 0, negative: 0, moins: 0 });
add(fr, 'over', { sur: 0 });
add(fr, 'dozen', { douzaine: 12 });
add(fr, 'dozen', { douzaines: 12 }, { plural: true, approxBase: 1 });
add(fr, 'half', { demi: 2, demie: 2, moitié: 2 });
add(fr, 'fraction', { tiers: 3, quart: 4, quarts: 4 });
for (const [stem, v] of Object.entries({ cinqu: 5, six: 6, sept: 7, huit: 8, neuv: 9, dix: 10, onz: 11, douz: 12, treiz: 13, quatorz: 14, quinz: 15, seiz: 16, vingt: 20, trent: 30, quarant: 40, cinquant: 50, soixant: 60, cent: 100, mill: 1e3, million: 1e6, milliard: 1e9, billion: 1e12, trillion: 1e18, quatr: 4 })) {
  for (const e of ['ième', 'ieme']) {
    fr.set(stem + e, { c: 'fraction', v });
    fr.set(stem + e + 's', { c: 'fraction', v, plural: true });
  }
}
fr.set('unième', { c: 'fraction', v: 1, compoundOnly: true });
fr.set('unieme', { c: 'fraction', v: 1, compoundOnly: true });
add(fr, 'approx', { dizaines: 10 }, { base: 10 });
add(fr, 'approx', { centaines: 100 }, { base: 100 });
add(fr, 'approx', { milliers: 1e3 }, { base: 1e3 });

// ---------------------------------------------------------------- Spanish
const es: Lexicon = new Map();
add(es, 'zero', { cero: 0 });
add(es, 'article', { un: 1, una: 1 });
add(es, 'unit', { uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 });
add(es, 'teen', { diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19 });
add(es, 'ten', { veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 });
add(es, 'tenUnit', { veintiuno: 21, veintiún: 21, veintiun: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29 });
add(es, 'hundred', { ciento: 100 });
add(es, 'hundreds', { cien: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900 });
add(es, 'scale', { mil: 1e3, millón: 1e6, millon: 1e6, millardo: 1e9, billón: 1e12, billon: 1e12, trillón: 1e18, trillon: 1e18 });
add(es, 'scale', { millones: 1e6, millardos: 1e9, billones: 1e12, trillones: 1e18 }, { plural: true, approxBase: 1 });
add(es, 'and', { y: 0 });
add(es, 'point', { coma: 0, punto: 0 });
add(es, 'minus', { menos: 0, negativo: 0 });
add(es, 'over', { sobre: 0 });
add(es, 'dozen', { docena: 12, dz: 12 });
add(es, 'dozen', { docenas: 12, dozs: 12 }, { plural: true, approxBase: 1 });
add(es, 'half', { medio: 2, media: 2, mitad: 2 });
add(es, 'fraction', { medios: 2, medias: 2 }, { plural: true });
add(es, 'fraction', { tercio: 3, cuarto: 4, quinto: 5, quinta: 5, sexto: 6, séptimo: 7, septimo: 7, octavo: 8, noveno: 9, décimo: 10, decimo: 10, centésimo: 100, centesimo: 100, centésima: 100, centesima: 100, milésimo: 1e3, milesimo: 1e3, millonésimo: 1e6, millonesimo: 1e6, millonésima: 1e6, millonesima: 1e6, billonésimo: 1e12, billonesimo: 1e12, billonésima: 1e12, billonesima: 1e12 });
add(es, 'fraction', { tercios: 3, cuartos: 4, quintos: 5, quintas: 5, sextos: 6, séptimos: 7, septimos: 7, octavos: 8, novenos: 9, décimos: 10, decimos: 10, centésimos: 100, centesimos: 100, centésimas: 100, centesimas: 100, milésimos: 1e3, milesimos: 1e3, millonésimos: 1e6, millonesimos: 1e6, millonésimas: 1e6, millonesimas: 1e6, billonésimos: 1e12, billonesimos: 1e12, billonésimas: 1e12, billonesimas: 1e12 }, { plural: true });
add(es, 'approx', { decenas: 10 }, { base: 10 });
add(es, 'approx', { cientos: 100, centenares: 100 }, { base: 100 });
add(es, 'approx', { miles: 1e3, millares: 1e3 }, { base: 1e3 });

// ---------------------------------------------------------------- German (compounds are split in german-numbers.ts)
const de: Lexicon = new Map();
add(de, 'zero', { null: 0 });
add(de, 'article', { ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1 });
add(de, 'unit', { eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 });
add(de, 'teen', { zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19 });
add(de, 'ten', { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 });
add(de, 'hundred', { hundert: 100 });
add(de, 'scale', { tausend: 1e3, million: 1e6, mio: 1e6, milliarde: 1e9, mrd: 1e9, billion: 1e12, billiarde: 1e15 });
add(de, 'scale', { millionen: 1e6, milliarden: 1e9, billionen: 1e12 }, { plural: true, approxBase: 1 });
add(de, 'and', { und: 0 });
add(de, 'point', { komma: 0 });
add(de, 'minus', { minus: 0, negativ: 0 });
add(de, 'dozen', { dutzend: 12 });
add(de, 'approx', { dutzende: 12 }, { base: 12 });
add(de, 'half', { halb: 2, halbe: 2, halbes: 2, halben: 2, halber: 2 });
add(de, 'fraction', { drittel: 3, viertel: 4, fünftel: 5, fuenftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10, zwanzigstel: 20, hundertstel: 100, tausendstel: 1e3, millionstel: 1e6 });
add(de, 'approx', { zehner: 10 }, { base: 10 });
add(de, 'approx', { hunderte: 100 }, { base: 100 });
add(de, 'approx', { tausende: 1e3 }, { base: 1e3 });

// ---------------------------------------------------------------- Hebrew (prefix letters are stripped in word-numbers.ts)
const he: Lexicon = new Map();
add(he, 'zero', { אפס: 0 });
add(he, 'article', { אחד: 1, אחת: 1 });
add(he, 'unit', words('שניים שתיים שתים', 2));
// Construct forms ("שני העצים", "יום שני" = Monday) are numbers only before a fraction or a scale, like an article.
add(he, 'article', words('שני שתי', 2));
add(he, 'article', { בודד: 1, בודדת: 1 });
add(he, 'unit', words('שלוש שלושה שלושת שלש שלשה שלשת', 3));
add(he, 'unit', words('ארבע ארבעה ארבעת', 4));
add(he, 'unit', words('חמש חמישה חמשה חמשת', 5));
add(he, 'unit', words('שש שישה ששה ששת שישת', 6));
add(he, 'unit', words('שבע שבעה שבעת', 7));
add(he, 'unit', words('שמונה שמונת', 8));
add(he, 'unit', words('תשע תשעה תשעת', 9));
add(he, 'teenSuffix', words('עשר עשרה עשרת', 10));
add(he, 'ten', { עשרים: 20, שלושים: 30, שלשים: 30, ארבעים: 40, חמישים: 50, חמשים: 50, שישים: 60, ששים: 60, שבעים: 70, שמונים: 80, תשעים: 90 });
add(he, 'hundreds', { מאה: 100, מאתיים: 200 });
add(he, 'hundred', { מאות: 100 }, { plural: true, approxBase: 100 });
add(he, 'scale', { אלף: 1e3, מיליון: 1e6, מליון: 1e6, מיליארד: 1e9, מליארד: 1e9, ביליון: 1e9, טריליון: 1e12, טרליון: 1e12 });
add(he, 'scale', { אלפים: 1e3, מיליונים: 1e6, מיליוני: 1e6, מיליארדים: 1e9, מיליארדי: 1e9, טריליונים: 1e12 }, { plural: true, approxBase: 1 });
add(he, 'scaleValue', { אלפיים: 2000 });
add(he, 'point', { נקודה: 0 });
add(he, 'minus', { מינוס: 0 });
add(he, 'over', { חלקי: 0, מתוך: 0, מכל: 0 });
add(he, 'dozen', { תריסר: 12 });
add(he, 'dozen', { תריסרים: 12, תריסרי: 12 }, { plural: true, approxBase: 1 });
add(he, 'half', { חצי: 2 });
add(he, 'fraction', { שליש: 3, רבע: 4, רביע: 4, רביעית: 4, חמישית: 5, שישית: 6, שביעית: 7, שמינית: 8, תשיעית: 9, עשירית: 10, מאית: 100, אלפית: 1e3 });
add(he, 'fraction', { שלישים: 3, רבעים: 4, רבעי: 4, רביעיות: 4, חמישיות: 5, שישיות: 6, שביעיות: 7, שמיניות: 8, תשיעיות: 9, עשיריות: 10, מאיות: 100, אלפיות: 1e3 }, { plural: true });
add(he, 'approx', { עשרות: 10 }, { base: 10 });
add(he, 'approx', { אלפי: 1e3 }, { base: 1e3 });

// ---------------------------------------------------------------- Arabic (prefix و ب ل ف ك and the article ال are stripped)
const ar: Lexicon = new Map();
add(ar, 'zero', { صفر: 0 });
add(ar, 'unit', words('واحد واحدة', 1));
add(ar, 'unit', words('اثنان اثنين اثنتان اثنتين إثنان إثنين', 2));
add(ar, 'unit', words('ثلاثة ثلاث ثلاثه', 3));
add(ar, 'unit', words('أربعة أربع اربعة اربع أربعه', 4));
add(ar, 'unit', words('خمسة خمس خمسه', 5));
add(ar, 'unit', words('ستة ست سته', 6));
add(ar, 'unit', words('سبعة سبع سبعه', 7));
add(ar, 'unit', words('ثمانية ثماني ثمان ثمانيه', 8));
add(ar, 'unit', words('تسعة تسع تسعه', 9));
add(ar, 'teenSuffix', words('عشرة عشر عشره', 10));
add(ar, 'ten', { عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, اربعين: 40, اربعون: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90 });
add(ar, 'hundreds', { مئة: 100, مائة: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, ثلاثمئة: 300, ثلاثمائة: 300, أربعمئة: 400, أربعمائة: 400, اربعمائة: 400, خمسمئة: 500, خمسمائة: 500, ستمئة: 600, ستمائة: 600, سبعمئة: 700, سبعمائة: 700, ثمانمئة: 800, ثمانمائة: 800, تسعمئة: 900, تسعمائة: 900 });
add(ar, 'scale', { ألف: 1e3, الف: 1e3, مليون: 1e6, مليار: 1e9, بليون: 1e9, ترليون: 1e12, تريليون: 1e12 });
add(ar, 'scale', { آلاف: 1e3, الاف: 1e3, ألوف: 1e3, ملايين: 1e6, مليارات: 1e9, ترليونات: 1e12 }, { plural: true, approxBase: 1 });
add(ar, 'scaleValue', { ألفان: 2000, ألفين: 2000, مليونان: 2e6, مليونين: 2e6, ملياران: 2e9, مليارين: 2e9 });
add(ar, 'minus', { سالب: 0, ناقص: 0 });
add(ar, 'half', { نصف: 2 });
add(ar, 'fraction', { ثلث: 3, ربع: 4, خمس: 5, عشر: 10 }, { compoundOnly: true });
add(ar, 'approx', { عشرات: 10 }, { base: 10 });
add(ar, 'approx', { مئات: 100, مئآت: 100 }, { base: 100 });

const lexicons: Record<string, Lexicon> = { en, fr, es, de, he, ar };

/** The lexicon of a language ('en', 'fr', 'es', 'de', 'he', 'ar'), or null. */
export function lexiconFor(language: string): Lexicon | null {
  return lexicons[language] ?? null;
}
