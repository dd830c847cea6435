import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectParagraphLanguages, guessLanguage, toBcp47 } from './language.js';
import { segmentPlainText } from './segment.js';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/code-red/${name}`, import.meta.url), 'utf8');

describe('detectLanguage on the sample articles', () => {
  it.each([
    ['000_be4929c85bf45a3d.txt', 'he'],
    ['001_380dfcd3d742354b.txt', 'en'],
    ['002_ca75966250647529.txt', 'en'],
    ['003_f06ce34e67cddb2b.txt', 'fr'],
    ['004_5afbe78166aab86d.txt', 'en'],
  ])('%s is %s', (file, language) => {
    expect(detectLanguage(corpus(file))).toBe(language);
  });

  it('gives every paragraph of a one-language article that language', () => {
    for (const [file, language] of [
      ['000_be4929c85bf45a3d.txt', 'he'],
      ['001_380dfcd3d742354b.txt', 'en'],
      ['003_f06ce34e67cddb2b.txt', 'fr'],
    ] as const) {
      const paragraphs = detectParagraphLanguages(language, segmentPlainText(corpus(file)));
      expect(new Set(paragraphs.map((p) => p.language))).toEqual(new Set([language]));
    }
  });
});

describe('detectLanguage on other languages', () => {
  it.each([
    ['zh', '人工智能公司周二宣布将推出新的模型，以应对来自竞争对手的压力。该公司表示，新模型将在下个月发布。'],
    ['ja', '人工知能の会社は火曜日、競合他社からの圧力に対応するため、新しいモデルを発表すると明らかにした。'],
    ['ko', '인공지능 회사는 화요일 경쟁사의 압력에 대응하기 위해 새로운 모델을 출시할 것이라고 발표했다.'],
    ['ar', 'أعلنت الشركة يوم الثلاثاء أنها ستطلق نموذجا جديدا الشهر المقبل لمواجهة الضغوط المتزايدة من المنافسين.'],
    ['fa', 'این شرکت روز سه‌شنبه اعلام کرد که برای مقابله با فشار رقبا، مدل جدیدی را ماه آینده منتشر خواهد کرد.'],
    ['de', 'Das Unternehmen kündigte am Dienstag an, im nächsten Monat ein neues Modell zu veröffentlichen, um dem Druck der Konkurrenz zu begegnen.'],
    ['es', 'La empresa anunció el martes que lanzará un nuevo modelo el próximo mes para hacer frente a la presión de sus competidores.'],
    ['ru', 'Компания объявила во вторник, что в следующем месяце выпустит новую модель, чтобы противостоять давлению конкурентов.'],
    ['uk', 'Компанія оголосила у вівторок, що наступного місяця випустить нову модель, щоб протистояти тиску конкурентів.'],
    ['it', 'La società ha annunciato martedì che il mese prossimo lancerà un nuovo modello per far fronte alla pressione dei concorrenti.'],
    ['el', 'Η εταιρεία ανακοίνωσε την Τρίτη ότι θα κυκλοφορήσει ένα νέο μοντέλο τον επόμενο μήνα.'],
    ['en', 'The company said on Tuesday that it would release a new model next month.'],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads Hebrew script as Hebrew even when short or full of Latin names', () => {
    expect(detectLanguage('שלום')).toBe('he');
    expect(detectLanguage('OpenAI ו־ChatGPT מול Google Gemini')).toBe('he');
  });

  it('tells Yiddish from Hebrew when the text is clearly Yiddish', () => {
    const yiddish = 'די פֿירמע האָט דינסטיק געזאָגט אַז זי וועט ארויסגעבן א נײַעם מאָדעל אין קומענדיקן חודש, כּדי צו ענטפֿערן דעם דרוק פֿון די קאָנקורענטן.';
    expect(detectLanguage(yiddish)).toBe('yi');
  });

  it('is not outvoted by Latin names inside Arabic or Russian text', () => {
    expect(detectLanguage('قالت OpenAI إن ChatGPT سيتفوق على Google Gemini و Anthropic Claude قريبا')).toBe('ar');
    expect(detectLanguage('Компания OpenAI заявила во вторник, что её новая модель ChatGPT скоро обгонит Google Gemini и Anthropic Claude по всем основным показателям.')).toBe('ru');
  });

  it('says und when there is nothing to judge', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 — 67%')).toBe('und');
    expect(detectLanguage('OpenAI')).toBe('und');
  });

  it('falls back on the likeliest language of a script for very short text', () => {
    expect(detectLanguage('مرحبا')).toBe('ar');
    expect(detectLanguage('Привет')).toBe('ru');
  });

  it('maps franc codes to ISO 639-1, keeping 639-3 where there is none', () => {
    expect(toBcp47('eng')).toBe('en');
    expect(toBcp47('arb')).toBe('ar');
    expect(toBcp47('cmn')).toBe('zh');
    expect(toBcp47('ydd')).toBe('yi');
    expect(toBcp47('ceb')).toBe('ceb');
    expect(toBcp47('und')).toBe('und');
  });

  it('reports scores so callers can tell a clear answer from a close call', () => {
    const guess = guessLanguage('Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises.');
    expect(guess.language).toBe('fr');
    expect(guess.scores[0]).toEqual(['fr', 1]);
    expect(guess.scores.length).toBeGreaterThan(1);
  });
});

describe('detectParagraphLanguages', () => {
  const english = corpus('001_380dfcd3d742354b.txt');
  const frenchParagraph =
    'Le « Code Red » d’OpenAI est donc une réponse stratégique, mais violente et certainement risquée, à une concurrence qui rattrape ses lignes de performance.';

  it('marks a French paragraph inside an English article as French', () => {
    const segments = segmentPlainText(english);
    segments.splice(4, 0, { kind: 'body', text: frenchParagraph });
    const paragraphs = detectParagraphLanguages('en', segments);
    expect(paragraphs[4]).toEqual({ kind: 'body', text: frenchParagraph, language: 'fr' });
    expect(paragraphs.filter((p) => p.language !== 'en')).toHaveLength(1);
  });

  it('leaves short paragraphs, headings and junk in the article language', () => {
    const paragraphs = detectParagraphLanguages('en', [
      { kind: 'heading', text: 'Une manœuvre stratégique' },
      { kind: 'body', text: 'Merci beaucoup, à bientôt.' },
      { kind: 'junk', text: 'à lire' },
    ]);
    expect(paragraphs.map((p) => p.language)).toEqual(['en', 'en', 'en']);
  });

  it('marks a Hebrew quotation in an English article', () => {
    const quote = 'הם מבקשים לחזק את המוצר המרכזי, לקצר זמני תגובה, לשפר אמינות ולוודא שמשתמשים מבינים טוב יותר את היכולות.';
    expect(detectParagraphLanguages('en', [{ kind: 'body', text: quote }])[0]?.language).toBe('he');
  });

  it('keeps the article language when another language only comes close', () => {
    // English text thick with names: Scots, French or Spanish may score near it.
    const segments = segmentPlainText(corpus('004_5afbe78166aab86d.txt'));
    const paragraphs = detectParagraphLanguages('en', segments);
    expect(paragraphs.every((p) => p.language === 'en')).toBe(true);
  });
});
