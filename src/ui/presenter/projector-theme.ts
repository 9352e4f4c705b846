/**
 * The projector theme: the page's colour tokens redefined on the presenter's and the audience's
 * host, so every nested view (diagrams included) follows. Pure black on white with dark accents:
 * a washed-out projector keeps black-on-white legible, and the diagrams' own light fills stay
 * right. Text contrast is AAA (7:1 or more) on every surface used; the focus ring is thick.
 */

import { css } from 'lit';

/** Custom properties and base rules of the projector theme, for `:host`. */
export const projectorTheme = css`
  :host {
    --bg: #ffffff;
    --surface: #ffffff;
    --surface-2: #f0f0f0;
    --border: #6b6b6b;
    --border-strong: #000000;
    --text: #000000;
    --text-muted: #2b2b2b;
    --accent: #004a52;
    --accent-strong: #002f34;
    --accent-soft: #dcf1f3;
    --focus: #1a3fd6;
    --warn-bg: #fff1c2;
    --warn-text: #4a3000;
    --danger: #9b1c12;
    --ok: #0d5322;
    --term-bg: #000000;
    --term-fg: #ffffff;
    --term-muted: #cfcfcf;
    --term-prompt: #8ff0c0;
    --present-narration: clamp(1.35rem, 2.3vw, 2.6rem);
    --present-command: clamp(1.3rem, 2.2vw, 2.5rem);
    --present-question: clamp(1.6rem, 3vw, 3.4rem);
    background: var(--bg);
    color: var(--text);
    font-size: clamp(16px, 1.3vw, 24px);
  }
  :focus-visible {
    outline: 5px solid var(--focus);
    outline-offset: 3px;
    box-shadow: 0 0 0 8px #ffffff;
    border-radius: 4px;
  }
  .btn {
    border: 2px solid var(--border-strong);
    background: var(--surface);
    color: var(--text);
    border-radius: 6px;
    padding: 0.3rem 0.8rem;
    min-height: 2.6rem;
    font-weight: 600;
  }
  .btn:hover { background: var(--surface-2); }
  .btn.primary { background: var(--accent); border-color: var(--accent); color: #ffffff; }
  .btn.primary:hover { background: var(--accent-strong); }
  .btn[aria-pressed='true'] { background: var(--text); color: var(--bg); }
  .btn:disabled { border-style: dashed; cursor: not-allowed; color: #4a4a4a; }
`;
