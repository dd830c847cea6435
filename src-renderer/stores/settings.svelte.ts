/**
 * Preferences kept in this browser profile (localStorage): for now the colour theme, applied as a
 * class on <html> (`theme-light`, `theme-dark`; neither follows the system).
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const themeKey = 'parallax.theme';

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(themeKey);
    return (themes as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
  } catch {
    return 'system'; // Storage switched off: the system's theme.
  }
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

  /** Puts the stored theme on the page; called once before the app mounts, so nothing flashes. */
  apply(): void {
    applyTheme(this.theme);
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

  clear(): void {
    this.open = false;
    this.theme = storedTheme();
    applyTheme(this.theme);
  }
}

export const settings = new SettingsStore();
