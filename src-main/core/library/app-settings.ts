/**
 * The desktop app's own settings, kept next to its data (`settings.json` in the user-data folder):
 * for now, where the library lives. Interface preferences (language, theme, comparison defaults)
 * live in the renderer's storage; this file holds what the main process needs before any window.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { z } from 'zod';

const settingsSchema = z
  .object({
    /** An absolute path to the library file; absent means the default location. */
    libraryPath: z.string().min(1).max(4_096).refine(isAbsolute, 'the library path must be absolute').optional(),
  })
  .strip();

export type AppSettings = z.infer<typeof settingsSchema>;

/** The settings in `file`; a missing, unreadable or hand-broken file gives the defaults, never an error. */
export function readAppSettings(file: string): AppSettings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Writes the settings whole, through a temporary file, so a crash never leaves half a file. */
export function writeAppSettings(file: string, settings: AppSettings): void {
  const valid = settingsSchema.parse(settings);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(valid, null, 2) + '\n', 'utf8');
  renameSync(temporary, file);
}
