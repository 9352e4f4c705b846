/**
 * Chromium's network error page as the pane draws it ("This site can't be reached", the host in
 * bold, what to try, the net error code), in the page's language. The host name is typed text and
 * is only ever rendered as text.
 */

import { html, css, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BrowserError } from '../../../model/client';

/** The error page's styles (Chromium's neterror look, roughly: grey icon, large heading, blue button). */
export const errorPageStyles = css`
  .neterror { padding: 1.5rem 2rem; max-width: 36rem; color: #202124; font-family: system-ui, sans-serif; }
  .neterror .icon { width: 48px; height: 48px; margin-bottom: 1rem; }
  .neterror h2 { font-size: 1.5rem; font-weight: 500; margin: 0 0 1rem; }
  .neterror p, .neterror li { font-size: 0.95rem; line-height: 1.5; color: #5f6368; margin: 0.2rem 0; }
  .neterror ul { margin: 0.2rem 0 0.8rem; padding-left: 1.5rem; }
  .neterror .code { font-size: 0.8rem; text-transform: uppercase; color: #5f6368; margin-top: 1rem; }
  .neterror .reload { margin-top: 1.2rem; background: #1a73e8; color: #fff; border: 0; border-radius: 4px;
    padding: 0.5rem 1.2rem; font-weight: 500; }
`;

// The sad-document icon of Chromium's error pages, drawn plainly.
const ICON = html`<svg class="icon" viewBox="0 0 48 48" aria-hidden="true">
  <path d="M10 4h20l10 10v30H10z" fill="#e8eaed" stroke="#9aa0a6" stroke-width="2" />
  <path d="M30 4v10h10" fill="none" stroke="#9aa0a6" stroke-width="2" />
  <circle cx="19" cy="26" r="2" fill="#5f6368" /><circle cx="31" cy="26" r="2" fill="#5f6368" />
  <path d="M18 36q7-5 14 0" fill="none" stroke="#5f6368" stroke-width="2" />
</svg>`;

/** Chromium's heading for a net error: the site cannot be reached, or the page is not working. */
function heading(error: BrowserError): string {
  return error === 'ERR_EMPTY_RESPONSE' || error === 'ERR_INVALID_HTTP_RESPONSE' || error === 'ERR_TOO_MANY_REDIRECTS'
    ? msg('This page isn’t working', { id: 'browser.notWorking' })
    : msg('This site can’t be reached', { id: 'browser.unreachable' });
}

/** The sentence under the heading, the host in bold where Chromium puts it. */
function detail(error: BrowserError, host: string): TemplateResult {
  const bold = html`<strong>${host}</strong>`;
  switch (error) {
    case 'ERR_CONNECTION_REFUSED':
      return html`${bold} ${msg('refused to connect.', { id: 'browser.refused' })}`;
    case 'ERR_CONNECTION_RESET':
      return html`${msg('The connection was reset.', { id: 'browser.reset' })}`;
    case 'ERR_EMPTY_RESPONSE':
      return html`${bold} ${msg('didn’t send any data.', { id: 'browser.empty' })}`;
    case 'ERR_INVALID_HTTP_RESPONSE':
      return html`${bold} ${msg('sent an invalid response.', { id: 'browser.invalid' })}`;
    case 'ERR_TOO_MANY_REDIRECTS':
      return html`${bold} ${msg('redirected you too many times.', { id: 'browser.redirects' })}`;
    case 'ERR_NAME_NOT_RESOLVED':
      return html`${msg(str`Check if there is a typo in ${host}.`, { id: 'browser.typo' })}`;
    default:
      return html`${msg('This simulated browser opens http:// addresses on the Docker host only.', {
        id: 'browser.httpOnly',
      })}`;
  }
}

/** The code line: Chromium shows a failed name lookup as its DNS probe's result. */
const codeOf = (error: BrowserError) => (error === 'ERR_NAME_NOT_RESOLVED' ? 'DNS_PROBE_FINISHED_NXDOMAIN' : error);

/** The whole error page; `onReload` loads the address again. */
export function renderErrorPage(error: BrowserError, host: string, onReload: () => void): TemplateResult {
  const tips = error === 'ERR_CONNECTION_REFUSED' || error === 'ERR_CONNECTION_RESET';
  return html`<div class="neterror" data-testid="browser-error" data-error=${error}>
    ${ICON}
    <h2>${heading(error)}</h2>
    <p>${detail(error, host)}</p>
    ${
      tips
        ? html`<p>${msg('Try:', { id: 'browser.try' })}</p>
          <ul>
            <li>${msg('Checking the connection', { id: 'browser.tryConnection' })}</li>
            <li>${msg('Checking the proxy and the firewall', { id: 'browser.tryFirewall' })}</li>
          </ul>`
        : ''
    }
    <p class="code">${codeOf(error)}</p>
    <button class="reload" @click=${onReload}>${msg('Reload', { id: 'browser.reload' })}</button>
  </div>`;
}
