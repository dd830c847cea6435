/**
 * What the import pipeline hands to storage: an article read, decoded, segmented and described,
 * or a reason it could not be. Pure data; no I/O happens after this point except the database write.
 */
import type { ParagraphKind, SkipReason } from '../../api/contract.js';

export interface PreparedParagraph {
  kind: ParagraphKind;
  /** BCP 47 primary subtag; the article's language unless this paragraph is clearly in another. */
  language: string;
  text: string;
}

export interface PreparedArticle {
  title: string;
  outlet: string | null;
  language: string;
  published: string | null;
  /** The decoded text (NFC) the paragraphs were cut from. */
  originalText: string;
  paragraphs: PreparedParagraph[];
}

export interface ImportProblem {
  reason: SkipReason;
  message: string;
}

/** One thing to import, before reading: bytes with the name they came under. */
export interface ImportInput {
  /** File name or URL, shown to people as the article's source. */
  source: string;
  bytes: Uint8Array;
  /** Content type when known (from HTTP); otherwise the file name's extension decides. */
  contentType?: string;
}
