/**
 * The reader's preferences (language, open view, animation speed): read from the URL first
 * (`?view=layers&lang=id`), then from what was saved, then from the system (reduced motion).
 */

import { isLang, type Lang } from '../i18n/locale';

/** The views of the page, in tab order. */
export const VIEWS = ['architecture', 'api', 'layers', 'lifecycle', 'resources', 'compare', 'files', 'build'] as const;

/** One view of the page. */
export type ViewId = (typeof VIEWS)[number];

/**
 * Animation speeds: 0 means no animation (everything at once); `instant` shows results at once too,
 * but a pull or push still plays its progress as at 1x (a teacher who wants answers without waiting).
 */
export const SPEEDS = [0, 'instant', 0.5, 1, 2] as const;

/** One animation speed. */
export type Speed = (typeof SPEEDS)[number];

/** What the reader chose. */
export interface Prefs {
  lang: Lang;
  view: ViewId;
  speed: Speed;
  /** Whether the speed was chosen by the reader (otherwise it follows `prefers-reduced-motion`). */
  speedChosen: boolean;
}

/** The key the preferences are saved under. */
export const PREFS_KEY = 'pelabuhan.prefs';

/** Whether a value names a view. */
export function isView(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

function isSpeed(value: unknown): value is Speed {
  return (SPEEDS as readonly unknown[]).includes(value);
}

/** A speed from a menu's value (`"0.5"`, `"instant"`), or undefined. */
export function parseSpeed(value: string): Speed | undefined {
  const speed = value === 'instant' || value.trim() === '' ? value : Number(value);
  return isSpeed(speed) ? speed : undefined;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function browserLang(): Lang {
  const first = (navigator.languages?.[0] ?? navigator.language ?? 'en').toLowerCase();
  return first.startsWith('id') || first.startsWith('in') ? 'id' : 'en';
}

/** Reads the preferences: URL parameters win over saved ones, saved ones over defaults. */
export function loadPrefs(storage: Storage | undefined, search: string): Prefs {
  let saved: Partial<Prefs> = {};
  try {
    const raw = storage?.getItem(PREFS_KEY);
    if (raw) saved = JSON.parse(raw) as Partial<Prefs>;
  } catch {
    saved = {};
  }
  const params = new URLSearchParams(search);
  const urlLang = params.get('lang');
  const urlView = params.get('view');
  const speedChosen = saved.speedChosen === true && isSpeed(saved.speed);
  return {
    lang: isLang(urlLang) ? urlLang : isLang(saved.lang) ? saved.lang : browserLang(),
    view: isView(urlView) ? urlView : isView(saved.view) ? saved.view : 'architecture',
    speed: speedChosen ? (saved.speed as Speed) : reducedMotion() ? 0 : 1,
    speedChosen,
  };
}

/** Saves the preferences; storage that is full or forbidden is ignored. */
export function savePrefs(storage: Storage | undefined, prefs: Prefs): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full quota: the page still works, it just forgets.
  }
}
