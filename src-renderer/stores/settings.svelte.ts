/**
 * Preferences kept in this browser profile (localStorage): the colour theme, applied as a class on
 * <html> (`theme-light`, `theme-dark`; neither follows the system), the interface language, applied
 * as `lang` and `dir` on <html>, and the comparison's defaults.
 */
import { directionOf, isLocale, pickLocale, type Locale } from '../lib/i18n/locales.js';

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const themeKey = 'parallax.theme';
const localeKey = 'parallax.locale';
const comparisonKey = 'parallax.comparison';

/** How a comparison opens: theme bands or each article's own flow, and how many columns fill the window. */
export interface ComparisonDefaults {
  layout: 'bands' | 'flow';
  columnsPerScreen: number;
}
export const defaultComparison: ComparisonDefaults = { layout: 'bands', columnsPerScreen: 4 };
export const columnsPerScreenRange = { min: 2, max: 8 } as const;

function storedComparison(): ComparisonDefaults {
  try {
    const value = JSON.parse(localStorage.getItem(comparisonKey) ?? 'null') as Partial<ComparisonDefaults> | null;
    const layout = value?.layout === 'flow' ? 'flow' : 'bands';
    const columns = Number(value?.columnsPerScreen);
    const columnsPerScreen = Number.isInteger(columns) ? Math.min(columnsPerScreenRange.max, Math.max(columnsPerScreenRange.min, columns)) : defaultComparison.columnsPerScreen;
    return { layout, columnsPerScreen };
  } catch {
    return { ...defaultComparison }; // Storage off or a hand-edited value: the defaults.
  }
}

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(themeKey);
    return (themes as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
  } catch {
    return 'system'; // Storage switched off: the system's theme.
  }
}

/** The language chosen in Settings, else the first of the system's languages the interface speaks. */
function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(localeKey);
    if (isLocale(value)) return value;
  } catch {
    // Storage switched off: the system's language.
  }
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

function applyLocale(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = directionOf(locale);
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('theme-light', theme === 'light');
  root.classList.toggle('theme-dark', theme === 'dark');
}

class SettingsStore {
  /** The Settings dialog is showing. */
  open = $state(false);
  theme = $state<Theme>(storedTheme());
  /** The interface language; `t()` reads it, so changing it re-renders every string. */
  locale = $state<Locale>(storedLocale());
  comparison = $state<ComparisonDefaults>(storedComparison());

  /** Puts the stored theme and language on the page; called once before the app mounts, so nothing flashes. */
  apply(): void {
    applyTheme(this.theme);
    applyLocale(this.locale);
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    applyLocale(locale);
    try {
      localStorage.setItem(localeKey, locale);
    } catch (error) {
      console.warn('[parallax] could not store the interface language', error);
    }
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    applyTheme(theme);
    try {
      if (theme === 'system') localStorage.removeItem(themeKey);
      else localStorage.setItem(themeKey, theme);
    } catch (error) {
      console.warn('[parallax] could not store the theme', error);
    }
  }

  setComparison(changes: Partial<ComparisonDefaults>): void {
    this.comparison = { ...this.comparison, ...changes };
    try {
      localStorage.setItem(comparisonKey, JSON.stringify(this.comparison));
    } catch (error) {
      console.warn('[parallax] could not store the comparison defaults', error);
    }
  }

  clear(): void {
    this.open = false;
    this.comparison = storedComparison();
    this.theme = storedTheme();
    this.locale = storedLocale();
    applyTheme(this.theme);
    applyLocale(this.locale);
  }
}

export const settings = new SettingsStore();
