/**
 * Currencies by symbol, ISO code and word in each language, as data, and the two look-ups the
 * figure stage needs: a currency written right before an amount ("$", "US$", "EUR", "c $") and
 * one written right after it ("dollars", "de dollars", "millions d'euros", "ש"ח", "美元").
 *
 * A `$` with no country is read as US dollars (the usual meaning in international news), with a
 * lower confidence than an explicit "US$" or "USD".
 */
import { foldWord, isHan, isLetter, wordEnd } from './chars.js';

export interface CurrencyHit {
  start: number;
  end: number;
  /** ISO 4217 code (XBT-style crypto as BTC). */
  code: string;
  /** The amount is in a unit of this size: 0.01 for cents, 1e-8 for satoshi, 1e3 for אש"ח, 1e6 for MUSD. */
  factor: number;
  /** How sure the currency is (a bare "$" or "francs" is less sure than "USD"). */
  confidence: number;
}

interface Entry {
  code: string;
  factor?: number;
  confidence?: number;
}

const e = (code: string, factor = 1, confidence = 0.95): Entry => ({ code, factor, confidence });

/** Symbols written before or after the amount. Longer ones first where they share a tail. */
const symbols: Array<[string, Entry]> = [
  ['US$', e('USD')],
  ['U$S', e('USD')],
  ['U$D', e('USD')],
  ['USD$', e('USD')],
  ['CA$', e('CAD')],
  ['CAD$', e('CAD')],
  ['C$', e('CAD')],
  ['AU$', e('AUD')],
  ['AUD$', e('AUD')],
  ['A$', e('AUD')],
  ['NZ$', e('NZD')],
  ['NZD$', e('NZD')],
  ['HK$', e('HKD')],
  ['S$', e('SGD')],
  ['NT$', e('TWD')],
  ['R$', e('BRL')],
  ['MX$', e('MXN')],
  ['Mex$', e('MXN')],
  ['MXN$', e('MXN')],
  ['RD$', e('DOP')],
  ['$', e('USD', 1, 0.85)],
  ['€', e('EUR')],
  ['£', e('GBP')],
  ['¥', e('JPY', 1, 0.8)],
  ['￥', e('CNY', 1, 0.8)],
  ['₪', e('ILS')],
  ['₹', e('INR')],
  ['₽', e('RUB')],
  ['₩', e('KRW')],
  ['₺', e('TRY')],
  ['₫', e('VND')],
  ['₴', e('UAH')],
  ['₦', e('NGN')],
  ['₱', e('PHP')],
  ['฿', e('THB')],
  ['₡', e('CRC')],
  ['₭', e('LAK')],
  ['₾', e('GEL')],
  ['₸', e('KZT')],
  ['₼', e('AZN')],
  ['₵', e('GHS')],
  ['₿', e('BTC')],
  ['﷼', e('SAR')],
  ['ரூ', e('LKR')],
];
const symbolsByFirst = new Map<string, Array<[string, Entry]>>();
for (const sym of symbols) {
  const f = sym[0][0] ?? '';
  const list = symbolsByFirst.get(f) ?? [];
  list.push(sym);
  symbolsByFirst.set(f, list);
}

/** ISO 4217 codes recognised when written in capitals next to an amount. */
const isoCodes = new Set(
  (
    'USD EUR GBP JPY CNY RMB CHF CAD AUD NZD HKD SGD TWD INR ILS NIS SAR AED EGP QAR KWD BHD OMR JOD LBP SYP IQD MAD TND DZD LYD TRY ' +
    'RUB UAH PLN CZK HUF SEK NOK DKK ISK BRL MXN ARS CLP COP PEN UYU VES ZAR NGN KES GHS ETB KRW THB IDR MYR PHP VND PKR BDT LKR NPR ' +
    'KHR LAK MMK KZT GEL AZN AMD BYN RON BGN HRK RSD BTC XOF XAF IRR AFN'
  ).split(' '),
);
const codeAlias: Record<string, string> = { RMB: 'CNY', NIS: 'ILS' };
/** Codes also accepted in lower case right next to an amount ("10 rmb", "usd 200"). */
const lowerCodes = new Set(['usd', 'eur', 'gbp', 'rmb', 'cny', 'jpy', 'chf', 'cad', 'aud', 'nzd', 'hkd', 'inr', 'ils', 'nis', 'mxn', 'btc', 'sar', 'aed']);

/** Currency names, folded, as phrases of one to three words → code. */
const words = new Map<string, Entry>();
function add(code: string, list: string, factor = 1, confidence = 0.9): void {
  for (const w of list.split('|')) words.set(w, { code, factor, confidence });
}
// English
add('USD', 'dollar|dollars|us dollar|us dollars|u.s. dollar|u.s. dollars|american dollars|united states dollars|bucks', 1, 0.85);
add('CAD', 'canadian dollar|canadian dollars');
add('AUD', 'australian dollar|australian dollars');
add('NZD', 'new zealand dollar|new zealand dollars');
add('HKD', 'hong kong dollar|hong kong dollars');
add('SGD', 'singapore dollar|singapore dollars');
add('TWD', 'taiwan dollar|taiwan dollars|new taiwan dollar|new taiwan dollars');
add('EUR', 'euro|euros');
add('GBP', 'pound|pounds|pound sterling|pounds sterling|sterling|british pound|british pounds', 1, 0.85);
add('JPY', 'yen|japanese yen');
add('CNY', 'yuan|chinese yuan|renminbi|kuai');
add('INR', 'rupee|rupees|indian rupee|indian rupees', 1, 0.85);
add('LKR', 'sri lankan rupee|sri lankan rupees');
add('PKR', 'pakistani rupee|pakistani rupees');
add('ILS', 'shekel|shekels|new shekel|new shekels|sheqel|sheqels');
add('CHF', 'franc|francs|swiss franc|swiss francs', 1, 0.75);
add('FRF', 'french franc|french francs');
add('XOF', 'cfa franc|cfa francs');
add('RUB', 'ruble|rubles|rouble|roubles');
add('SAR', 'riyal|riyals|saudi riyal|saudi riyals');
add('AED', 'dirham|dirhams');
add('TRY', 'lira|turkish lira|turkish liras');
add('MXN', 'peso|pesos|mexican peso|mexican pesos', 1, 0.75);
add('BRL', 'real|reais|brazilian real|brazilian reais', 1, 0.6);
add('KRW', 'won|korean won|south korean won', 1, 0.7);
add('ZAR', 'rand|south african rand', 1, 0.75);
add('NGN', 'naira');
add('THB', 'baht');
add('MYR', 'ringgit');
add('IDR', 'rupiah');
add('VND', 'dong', 1, 0.6);
add('BTC', 'bitcoin|bitcoins');
add('BTC', 'satoshi|satoshis', 1e-8);
add('FIM', 'markka|finnish markka|finnish markkas');
add('NLG', 'guilder|guilders|dutch guilder|dutch guilders|netherlands guilder|netherlands guilders');
add('ESP', 'peseta|pesetas');
add('DEM', 'deutsche mark|deutsche marks|deutschmark|deutschmarks');
add('USD', 'cent|cents', 0.01, 0.8);
add('GBP', 'penny|pence|pennies', 0.01, 0.85);
// French
add('USD', 'dollars américains|dollars us|dollar américain', 1, 0.9);
add('CAD', 'dollar canadien|dollars canadiens');
add('AUD', 'dollar australien|dollars australiens');
add('NZD', 'dollar néo-zélandais|dollars néo-zélandais');
add('HKD', 'dollar de hong kong|dollars de hong kong');
add('GBP', 'livre|livres|livre sterling|livres sterling', 1, 0.8);
add('JPY', 'yens');
add('CNY', 'yuans|yuan chinois|yuans chinois');
add('CHF', 'franc suisse|francs suisses');
add('XOF', 'franc cfa|francs cfa');
add('FIM', 'mark finlandais|marks finlandais');
add('NLG', 'florin hollandais|florins hollandais|florin néerlandais|florins néerlandais');
add('INR', 'roupie|roupies|roupie indienne|roupies indiennes', 1, 0.85);
add('EUR', 'centime|centimes|centime d\'euro|centimes d\'euro', 0.01, 0.8);
add('GHS', 'pesewa|pesewas', 0.01, 0.8);
// Spanish
add('USD', 'dólar|dólares|dolar|dolares|dólar estadounidense|dólares estadounidenses|dolares estadounidenses|dólares americanos', 1, 0.85);
add('CAD', 'dólar canadiense|dólares canadienses');
add('AUD', 'dólar australiano|dólares australianos');
add('NZD', 'dólar neozelandés|dólares neozelandeses');
add('HKD', 'dólar de hong kong|dólares de hong kong');
add('GBP', 'libra|libras|libra esterlina|libras esterlinas', 1, 0.8);
add('JPY', 'yenes');
add('CNY', 'yuanes|yuan chino|yuanes chinos');
add('CHF', 'franco|francos|franco suizo|francos suizos', 1, 0.75);
add('MXN', 'peso mexicano|pesos mexicanos');
add('FIM', 'marco finlandés|marcos finlandeses');
add('NLG', 'florín neerlandés|florines neerlandeses|florin neerlandes|florines neerlandeses');
add('INR', 'rupia|rupias');
add('USD', 'centavo|centavos', 0.01, 0.8);
add('EUR', 'céntimo|céntimos|centimo|centimos', 0.01, 0.85);
add('GBP', 'penique|peniques', 0.01, 0.85);
// German
add('USD', 'us-dollar|amerikanische dollar|amerikanischen dollar', 1, 0.9);
add('CAD', 'kanadische dollar|kanadischen dollar');
add('AUD', 'australische dollar|australischen dollar');
add('GBP', 'pfund|pfund sterling|britische pfund|britischen pfund', 1, 0.85);
add('CHF', 'franken|schweizer franken');
add('INR', 'rupie|rupien|indische rupien|indischen rupien', 1, 0.85);
add('KHR', 'riel|kambodschanische riel|kambodschanischen riel');
add('FIM', 'finnische mark|finnischen mark');
add('DEM', 'd-mark|deutsche mark');
add('RUB', 'rubel');
add('ILS', 'schekel');
add('EUR', 'eurocent|eurocents', 0.01);
// Hebrew
add('USD', 'דולר|דולרים|דולר אמריקאי|דולרים אמריקאים', 1, 0.9);
add('ILS', 'שקל|שקלים|ש"ח|שח|ש\'ח|שקל חדש|שקלים חדשים|ש"ח חדשים');
add('ILS', 'אש"ח|אשח', 1e3);
add('ILS', 'מש"ח|משח|מיליון ש"ח', 1e6);
add('ILS', 'אגורה|אגורות', 0.01);
add('EUR', 'יורו|אירו');
add('GBP', 'פאונד|לירה שטרלינג|לירות שטרלינג|ליש"ט|לישט|פאונד שטרלינג');
add('USD', 'סנט|סנטים', 0.01, 0.85);
add('JPY', 'ין|יין');
add('CNY', 'יואן');
add('RUB', 'רובל|רובלים');
add('INR', 'רופי|רופיות');
add('CHF', 'פרנק|פרנקים|פרנק שוויצרי');
// Arabic
add('USD', 'دولار|دولارات|دولاراً|دولارا|دولار أمريكي|دولار امريكي', 1, 0.9);
add('EUR', 'يورو');
add('GBP', 'جنيه إسترليني|جنيه استرليني|إسترليني');
add('EGP', 'جنيه|جنيهات|جنيه مصري', 1, 0.8);
add('SAR', 'ريال|ريالات|ريالاً|ريالا|ريال سعودي|ر.س', 1, 0.85);
add('AED', 'درهم|دراهم|درهم إماراتي', 1, 0.8);
add('MAD', 'درهم مغربي');
add('KWD', 'دينار كويتي');
add('JOD', 'دينار أردني|دينار اردني');
add('BHD', 'دينار بحريني');
add('IQD', 'دينار عراقي');
add('TRY', 'ليرة تركية');
add('LBP', 'ليرة لبنانية');
add('SYP', 'ليرة سورية');
add('JPY', 'ين');
add('CNY', 'يوان');
add('INR', 'روبية');
add('RUB', 'روبل|روبلا|روبلات');
add('EGP', 'جنيها', 1, 0.8);
add('AED', 'درهما', 1, 0.8);
// Chinese (read without spaces)
const chinese: Array<[string, Entry]> = [
  ['新台币', e('TWD')],
  ['新台幣', e('TWD')],
  ['人民币', e('CNY')],
  ['人民幣', e('CNY')],
  ['瑞士法郎', e('CHF')],
  ['比特币', e('BTC')],
  ['比特幣', e('BTC')],
  ['美元', e('USD')],
  ['美金', e('USD')],
  ['美圆', e('USD')],
  ['美刀', e('USD', 1, 0.85)],
  ['美分', e('USD', 0.01)],
  ['欧元', e('EUR')],
  ['歐元', e('EUR')],
  ['英镑', e('GBP')],
  ['英鎊', e('GBP')],
  ['日元', e('JPY')],
  ['日圓', e('JPY')],
  ['港元', e('HKD')],
  ['港币', e('HKD')],
  ['港幣', e('HKD')],
  ['台币', e('TWD')],
  ['台幣', e('TWD')],
  ['韩元', e('KRW')],
  ['韓元', e('KRW')],
  ['卢布', e('RUB')],
  ['盧布', e('RUB')],
  ['卢比', e('INR')],
  ['澳元', e('AUD')],
  ['加元', e('CAD')],
  ['奈拉', e('NGN')],
  ['法郎', e('CHF', 1, 0.7)],
  ['元', e('CNY', 1, 0.85)],
  ['块', e('CNY', 1, 0.8)],
];

/** First words of the currency names, codes in lower case, and joiners: a word not here starts no currency. */
let firstWords: Set<string> | null = null;
function currencyFirstWords(): Set<string> {
  if (firstWords) return firstWords;
  const set = new Set<string>();
  for (const k of words.keys()) {
    set.add(k.split(' ')[0] ?? k);
    set.add(k.split('-')[0] ?? k);
  }
  for (const c of isoCodes) set.add(c.toLowerCase());
  for (const c of isoCodes) set.add(`m${c.toLowerCase()}`);
  for (const j of ['de', 'd', 'of', 'del']) set.add(j);
  firstWords = set;
  return set;
}

/** Words that join a scaled amount to its currency: "75 millions de dollars", "hundreds of millions of dollars". */
const joiners = new Set(['de', 'd', 'of', 'del']);

interface WordTok {
  start: number;
  end: number;
  w: string;
}

function readWords(text: string, pos: number, max: number): WordTok[] {
  const out: WordTok[] = [];
  let k = pos;
  const n = text.length;
  while (out.length < max && k < n) {
    const s = k;
    while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x202f)) k++;
    if (out.length > 0 && k === s) {
      // words of a phrase are separated by a space, or by a hyphen ("us-dollar", "néo-zélandais")
      if (text.charCodeAt(k) !== 0x2d || !isLetter(text.charCodeAt(k + 1))) break;
    }
    if (k >= n || !isLetter(text.charCodeAt(k))) break;
    let we = wordEnd(text, k);
    // "u.s.", "d'": keep dots inside abbreviations and a French elision.
    while (we < n && text.charCodeAt(we) === 0x2e && we + 1 < n && isLetter(text.charCodeAt(we + 1)) && we - k <= 2) we = wordEnd(text, we + 1);
    if (we < n && text.charCodeAt(we) === 0x2e && out.length > 0 && out[out.length - 1]?.w === 'u.s') we++;
    out.push({ start: k, end: we, w: foldWord(text.slice(k, we)) });
    k = we;
    if (k < n && text.charCodeAt(k) === 0x2d && isLetter(text.charCodeAt(k + 1))) {
      // hyphenated word: read on as the next token
      k++;
    }
  }
  return out;
}

function symbolAt(text: string, pos: number): { len: number; entry: Entry } | null {
  const list = symbolsByFirst.get(text[pos] ?? '');
  if (!list) return null;
  for (const [s, entry] of list) {
    if (text.startsWith(s, pos)) {
      // letter-initial symbols (US$, C$) must start a word
      if (isLetter(text.charCodeAt(pos)) && pos > 0 && isLetter(text.charCodeAt(pos - 1))) continue;
      return { len: s.length, entry };
    }
  }
  return null;
}

function codeAt(text: string, pos: number, end: number): Entry | null {
  const raw = text.slice(pos, end);
  if (raw.length === 3 && isoCodes.has(raw)) return e(codeAlias[raw] ?? raw);
  if (raw.length === 3 && lowerCodes.has(raw)) {
    const up = raw.toUpperCase();
    return e(codeAlias[up] ?? up, 1, 0.85);
  }
  // MUSD, MEUR: millions of the currency.
  if (raw.length === 4 && raw[0] === 'M' && isoCodes.has(raw.slice(1))) return e(raw.slice(1), 1e6);
  return null;
}

/** The currency written right after `pos` (spaces allowed; joiners such as "de" only when `allowJoiner`). */
export function currencyAfter(text: string, pos: number, allowJoiner: boolean): CurrencyHit | null {
  const n = text.length;
  let k = pos;
  while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x202f)) k++;
  if (k >= n) return null;
  // Chinese, with an optional classifier: "20个比特币"
  let kz = k;
  if (text[kz] === '个' || text[kz] === '個') kz++;
  const han = isHan(text.charCodeAt(kz));
  for (const [s, entry] of han ? chinese : []) {
    if (text.startsWith(s, kz)) {
      let end = kz + s.length;
      if ((s === '元' || s === '块') && text.startsWith('人民币', end)) end += 3;
      return { start: kz, end, code: entry.code, factor: entry.factor ?? 1, confidence: entry.confidence ?? 0.9 };
    }
  }
  const sym = symbolAt(text, k);
  if (sym && (!isLetter(text.charCodeAt(k + sym.len)) || (text[k] === '$' && /^[A-Za-z]{1,3}\b/.test(text.slice(k + 1, k + 5))))) {
    let end = k + sym.len;
    let code = sym.entry.code;
    // "$ c", "$ hk", "$ usd", "$cad": the country after the dollar sign.
    if (sym.len === 1 && text[k] === '$') {
      const after = readWords(text, end, 1)[0];
      if (after) {
        const country: Record<string, string> = { c: 'CAD', cad: 'CAD', can: 'CAD', hk: 'HKD', usd: 'USD', us: 'USD', aud: 'AUD', nzd: 'NZD', mxn: 'MXN' };
        const cc = country[after.w];
        if (cc && (after.end >= n || !isLetter(text.charCodeAt(after.end)))) {
          code = cc;
          end = after.end;
        }
      }
    }
    return { start: k, end, code, factor: sym.entry.factor ?? 1, confidence: code === 'USD' && sym.len === 1 && end === k + 1 ? 0.85 : 0.95 };
  }
  if (!isLetter(text.charCodeAt(k))) return null;
  {
    const we = wordEnd(text, k);
    if (!currencyFirstWords().has(foldWord(text.slice(k, we))) && !(we - k === 1 && text.charCodeAt(we) === 0x2e)) return null;
  }
  const toks = readWords(text, k, 5);
  let first = 0;
  if (allowJoiner && toks[0] && joiners.has(toks[0].w)) {
    first = 1;
    // "de $", "d'euros"
    const jEnd = toks[0].end;
    let m = jEnd;
    if (text.charCodeAt(m) === 0x27 || text.charCodeAt(m) === 0x2019) m++;
    const inner = currencyAfter(text, m, false);
    if (inner && inner.start <= m + 2) return inner;
    if (!toks[1]) return null;
  }
  const t0 = toks[first];
  if (!t0) return null;
  const code = codeAt(text, t0.start, t0.end);
  if (code) {
    // "$ usd": a code right after a symbol was handled above; "usd$ 15" is a prefix.
    return { start: t0.start, end: t0.end, code: code.code, factor: code.factor ?? 1, confidence: code.confidence ?? 0.95 };
  }
  for (let len = Math.min(4, toks.length - first); len >= 1; len--) {
    const phrase = toks.slice(first, first + len).map((t) => t.w).join(' ');
    const entry = words.get(phrase) ?? words.get(toks.slice(first, first + len).map((t) => t.w).join('-'));
    if (entry) {
      const last = toks[first + len - 1] as WordTok;
      return { start: t0.start, end: last.end, code: entry.code, factor: entry.factor ?? 1, confidence: entry.confidence ?? 0.9 };
    }
  }
  return null;
}

/** The currency written right before `pos` (the amount's start), spaces allowed: "$", "US$ ", "EUR ", "c $ ", "USD". */
export function currencyBefore(text: string, pos: number): CurrencyHit | null {
  let k = pos;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0xa0 || text.charCodeAt(k - 1) === 0x202f)) k--;
  if (k === 0) return null;
  if (pos - k > 2) return null;
  // Symbols, longest first (up to 4 characters back).
  for (let len = 4; len >= 1; len--) {
    const s = k - len;
    if (s < 0) continue;
    const hit = symbolAt(text, s);
    if (hit && hit.len === len) {
      if (s > 0 && isLetter(text.charCodeAt(s - 1)) && isLetter(text.charCodeAt(s))) continue;
      let start = s;
      let code = hit.entry.code;
      let conf = hit.entry.confidence ?? 0.95;
      // "usd$", "mxn$", "aud$": a code glued before the dollar sign.
      if (text[s] === '$' && s >= 3 && isLetter(text.charCodeAt(s - 1))) {
        const ws = s - 3;
        const c = text.slice(ws, s).toUpperCase();
        if (isoCodes.has(c) && (ws === 0 || !isLetter(text.charCodeAt(ws - 1)))) {
          start = ws;
          code = c;
          conf = 0.95;
        }
      }
      // WSJ-style "c $", "hk $", "us $", "u.s $": a country letter group before a spaced dollar sign.
      if (text[s] === '$' && start === s && s >= 2 && text.charCodeAt(s - 1) === 0x20) {
        let ws = s - 1;
        while (ws > 0 && (isLetter(text.charCodeAt(ws - 1)) || text.charCodeAt(ws - 1) === 0x2e)) ws--;
        const tag = text.slice(ws, s - 1).toLowerCase();
        const country: Record<string, string> = { c: 'CAD', hk: 'HKD', us: 'USD', 'u.s': 'USD', 'u.s.': 'USD', nz: 'NZD' };
        const cc = country[tag];
        if (cc && (ws === 0 || !isLetter(text.charCodeAt(ws - 1)))) {
          start = ws;
          code = cc;
          conf = 0.95;
        }
      }
      return { start, end: s + len, code, factor: hit.entry.factor ?? 1, confidence: conf };
    }
  }
  if (!isLetter(text.charCodeAt(k - 1))) return null;
  let ws = k;
  while (ws > 0 && isLetter(text.charCodeAt(ws - 1))) ws--;
  const code = codeAt(text, ws, k);
  if (code) return { start: ws, end: k, code: code.code, factor: code.factor ?? 1, confidence: code.confidence ?? 0.95 };
  // A currency word before the amount ("dollar 22.5 million") is not read: words come after amounts.
  return null;
}


/** Whether `w` (folded) is a currency name or code in some language. */
export function isCurrencyWord(w: string): boolean {
  const up = w.toUpperCase();
  return words.has(w) || isoCodes.has(up) || (up.length === 4 && up[0] === 'M' && isoCodes.has(up.slice(1)));
}

/** Whether `s` is an ISO currency code written in capitals ("USD", "EUR"), for amounts glued to it ("USD115"). */
export function isIsoCode(s: string): boolean {
  return s.length === 3 && isoCodes.has(s);
}
