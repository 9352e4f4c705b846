// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_POLICY, safePageDocument } from '../../src/ui/diagrams/browser/page-document';
import { publishedPorts } from '../../src/ui/diagrams/browser/published-ports';
import { createWorld } from '../../src/model/world/world';
import { createShell } from '../../src/model/cli/shell/shell';
import { defaultHost } from '../../src/model/world/world-base';

const HOSTILE = `<!DOCTYPE html><html><head><base href="http://evil.test/">
<meta http-equiv="refresh" content="0;url=http://evil.test/"><link rel="stylesheet" href="http://evil.test/a.css">
<script>alert(1)</script></head><body onload="alert(2)"><h1>Halo</h1>
<img src="http://evil.test/x.png" srcset="http://evil.test/y.png 2x" onerror="alert(3)">
<a href="http://evil.test/">tautan</a><iframe src="http://evil.test/"></iframe>
<form action="http://evil.test/"><button formaction="http://evil.test/">kirim</button></form>
<svg><image href="http://evil.test/z.svg"/></svg><object data="http://evil.test/o"></object></body></html>`;

describe("the pane's page document", () => {
  it('starts with the policy that forbids every request, before anything of the page', () => {
    const doc = safePageDocument(HOSTILE);
    expect(doc.startsWith(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="`)).toBe(
      true,
    );
    expect(doc).toContain(PAGE_POLICY);
  });

  it('keeps the text, drops what runs, loads or navigates, and leaves a link its address as a tooltip', () => {
    const doc = safePageDocument(HOSTILE);
    expect(doc).toContain('<h1>Halo</h1>');
    expect(doc).toContain('tautan');
    expect(doc).toContain('title="http://evil.test/"');
    for (const gone of [
      '<script',
      '<base',
      'refresh',
      '<link',
      '<iframe',
      '<object',
      'onload',
      'onerror',
      'src=',
      'srcset=',
      'action=',
      'href=',
    ])
      expect(doc, gone).not.toContain(gone);
  });

  it('lists each published host port once, with its container', () => {
    const shell = createShell({ world: createWorld({ seed: 1 }) });
    shell.run('docker run -d --name web -p 8080:80 nginx');
    shell.run('docker run -d --name api -p 3000:80 -p 8081:80 nginx');
    shell.run('docker run -d --name quiet nginx');
    expect(publishedPorts(defaultHost(shell.world)).map((p) => `${p.url} ${p.container} ${p.containerPort}`)).toEqual([
      'http://localhost:3000/ api 80/tcp',
      'http://localhost:8080/ web 80/tcp',
      'http://localhost:8081/ api 80/tcp',
    ]);
  });
});
