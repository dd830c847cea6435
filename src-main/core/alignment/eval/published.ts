/**
 * Published strict and lax figures on the Text+Berg test sets (the 7 test documents together,
 * scored with Vecalign's score.py), for the evaluation table. Each with where it was read.
 */
export interface PublishedScore {
  system: string;
  uses: string;
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
  source: string;
}

export const publishedScores: PublishedScore[] = [
  {
    system: 'Vecalign (Thompson & Koehn 2019)',
    uses: 'LASER sentence embeddings',
    precisionStrict: 0.899,
    recallStrict: 0.904,
    f1Strict: 0.902,
    precisionLax: 0.985,
    recallLax: 0.987,
    f1Lax: 0.986,
    source: 'github.com/thompsonb/vecalign README (reproducing the EMNLP 2019 paper)',
  },
  {
    system: 'Bertalign (Liu & Zhu 2022)',
    uses: 'LaBSE sentence embeddings',
    precisionStrict: 0.932,
    recallStrict: 0.941,
    f1Strict: 0.936,
    precisionLax: 0.987,
    recallLax: 0.991,
    f1Lax: 0.989,
    source: 'github.com/bfsujason/bertalign README (Digital Scholarship in the Humanities, 2022)',
  },
];
