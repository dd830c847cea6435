/**
 * The main window's size and place, kept between runs in `userData/window-state.json`. A saved
 * place is used only if the window would still be reachable there (a display may be gone).
 */
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowState {
  /** Absent: let the system place the window (centred). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const defaultWindowState: WindowState = { width: 1280, height: 840, maximized: false };
const minimum = { width: 720, height: 480 };
const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');

export function loadWindowState(): WindowState {
  let saved: Partial<Record<keyof WindowState, unknown>>;
  try {
    saved = JSON.parse(readFileSync(stateFile(), 'utf8')) as typeof saved;
  } catch {
    return defaultWindowState; // First run, or an unreadable file: start afresh.
  }
  const { x, y, width, height } = saved;
  if (!isWhole(width) || !isWhole(height)) return defaultWindowState;
  const size = { width: Math.max(minimum.width, width), height: Math.max(minimum.height, height), maximized: saved.maximized === true };
  if (isWhole(x) && isWhole(y) && isReachable({ x, y, ...size }, screen.getAllDisplays().map((display) => display.workArea))) return { x, y, ...size };
  return size;
}

/** Remembers the window's normal (not maximised) bounds when it closes. */
export function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(stateFile(), `${JSON.stringify(state)}\n`);
    } catch (error) {
      console.warn('[parallax] could not save the window state:', error);
    }
  });
}

/** Enough of the title bar lies on some display to grab the window and drag it back. */
export function isReachable(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 32 };
  return workAreas.some((area) => overlap(titleBar.x, titleBar.width, area.x, area.width) >= 120 && overlap(titleBar.y, titleBar.height, area.y, area.height) >= 16);
}

const overlap = (start: number, length: number, areaStart: number, areaLength: number): number =>
  Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart);

const isWhole = (value: unknown): value is number => Number.isSafeInteger(value);
