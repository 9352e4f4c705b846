import { css } from 'lit';

/** The page's layout and its panels' look (the header has its own, app-header.ts). */
export const simAppStyles = css`
    :host { display: grid; grid-template-rows: auto auto minmax(0, 1fr); height: 100vh; height: 100dvh; }
    header { grid-row: 1; }
    .notices { grid-row: 2; }
    main { grid-row: 3; }
    .notice {
      display: flex;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.5rem 1rem;
      background: var(--warn-bg);
      color: var(--warn-text);
      border-bottom: 1px solid #e7c873;
    }
    main { display: grid; grid-template-rows: minmax(0, 1fr) minmax(8.5rem, 0.5fr); min-height: 0; }
    .views { display: flex; flex-direction: column; min-height: 0; background: var(--surface); }
    .panel { flex: 1; min-height: 0; display: flex; position: relative; }
    .panel > * { flex: 1; min-width: 0; min-height: 0; }
    .tabbar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding-right: 0.6rem;
      border-bottom: 1px solid var(--border);
      background: var(--surface-2);
    }
    .tabs {
      display: flex;
      flex: 1;
      flex-wrap: wrap;
      align-self: flex-end;
      gap: 0.15rem;
      padding: 0.3rem 0.6rem 0;
    }
    [role='tab'] {
      border: 1px solid transparent;
        border-bottom: 0;
        background: none;
        padding: 0.35rem 0.8rem;
        border-radius: var(--radius) var(--radius) 0 0;
      color: var(--text-muted); font-size: 0.92rem; margin-bottom: -1px;
    }
    [role='tab']:hover { color: var(--text); background: var(--surface); }
    [role='tab'][aria-selected='true'] {
      color: var(--accent-strong);
      background: var(--surface);
      border-color: var(--border);
      font-weight: 600;
      box-shadow: inset 0 3px 0 var(--accent);
    }
    .explain {
      padding: 0.35rem 1rem;
      background: var(--accent-soft);
      border-top: 1px solid var(--border);
      font-size: 0.92rem;
      max-height: 7.5rem;
      overflow: auto;
    }
    .explain h2 { display: inline; font-size: 0.92rem; margin: 0 0.5rem 0 0; color: var(--accent-strong); }
    .explain p { display: inline; margin: 0 0.4rem 0 0; }
    sim-terminal { min-height: 0; }
    main.with-lesson { grid-template-columns: minmax(19rem, 26rem) minmax(0, 1fr); }
    main.with-lesson sim-lesson-player,
    main.with-lesson sim-challenge-panel {
      grid-column: 1;
      grid-row: 1 / span 2;
      border-right: 1px solid var(--border);
    }
    main.with-lesson .views { grid-column: 2; grid-row: 1; }
    main.with-lesson sim-terminal { grid-column: 2; grid-row: 2; }
    @media (max-width: 760px), (max-height: 520px) {
      main.with-lesson sim-lesson-player,
      main.with-lesson sim-challenge-panel {
        border-right: 0;
        border-bottom: 1px solid var(--border);
        max-height: none;
      }
      :host { display: block; height: auto; }
      main { display: block; }
      .views { height: auto; }
      .panel { min-height: 24rem; }
      sim-terminal { height: 22rem; }
      .tagline { display: none; }
    }
`;
