/**
 * The presenter's keys: what a presentation clicker sends (PageDown/PageUp, or the arrows) plus the
 * keyboard shortcuts a teacher uses at the lectern. Pure: a key and its context in, an action out.
 */

/** What a key asks the presenter to do. */
export type PresenterAction =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'togglePlay' }
  | { kind: 'restart' }
  | { kind: 'jump'; step: number }
  | { kind: 'fullscreen' }
  | { kind: 'blank' }
  | { kind: 'unblank' };

/** The part of a keyboard event the key map reads. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** A key held down repeats: only arrows and page keys may repeat (a held F must not flicker). */
  repeat?: boolean;
}

/** Where the key was pressed. */
export interface KeyContext {
  /** Focus is in a text field (the terminal, a select): its keys belong to it. */
  inTextField: boolean;
  /** The screen is blanked: any key brings it back, and does nothing else. */
  blank: boolean;
}

const SIMPLE: Record<string, PresenterAction> = {
  ArrowRight: { kind: 'next' },
  PageDown: { kind: 'next' },
  ArrowLeft: { kind: 'prev' },
  PageUp: { kind: 'prev' },
  ' ': { kind: 'togglePlay' },
  Spacebar: { kind: 'togglePlay' },
  r: { kind: 'restart' },
  R: { kind: 'restart' },
  f: { kind: 'fullscreen' },
  F: { kind: 'fullscreen' },
  b: { kind: 'blank' },
  B: { kind: 'blank' },
  // Many clickers send "." (PowerPoint's black screen) for their blank button.
  '.': { kind: 'blank' },
};

/** Keys that only ever mean something to the browser or the system; a blanked screen ignores them too. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab']);

/**
 * The action for a key, or undefined when the presenter leaves the key alone (text fields,
 * shortcuts with Ctrl/Alt/Meta, keys it does not use). Escape is never taken: the browser leaves
 * full screen with it.
 */
export function keyAction(input: KeyInput, context: KeyContext): PresenterAction | undefined {
  if (context.inTextField) return undefined;
  if (input.ctrlKey || input.altKey || input.metaKey) return undefined;
  if (context.blank) return MODIFIERS.has(input.key) ? undefined : { kind: 'unblank' };
  const action = SIMPLE[input.key];
  if (action) {
    const repeats = action.kind === 'next' || action.kind === 'prev';
    return input.repeat && !repeats ? undefined : action;
  }
  if (/^[1-9]$/.test(input.key) && !input.repeat) return { kind: 'jump', step: Number(input.key) - 1 };
  return undefined;
}

/** Whether an element (looking through shadow roots) takes typed text, so the key map stays out. */
export function isTextField(el: Element | null): boolean {
  let cur: Element | null = el;
  while (cur?.shadowRoot?.activeElement) cur = cur.shadowRoot.activeElement;
  if (!cur) return false;
  const tag = cur.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (cur.getAttribute('type') ?? 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file', 'image'].includes(type);
  }
  return (cur as HTMLElement).isContentEditable === true || cur.getAttribute('role') === 'textbox';
}
