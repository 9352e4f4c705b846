/** Styles every component shares: visible focus, plain buttons, and text only screen readers see. */

import { css } from 'lit';

/** A focus ring that is always visible for keyboard users, and the `.sr-only` helper. */
export const baseStyles = css`
  :host { font-family: var(--font-ui); color: var(--text); }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
    border-radius: 3px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .btn {
    border: 1px solid var(--border-strong);
    background: var(--surface);
    border-radius: var(--radius);
    padding: 0.25rem 0.7rem;
    min-height: 2rem;
  }
  .btn:hover { background: var(--surface-2); }
  .btn.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
  .btn.primary:hover { background: var(--accent-strong); }
  .mono { font-family: var(--font-mono); }
`;
