/**
 * `<sim-files-view>`: the Files view, the client machine's files under /home/user (what `docker
 * build .` packs) and an editor for one of them. Saving, new, rename and delete run a shell line in
 * the session (file-commands.ts), as if typed: the terminal shows it and the session keeps it.
 */

import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../theme/shared-styles';
import { SessionController } from '../common/session-controller';
import type { SessionEvents } from '../common/view-port';
import { defaultHost, type World } from '../../model';
import { CLIENT_HOME } from '../../model/client';
import { badName, deleteLine, homeFiles, newFileLine, renameLine, saveLine, savedText } from './file-commands';
import './file-editor';

/** What the Files view needs of the session. */
export interface FilesPort extends SessionEvents {
  readonly world: World;
  readonly revision: number;
  /** A command is running or keeps the terminal. */
  readonly busy: boolean;
  /** An unfinished line waits for more (bash's `> ` prompt). */
  readonly continuation: string | undefined;
  submit(lines: string[]): void;
}

type Form = { kind: 'new' | 'rename'; name: string; error?: string } | { kind: 'delete' } | undefined;

@customElement('sim-files-view')
@localized()
export class SimFilesView extends LitElement {
  static styles = [
    baseStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(10rem, 14rem) 1fr;
        gap: 0.75rem;
        padding: 0.75rem;
        min-height: 0;
      }
      nav { display: flex; flex-direction: column; gap: 0.4rem; min-width: 0; }
      h3 { margin: 0; font-size: 0.9rem; }
      .home { font-family: var(--font-mono); font-size: 0.8rem; color: var(--text-muted); }
      ul { list-style: none; margin: 0; padding: 0; overflow: auto; }
      li button {
        width: 100%;
        text-align: left;
        border: 0;
        background: none;
        padding: 0.25rem 0.4rem;
        border-radius: var(--radius);
        font-family: var(--font-mono);
        font-size: 0.82rem;
        overflow-wrap: anywhere;
      }
      li button[aria-current='true'] { background: var(--accent-soft); color: var(--accent-strong); font-weight: 700; }
      li button:hover { background: var(--surface-2); }
      .main { display: flex; flex-direction: column; gap: 0.4rem; min-width: 0; min-height: 0; }
      .bar { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      .name { font-family: var(--font-mono); font-weight: 700; margin-right: auto; overflow-wrap: anywhere; }
      .btn.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
      .btn.danger { border-color: var(--danger); color: var(--danger); }
      .btn[disabled] { opacity: 0.55; cursor: not-allowed; }
      form { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      input {
        font: inherit;
        font-family: var(--font-mono);
        padding: 0.2rem 0.4rem;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
      }
      .error { color: var(--danger); font-size: 0.85rem; width: 100%; }
      .status { font-size: 0.85rem; color: var(--text-muted); min-height: 1.2em; margin: 0; }
      .empty { color: var(--text-muted); font-size: 0.9rem; }
      @media (max-width: 40rem) { :host { grid-template-columns: 1fr; } }
    `,
  ];

  /** The session whose client machine the view edits. */
  @property({ attribute: false }) session?: FilesPort;

  @state() private selected: string | undefined;
  /** The text being edited and the file text it started from (to tell unsaved changes). */
  @state() private draft: { path: string; text: string; base: string } | undefined;
  @state() private form: Form;
  @state() private status = '';

  private readonly controller = new SessionController<FilesPort>(this, { select: (s) => s.revision });

  protected updated(changed: PropertyValues<this>): void {
    this.controller.follow(this.session);
    // A form just opened takes the keyboard: its name field, or the delete confirmation.
    if (changed.has('form' as keyof SimFilesView) && this.form && !changed.get('form' as keyof SimFilesView))
      this.renderRoot.querySelector<HTMLElement>('form input, form button')?.focus();
  }

  private files(): string[] {
    return this.session ? homeFiles(defaultHost(this.session.world).hostFiles) : [];
  }

  private read(path: string): string | undefined {
    return this.session ? defaultHost(this.session.world).hostFiles[`${CLIENT_HOME.slice(1)}/${path}`] : undefined;
  }

  private blocked(): boolean {
    return !this.session || this.session.busy || this.session.continuation !== undefined;
  }

  /** Runs a line in the session as if typed; false (and says why) while the terminal is busy. */
  private run(line: string, done: string): boolean {
    if (!this.session || this.blocked()) {
      this.status = msg('The terminal is busy: try again when the command has finished.', { id: 'editor.busy' });
      return false;
    }
    this.session.submit([line]);
    this.status = done;
    return true;
  }

  private save(content: string): void {
    const path = this.draft?.path ?? this.selected;
    if (!path) return;
    const text = savedText(content);
    if (this.run(saveLine(path, content), msg(str`Saved ${path}.`, { id: 'editor.saved' })))
      this.draft = { path, text, base: text };
  }

  private submitForm(e: Event): void {
    e.preventDefault();
    const form = this.form;
    if (!form || form.kind === 'delete') return;
    const name = form.name.trim();
    const others = this.files().filter((f) => form.kind === 'new' || f !== this.selected);
    const problem = badName(name, others);
    if (problem) {
      const words = {
        empty: msg('Type a name.', { id: 'editor.nameEmpty' }),
        invalid: msg('Use a relative path such as app/Dockerfile, without .. or a trailing /.', {
          id: 'editor.nameInvalid',
        }),
        exists: msg('A file with that name exists.', { id: 'editor.nameExists' }),
      };
      this.form = { ...form, error: words[problem] };
      return;
    }
    const ran =
      form.kind === 'new'
        ? this.run(newFileLine(name), msg(str`Created ${name}.`, { id: 'editor.created' }))
        : this.selected !== undefined &&
          this.run(renameLine(this.selected, name), msg(str`Renamed to ${name}.`, { id: 'editor.renamed' }));
    if (!ran) return;
    this.selected = name;
    this.draft = undefined;
    this.form = undefined;
  }

  private unsavedMark() {
    return html` <span aria-label=${msg('unsaved', { id: 'editor.unsaved' })}>●</span>`;
  }

  private typed(draft: { path: string; base: string }, text: string): void {
    this.draft = { ...draft, text };
    this.status = '';
  }

  private deleteFile(): void {
    const path = this.selected;
    if (!path) return;
    if (!this.run(deleteLine(path), msg(str`Deleted ${path}.`, { id: 'editor.deleted' }))) return;
    this.selected = undefined;
    this.draft = undefined;
    this.form = undefined;
  }

  private renderForm() {
    const form = this.form;
    if (!form) return nothing;
    if (form.kind === 'delete')
      return html`<form @submit=${(e: Event) => (e.preventDefault(), this.deleteFile())}>
        <span>${msg(str`Delete ${this.selected ?? ''}?`, { id: 'editor.confirmDelete' })}</span>
        <button class="btn danger" type="submit" data-testid="file-delete-confirm">
          ${msg('Delete', { id: 'editor.delete' })}
        </button>
        <button class="btn" type="button" @click=${() => (this.form = undefined)}>
        ${msg('Cancel', { id: 'editor.cancel' })}
      </button>
      </form>`;
    const label =
      form.kind === 'new'
        ? msg('New file name', { id: 'editor.newName' })
        : msg('New name', { id: 'editor.renameName' });
    return html`<form @submit=${this.submitForm}>
      <label
        >${label}
        <input
          data-testid="file-name"
          .value=${form.name}
          @input=${(e: Event) => (this.form = { kind: form.kind, name: (e.target as HTMLInputElement).value })}
          aria-invalid=${form.error ? 'true' : 'false'}
      /></label>
      <button class="btn primary" type="submit">
        ${form.kind === 'new' ? msg('Create', { id: 'editor.create' }) : msg('Rename', { id: 'editor.rename' })}
      </button>
      <button class="btn" type="button" @click=${() => (this.form = undefined)}>
        ${msg('Cancel', { id: 'editor.cancel' })}
      </button>
      ${form.error ? html`<span class="error" role="alert">${form.error}</span>` : nothing}
    </form>`;
  }

  render() {
    const files = this.files();
    let selected = this.selected !== undefined && files.includes(this.selected) ? this.selected : undefined;
    selected ??= files.includes('Dockerfile') ? 'Dockerfile' : files[0];
    const onDisk = selected === undefined ? undefined : (this.read(selected) ?? '');
    // Keep typed changes; otherwise follow the file (the terminal may have changed it).
    let draft = this.draft;
    if (
      selected !== undefined &&
      (!draft || draft.path !== selected || (draft.text === draft.base && draft.base !== onDisk))
    )
      draft = { path: selected, text: onDisk ?? '', base: onDisk ?? '' };
    const dirty = draft !== undefined && draft.text !== onDisk;
    return html`
      <nav aria-label=${msg('Files', { id: 'editor.files' })}>
        <h3>${msg('Files', { id: 'editor.files' })}</h3>
        <span class="home">${CLIENT_HOME}</span>
        <button class="btn" data-testid="file-new" @click=${() => (this.form = { kind: 'new', name: '' })}>
          ${msg('New file', { id: 'editor.new' })}
        </button>
        ${
          files.length === 0
            ? html`<p class="empty">${msg('No files yet.', { id: 'editor.none' })}</p>`
            : html`<ul>${files.map(
                (f) =>
                  html`<li>
                  <button
                    data-file-path=${f}
                    aria-current=${f === selected ? 'true' : 'false'}
                    @click=${() => ((this.selected = f), (this.form = undefined))}
                  >${f}</button>
                </li>`,
              )}</ul>`
        }
      </nav>
      <section class="main" data-testid="files-view" aria-label=${msg('Editor', { id: 'editor.editor' })}>
        <div class="bar">
          <span class="name"
            >${selected ?? ''}${dirty ? this.unsavedMark() : nothing}</span
          >
          ${
            selected !== undefined
              ? html`<button
                  class="btn primary"
                  data-testid="file-save"
                  ?disabled=${!dirty}
                  @click=${() => draft && this.save(draft.text)}
                >
                  ${msg('Save', { id: 'editor.save' })}
                </button>
                <button
                  class="btn"
                  data-testid="file-rename"
                  @click=${() => (this.form = { kind: 'rename', name: selected ?? '' })}
                >
                  ${msg('Rename', { id: 'editor.rename' })}
                </button>
                <button class="btn danger" data-testid="file-delete" @click=${() => (this.form = { kind: 'delete' })}>
                  ${msg('Delete', { id: 'editor.delete' })}
                </button>`
              : nothing
          }
        </div>
        ${this.renderForm()}
        <p class="status" role="status" aria-live="polite">${this.status}</p>
        ${
          draft
            ? html`<sim-file-editor
              .path=${draft.path}
              .value=${draft.text}
              @sim-file-input=${(e: CustomEvent<{ content: string }>) => this.typed(draft, e.detail.content)}
              @sim-file-save=${(e: CustomEvent<{ content: string }>) => this.save(e.detail.content)}
            ></sim-file-editor>`
            : html`<p class="empty">${msg('Make a file with New file, or in the terminal.', { id: 'editor.hint' })}</p>`
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-files-view': SimFilesView;
  }
}
