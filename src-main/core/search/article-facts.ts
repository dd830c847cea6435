/**
 * Language, outlet and date of every article, held in memory as small arrays. Counting facets
 * and applying filters over tens of thousands of matches is then a loop over integers, where a
 * join against the articles table would cost a B-tree lookup per match.
 *
 * The arrays are rebuilt when the library changes: the owner calls `invalidate()` after its own
 * writes, and SQLite's `data_version` reveals writes by another connection (the CLI, say).
 */
import type { Database } from 'better-sqlite3';
import type { FacetCount } from '../../api/contract.js';
import type { QueryFilters } from './query-parser.js';
import { foldText } from '../text/fold.js';
import { cachedStatement } from '../storage/statements.js';

export class ArticleFacts {
  private loadedVersion = -1;
  private valid = false;
  private language = new Int32Array(0);
  private outlet = new Int32Array(0);
  private published: Array<string | null> = [];
  private languages: string[] = [];
  private outlets: Array<string | null> = [];
  private foldedOutlets: string[] = [];

  constructor(private readonly db: Database) {}

  invalidate(): void {
    this.valid = false;
  }

  private refresh(): void {
    const version = cachedStatement(this.db, 'PRAGMA data_version').pluck().get() as number;
    if (this.valid && version === this.loadedVersion) return;
    const rows = this.db.prepare('SELECT id, language, outlet, published FROM articles').all() as Array<{
      id: number;
      language: string;
      outlet: string | null;
      published: string | null;
    }>;
    const size = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
    this.language = new Int32Array(size).fill(-1);
    this.outlet = new Int32Array(size).fill(-1);
    this.published = new Array<string | null>(size).fill(null);
    const languageCodes = new Map<string, number>();
    const outletCodes = new Map<string | null, number>();
    for (const row of rows) {
      let l = languageCodes.get(row.language);
      if (l === undefined) languageCodes.set(row.language, (l = languageCodes.size));
      let o = outletCodes.get(row.outlet);
      if (o === undefined) outletCodes.set(row.outlet, (o = outletCodes.size));
      this.language[row.id] = l;
      this.outlet[row.id] = o;
      this.published[row.id] = row.published;
    }
    this.languages = [...languageCodes.keys()];
    this.outlets = [...outletCodes.keys()];
    this.foldedOutlets = this.outlets.map((name) => (name ? foldText(name) : ''));
    this.loadedVersion = version;
    this.valid = true;
  }

  /** The ids that pass the filters, in the order given. */
  filter(ids: readonly number[], filters: QueryFilters): number[] {
    this.refresh();
    const { languages, outlets, after, before } = filters;
    if (!languages.length && !outlets.length && !after && !before) return ids.filter((id) => id < this.language.length && this.language[id]! >= 0);
    const languageOk = new Set(languages.map((code) => this.languages.indexOf(code)));
    const wanted = outlets.map(foldText);
    const outletOk = new Set(this.foldedOutlets.flatMap((name, code) => (wanted.some((w) => name.includes(w)) ? [code] : [])));
    return ids.filter((id) => {
      if (id >= this.language.length || this.language[id]! < 0) return false;
      if (languages.length && !languageOk.has(this.language[id]!)) return false;
      if (outlets.length && !outletOk.has(this.outlet[id]!)) return false;
      const date = this.published[id];
      if (after && (!date || date < after)) return false;
      if (before && (!date || date > before)) return false;
      return true;
    });
  }

  facets(ids: readonly number[]): { languages: FacetCount[]; outlets: FacetCount[] } {
    this.refresh();
    const byLanguage = new Int32Array(this.languages.length);
    const byOutlet = new Int32Array(this.outlets.length);
    for (const id of ids) {
      byLanguage[this.language[id]!]!++;
      byOutlet[this.outlet[id]!]!++;
    }
    const list = (counts: Int32Array, names: ReadonlyArray<string | null>): FacetCount[] =>
      names
        .map((value, code) => ({ value, count: counts[code]! }))
        .filter((facet) => facet.count > 0)
        .sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
    return { languages: list(byLanguage, this.languages) as FacetCount[], outlets: list(byOutlet, this.outlets) };
  }
}
