/**
 * The words around a number that say what it measures, in each language, as data: percent words,
 * time units, multipliers ("times", "fois", "פי", "倍"), words that bound or soften a figure ("more
 * than", "up to", "about"), and words after which a four-digit number is a year.
 */

/** Words after a number that make it a percentage (value in percent). Multi-word entries are joined by one space. */
export const percentAfter = new Map<string, 'percent' | 'points'>([
  ['percent', 'percent'],
  ['percents', 'percent'],
  ['per cent', 'percent'],
  ['percentage', 'percent'],
  ['pct', 'percent'],
  ['percentage points', 'points'],
  ['percentage point', 'points'],
  ['pourcent', 'percent'],
  ['pourcents', 'percent'],
  ['pour cent', 'percent'],
  ['pour-cent', 'percent'],
  ['pourcentage', 'percent'],
  ['pourcentages', 'percent'],
  ['points de pourcentage', 'points'],
  ['point de pourcentage', 'points'],
  ['por ciento', 'percent'],
  ['por cien', 'percent'],
  ['porciento', 'percent'],
  ['puntos porcentuales', 'points'],
  ['punto porcentual', 'points'],
  ['prozent', 'percent'],
  ['prozentpunkte', 'points'],
  ['prozentpunkten', 'points'],
  ['prozentpunkt', 'points'],
  ['אחוז', 'percent'],
  ['אחוזים', 'percent'],
  ['נקודות אחוז', 'points'],
  ['נקודות האחוז', 'points'],
  ['في المئة', 'percent'],
  ['في المائة', 'percent'],
  ['بالمئة', 'percent'],
  ['بالمائة', 'percent'],
  ['في المية', 'percent'],
]);

/** Words before a number that make it a percentage: "percent of 10", "pourcentage de vingt". */
export const percentBefore = new Set(['percent of', 'percents of', 'per cent of', 'percentage of', 'pourcentage de', 'pourcent des', 'pourcent de', 'por ciento de']);

/** Time units → canonical unit, per language. */
export const durationWords = new Map<string, string>();
function dur(unit: string, list: string): void {
  for (const w of list.split('|')) durationWords.set(w, unit);
}
dur('year', 'year|years|yr|yrs|an|ans|année|années|annee|annees|año|años|ano|anos|jahr|jahre|jahren|jahres|שנה|שנים|שנות|سنة|سنوات|سنين|عام|عاما|أعوام|اعوام');
dur('month', 'month|months|mois|mes|meses|monat|monate|monaten|monats|חודש|חודשים|חודשי|شهر|شهرا|أشهر|اشهر|شهور');
dur('week', 'week|weeks|semaine|semaines|semana|semanas|woche|wochen|שבוע|שבועות|أسبوع|أسبوعا|أسابيع|اسبوع|اسابيع');
dur('day', 'day|days|jour|jours|journée|journées|día|días|dia|dias|tag|tage|tagen|יום|ימים|يوم|يوما|أيام|ايام');
dur('hour', 'hour|hours|hr|hrs|heure|heures|hora|horas|stunde|stunden|שעה|שעות|ساعة|ساعات');
dur('minute', 'minute|minutes|min|mins|minuto|minutos|minuten|דקה|דקות|دقيقة|دقيقة|دقائق');
dur('second', 'second|seconds|sec|secs|seconde|secondes|segundo|segundos|sekunde|sekunden|שנייה|שניות|ثانية|ثوان');
dur('decade', 'decade|decades|décennie|décennies|década|décadas|jahrzehnt|jahrzehnte|עשור|עשורים|عقد|عقود');
dur('century', 'century|centuries|siècle|siècles|siglo|siglos|jahrhundert|jahrhunderte');

/** Hebrew and Arabic dual forms carry their number: "שבועיים" = two weeks. */
export const dualDurations = new Map<string, [number, string]>([
  ['שנתיים', [2, 'year']],
  ['חודשיים', [2, 'month']],
  ['שבועיים', [2, 'week']],
  ['יומיים', [2, 'day']],
  ['שעתיים', [2, 'hour']],
  ['עשורים', [2, 'decade']],
  ['سنتين', [2, 'year']],
  ['سنتان', [2, 'year']],
  ['عامين', [2, 'year']],
  ['عامان', [2, 'year']],
  ['شهرين', [2, 'month']],
  ['شهران', [2, 'month']],
  ['أسبوعين', [2, 'week']],
  ['يومين', [2, 'day']],
  ['ساعتين', [2, 'hour']],
]);

/** Chinese time units written after the number ("三年", "六个月", "八周"). */
export const chineseDurations: Array<[string, string]> = [
  ['个小时', 'hour'],
  ['個小時', 'hour'],
  ['小时', 'hour'],
  ['小時', 'hour'],
  ['个月', 'month'],
  ['個月', 'month'],
  ['分钟', 'minute'],
  ['分鐘', 'minute'],
  ['星期', 'week'],
  ['周', 'week'],
  ['週', 'week'],
  ['天', 'day'],
  ['年', 'year'],
];

/** Words after a number that make it a multiplier: "20 times", "trois fois", "diez veces", "fünfmal". */
export const timesAfter = new Set(['times', 'fold', 'fois', 'veces', 'mal', 'fach', 'מונים', 'أضعاف', 'ضعف', 'ضعفا', 'مرة', 'مرات']);
/** Words before a number that make it a multiplier: "פי 19", "x 8". */
export const timesBefore = new Set(['פי', 'multiplied by', 'multiplié par', 'multipliée par', 'multiplicado por', 'multiplicada por', 'multipliziert mit']);
/** Words that are a multiplier on their own. */
export const multiplierWords = new Map<string, number>([
  ['doubled', 2],
  ['doubling', 2],
  ['tripled', 3],
  ['tripling', 3],
  ['quadrupled', 4],
  ['quintupled', 5],
  ['twofold', 2],
  ['threefold', 3],
  ['fourfold', 4],
  ['fivefold', 5],
  ['sixfold', 6],
  ['sevenfold', 7],
  ['eightfold', 8],
  ['ninefold', 9],
  ['tenfold', 10],
  ['twentyfold', 20],
  ['hundredfold', 100],
  ['thousandfold', 1000],
  ['doublé', 2],
  ['doublée', 2],
  ['doublés', 2],
  ['triplé', 3],
  ['triplée', 3],
  ['quadruplé', 4],
  ['quadruplée', 4],
  ['duplicó', 2],
  ['duplicado', 2],
  ['duplicaron', 2],
  ['triplicó', 3],
  ['triplicado', 3],
  ['triplicaron', 3],
  ['cuadruplicó', 4],
  ['cuadruplicado', 4],
  ['verdoppelt', 2],
  ['verdoppelte', 2],
  ['verdoppelten', 2],
  ['verdreifacht', 3],
  ['verdreifachte', 3],
  ['vervierfacht', 4],
  ['verzehnfacht', 10],
  ['dreifach', 3],
  ['vierfach', 4],
  ['zehnfach', 10],
  ['הוכפל', 2],
  ['הוכפלה', 2],
  ['הוכפלו', 2],
  ['שולש', 3],
  ['שולשה', 3],
  ['שולשו', 3],
  ['تضاعف', 2],
  ['تضاعفت', 2],
  ['翻番', 2],
  ['翻倍', 2],
]);

/** Phrases before a figure that make it a bound or an approximation. */
export const qualifiersBefore = new Map<string, 'min' | 'max' | 'about'>([
  ['more than', 'min'],
  ['over', 'min'],
  ['at least', 'min'],
  ['above', 'min'],
  ['upwards of', 'min'],
  ['in excess of', 'min'],
  ['no less than', 'min'],
  ['not less than', 'min'],
  ['up to', 'max'],
  ['less than', 'max'],
  ['fewer than', 'max'],
  ['under', 'max'],
  ['below', 'max'],
  ['at most', 'max'],
  ['no more than', 'max'],
  ['not more than', 'max'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'about'],
  ['plus de', 'min'],
  ['au moins', 'min'],
  ['au-delà de', 'min'],
  ['moins de', 'max'],
  ["jusqu'à", 'max'],
  ['jusqu’à', 'max'],
  ['au plus', 'max'],
  ['environ', 'about'],
  ['près de', 'about'],
  ['presque', 'about'],
  ['quelque', 'about'],
  ['quelques', 'about'],
  ['autour de', 'about'],
  ['approximativement', 'about'],
  ['más de', 'min'],
  ['mas de', 'min'],
  ['al menos', 'min'],
  ['por lo menos', 'min'],
  ['menos de', 'max'],
  ['hasta', 'max'],
  ['cerca de', 'about'],
  ['alrededor de', 'about'],
  ['aproximadamente', 'about'],
  ['unos', 'about'],
  ['unas', 'about'],
  ['casi', 'about'],
  ['mehr als', 'min'],
  ['über', 'min'],
  ['mindestens', 'min'],
  ['weniger als', 'max'],
  ['bis zu', 'max'],
  ['höchstens', 'max'],
  ['unter', 'max'],
  ['rund', 'about'],
  ['etwa', 'about'],
  ['ca', 'about'],
  ['circa', 'about'],
  ['fast', 'about'],
  ['knapp', 'about'],
  ['יותר מ', 'min'],
  ['יותר מה', 'min'],
  ['מעל', 'min'],
  ['לפחות', 'min'],
  ['לא פחות מ', 'min'],
  ['לא מתחת ל', 'min'],
  ['פחות מ', 'max'],
  ['עד', 'max'],
  ['מתחת ל', 'max'],
  ['לא יותר מ', 'max'],
  ['לא מעל', 'max'],
  ['לכל היותר', 'max'],
  ['כ', 'about'],
  ['בערך', 'about'],
  ['כמעט', 'about'],
  ['קרוב ל', 'about'],
  ['כמה', 'about'],
  ['מ', 'min'],
  ['أكثر من', 'min'],
  ['اكثر من', 'min'],
  ['أقل من', 'max'],
  ['اقل من', 'max'],
  ['حوالي', 'about'],
  ['حوالى', 'about'],
  ['نحو', 'about'],
  ['قرابة', 'about'],
  ['ما يقارب', 'about'],
  ['زهاء', 'about'],
]);

/** Words right before a four-digit number that make it a year. */
export const yearBefore = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'during', 'before', 'after', 'early', 'late', 'mid', 'year', 'fiscal', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'circa', 'around', 'the', 'as', 'between', 'and', 'to', 'for',
  'en', 'depuis', 'dès', 'avant', 'après', 'de', 'd', 'fin', 'début', 'mi', 'année', 'an', 'été', 'hiver', 'printemps', 'automne', 'jusqu', 'vers', 'à', 'au', 'et', 'entre',
  'desde', 'hasta', 'del', 'año', 'a', 'principios', 'finales', 'mediados', 'verano', 'invierno', 'y',
  'im', 'seit', 'bis', 'ab', 'von', 'jahr', 'jahre', 'anfang', 'ende', 'mitte', 'sommer', 'winter', 'frühjahr', 'herbst', 'und', 'zwischen',
  'ב', 'מ', 'עד', 'מאז', 'של', 'שנת', 'בשנת', 'לשנת', 'משנת', 'ל', 'ו', 'קיץ', 'חורף', 'סוף', 'תחילת', 'אמצע', 'לפני', 'אחרי', 'בין',
  'في', 'عام', 'سنة', 'منذ', 'حتى', 'العام', 'لعام', 'بعام', 'و', 'من',
]);

/** Units of measurement (not time) → canonical symbol. A number with one of these measures a quantity of it. */
export const dimensionWords = new Map<string, string>();
function dim(unit: string, list: string): void {
  for (const w of list.split('|')) dimensionWords.set(w, unit);
}
dim('km', 'km|kilometer|kilometers|kilometre|kilometres|kilomètre|kilomètres|kilómetro|kilómetros|kilometro|kilometros|ק"מ|קילומטר|קילומטרים|كيلومتر|كيلومترا|كيلومترات|كم');
dim('m', 'meter|meters|metre|metres|mètre|mètres|metro|metros|מטר|מטרים|متر|مترا|أمتار|امتار');
dim('cm', 'cm|centimeter|centimeters|centimetre|centimetres|centimètre|centimètres|centímetro|centímetros|zentimeter|ס"מ|סנטימטר|סנטימטרים|سنتيمتر');
dim('mi', 'mile|miles|milles|millas|meilen|מייל|מיילים|ميل|أميال');
dim('kg', 'kg|kilogram|kilograms|kilogramme|kilogrammes|kilogramo|kilogramos|kilogramm|kilo|kilos|ק"ג|קילוגרם|קילו|كيلوغرام|كيلوجرام|كغ|كجم');
dim('g', 'gram|grams|gramme|grammes|gramo|gramos|gramm|גרם|גרמים|غرام|جرام');
dim('t', 'ton|tons|tonne|tonnes|tonelada|toneladas|tonnen|טון|טונות|طن|أطنان');
dim('l', 'liter|liters|litre|litres|litro|litros|ליטר|ליטרים|لتر|لترات');
dim('ml', 'ml|milliliter|milliliters|millilitre|millilitres|mililitro|mililitros|מיליליטר|מ"ל|مل|مليلتر');
dim('ha', 'hectare|hectares|hectárea|hectáreas|hektar|דונם|دونم|هكتار');
dim('°', 'degree|degrees|degré|degrés|grado|grados|grad|מעלות|מעלה|درجة|درجات');
dim('MW', 'megawatt|megawatts|mégawatts|megavatios|מגה-וואט|ميغاواط');
dim('bbl', 'barrel|barrels|baril|barils|barril|barriles|barrel|חביות|برميل|براميل');
