/**
 * Language, outlet and date of every article, held in memory as small arrays. Counting facets
 * and applying filters over tens of thousands of matches is then a loop over integers, where a
 * join against the articles table would cost a B-tree lookup per match.
 *
 * The arrays are rebuilt when the library changes: the owner calls `invalidate()` after its own
 * writes, and SQLite's `data_version` reveals writes by another connection (the CLI, say). After
 * an import, which only adds articles, the owner calls `added()` and only the new rows are read:
 * reading 100,000 takes a few hundred milliseconds, which a search typed during an import would
 * otherwise pay after every batch.
 */
import type { Database } from 'better-sqlite3';
import type { FacetCount } from '../../api/contract.js';
import type { QueryFilters } from './query-parser.js';
import { foldText } from '../text/fold.js';
import { cachedStatement } from '../storage/statements.js';

interface FactsRow {
  id: number;
  language: string;
  outlet: string | null;
  published: string | null;
}

export class ArticleFacts {
  private loadedVersion = -1;
  private valid = false;
  /** Articles were added by the owner since the last load, and nothing else changed. */
  private addedSince = false;
  private loadedUpTo = 0;
  private languageCodes = new Map<string, number>();
  private outletCodes = new Map<string | null, number>();
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

  /** The owner added articles (each with a higher id than any before) and changed nothing else. */
  added(): void {
    if (this.valid) this.addedSince = true;
  }

  private refresh(): void {
    const version = cachedStatement(this.db, 'PRAGMA data_version').pluck().get() as number;
    if (this.valid && version === this.loadedVersion && !this.addedSince) return;
    // data_version moves only for other connections' commits: then everything is read again.
    const onlyAdded = this.valid && version === this.loadedVersion;
    if (!onlyAdded) this.reset();
    const rows = (
      onlyAdded
        ? cachedStatement(this.db, 'SELECT id, language, outlet, published FROM articles WHERE id > ?').all(this.loadedUpTo)
        : cachedStatement(this.db, 'SELECT id, language, outlet, published FROM articles').all()
    ) as FactsRow[];
    this.store(rows);
    this.loadedVersion = version;
    this.valid = true;
    this.addedSince = false;
  }

  private reset(): void {
    this.language = new Int32Array(0);
    this.outlet = new Int32Array(0);
    this.published = [];
    this.languageCodes = new Map();
    this.outletCodes = new Map();
    this.loadedUpTo = 0;
  }

  private store(rows: readonly FactsRow[]): void {
    const top = rows.reduce((max, row) => Math.max(max, row.id), this.loadedUpTo);
    if (top >= this.language.length) this.grow(top + 1);
    for (const row of rows) {
      let l = this.languageCodes.get(row.language);
      if (l === undefined) this.languageCodes.set(row.language, (l = this.languageCodes.size));
      let o = this.outletCodes.get(row.outlet);
      if (o === undefined) this.outletCodes.set(row.outlet, (o = this.outletCodes.size));
      this.language[row.id] = l;
      this.outlet[row.id] = o;
      this.published[row.id] = row.published;
    }
    this.loadedUpTo = top;
    this.languages = [...this.languageCodes.keys()];
    this.outlets = [...this.outletCodes.keys()];
    this.foldedOutlets = this.outlets.map((name) => (name ? foldText(name) : ''));
  }

  /** Room for ids below `size`, with some to spare so that batch after batch does not copy every time. */
  private grow(size: number): void {
    const capacity = this.language.length === 0 ? size : Math.max(size, Math.ceil(this.language.length * 1.5));
    const language = new Int32Array(capacity).fill(-1);
    const outlet = new Int32Array(capacity).fill(-1);
    language.set(this.language);
    outlet.set(this.outlet);
    this.language = language;
    this.outlet = outlet;
    const published = this.published;
    this.published = new Array<string | null>(capacity).fill(null);
    for (let id = 0; id < published.length; id++) this.published[id] = published[id] ?? null;
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
