import { describe, expect, it } from 'vitest';
import { images, logs, newDaemon, psAll, rmi, run, tag, pull } from '../engine-harness';
import { build, classicLines, contextTar, jsonMessages } from './build-harness';
import { beforeCall, checkImagesAndLayers } from '../engine-invariants';
import { subscribe } from '../../../src/model/world/world';

const HELLO = 'FROM alpine\nRUN echo hi > /f\nCMD ["cat", "/f"]\n';

describe('docker build: RUN runs in the model, the image keeps its files', () => {
  it('RUN echo hi > /f then CMD cat /f prints hi when the image runs', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: HELLO }, { t: 'hello' });
    expect(b.error).toBeUndefined();
    expect(images(d).find((i) => i.ref === 'hello:latest')?.id).toBe(b.id?.slice(7, 19));
    run(d, { Image: 'hello' }, 'c1');
    expect(logs(d, 'c1')).toEqual(['hi']);
  });

  it('names the steps as BuildKit does, pulling a missing base first', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: 'FROM alpine\nRUN echo hi > /f\nCOPY . /app\n', 'a.txt': 'x' }, { t: 'x' });
    expect(b.steps.map((s) => s.replace(/@sha256:[0-9a-f]{64}/, '@sha256:…'))).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load metadata for docker.io/library/alpine:latest',
      '[internal] load .dockerignore',
      '[1/3] FROM docker.io/library/alpine:latest@sha256:…',
      '[internal] load build context',
      '[2/3] RUN echo hi > /f',
      '[3/3] COPY . /app',
      'exporting to image',
    ]);
  });

  it('a RUN that writes output sends it as the step log', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: 'FROM alpine\nRUN echo building && echo done\n' });
    expect(b.logs).toEqual(['building\n', 'done\n']);
  });

  it('COPY puts context files where later steps and the container see them; WORKDIR and ENV shape the config', () => {
    const d = newDaemon();
    const dockerfile =
      'FROM alpine\nWORKDIR /app\nCOPY app.py .\nENV GREETING=hello\n' +
      'RUN cat app.py > copy.txt\nCMD ["cat", "copy.txt"]\n';
    const b = build(d, { Dockerfile: dockerfile, 'app.py': 'print(1)' }, { t: 'app' });
    expect(b.error).toBeUndefined();
    const inspect = d.call('GET', '/images/app/json').json as { Config: { WorkingDir: string; Env: string[] } };
    expect(inspect.Config.WorkingDir).toBe('/app');
    expect(inspect.Config.Env).toContain('GREETING=hello');
    run(d, { Image: 'app' }, 'c1');
    expect(logs(d, 'c1')).toEqual(['print(1)']);
  });

  it('multi-stage: COPY --from a named stage takes its files, the final image has only its own stage', () => {
    const d = newDaemon();
    const dockerfile =
      'FROM alpine AS build\nRUN echo compiled > /out.bin\nFROM alpine\n' +
      'COPY --from=build /out.bin /app/out.bin\nCMD ["cat", "/app/out.bin"]\n';
    const b = build(d, { Dockerfile: dockerfile }, { t: 'multi' });
    expect(b.error).toBeUndefined();
    expect(b.steps.filter((s) => s.startsWith('[build') || s.startsWith('[stage-1'))).toEqual([
      expect.stringMatching(/^\[build 1\/2\] FROM docker\.io\/library\/alpine:latest@sha256:/),
      '[build 2/2] RUN echo compiled > /out.bin',
      expect.stringMatching(/^\[stage-1 1\/2\] FROM /),
      '[stage-1 2/2] COPY --from=build /out.bin /app/out.bin',
    ]);
    run(d, { Image: 'multi' }, 'c1');
    expect(logs(d, 'c1')).toEqual(['compiled']);
  });

  it('history lists the steps newest first with BuildKit created_by lines', () => {
    const d = newDaemon();
    build(
      d,
      { Dockerfile: 'FROM alpine\nRUN echo hi > /f\nCOPY app.py .\nCMD ["python", "app.py"]\n', 'app.py': 'x' },
      { t: 'h' },
    );
    const history = d.call('GET', '/images/h/history').json as Array<{
      CreatedBy: string;
      Tags: string[] | null;
      Id: string;
    }>;
    expect(history.slice(0, 3).map((h) => h.CreatedBy)).toEqual([
      'CMD ["python" "app.py"]',
      'COPY app.py . # buildkit',
      'RUN /bin/sh -c echo hi > /f # buildkit',
    ]);
    expect(history[0].Tags).toEqual(['h:latest']);
    expect(history[1].Id).toBe('<missing>');
  });
});

describe('the build cache', () => {
  it('a rebuild with no change is all CACHED and gives the same image ID', () => {
    const d = newDaemon();
    const files = { Dockerfile: 'FROM alpine\nRUN echo a > /a\nCOPY x.txt /x.txt\nRUN echo b > /b\n', 'x.txt': '1' };
    const first = build(d, files, { t: 'c' });
    const second = build(d, files, { t: 'c' });
    expect(second.id).toBe(first.id);
    expect(second.steps.filter((s) => /\] (RUN|COPY)/.test(s)).every((s) => s.startsWith('CACHED'))).toBe(true);
  });

  it('an edit invalidates that step and every later one', () => {
    const d = newDaemon();
    build(d, { Dockerfile: 'FROM alpine\nRUN echo a > /a\nCOPY x.txt /x.txt\nRUN echo b > /b\n', 'x.txt': '1' });
    const b = build(d, {
      Dockerfile: 'FROM alpine\nRUN echo a > /a\nCOPY x.txt /x.txt\nRUN echo b > /b\n',
      'x.txt': '2',
    });
    expect(b.steps.filter((s) => /\] (RUN|COPY)/.test(s))).toEqual([
      'CACHED [2/4] RUN echo a > /a',
      '[3/4] COPY x.txt /x.txt',
      '[4/4] RUN echo b > /b',
    ]);
  });

  it('--no-cache runs every step again', () => {
    const d = newDaemon();
    build(d, { Dockerfile: HELLO });
    const b = build(d, { Dockerfile: HELLO }, { nocache: '1' });
    expect(b.steps.some((s) => s.startsWith('CACHED'))).toBe(false);
  });

  it('a changed base image invalidates the steps over it', () => {
    const d = newDaemon();
    build(d, { Dockerfile: HELLO });
    pull(d, 'busybox');
    tag(d, 'busybox', 'alpine:latest');
    const b = build(d, { Dockerfile: HELLO });
    expect(b.steps).toContain('[2/2] RUN echo hi > /f');
  });

  it('two fresh worlds with the same seed build the same image ID', () => {
    const files = { Dockerfile: 'FROM alpine\nRUN echo a > /a\nCOPY x /x\nCMD ["sh"]\n', x: 'y' };
    expect(build(newDaemon(7), files).id).toBe(build(newDaemon(7), files).id);
  });

  it('system df lists the records; builder prune --all removes them and reclaims their bytes', () => {
    const d = newDaemon();
    build(d, { Dockerfile: 'FROM alpine\nRUN echo hello > /a\n' }, { t: 'p' });
    const df = d.call('GET', '/system/df?type=build-cache').json as {
      BuildCache: Array<{ Description: string; Size: number }>;
    };
    expect(df.BuildCache.map((r) => r.Description)).toEqual([
      'local source for dockerfile',
      'mount / from exec /bin/sh -c echo hello > /a',
    ]);
    // The RUN's layer is shared with the image p: a prune without --all keeps it, takes the dockerfile's source.
    const partial = d.call('POST', '/build/prune').json as { CachesDeleted: string[]; SpaceReclaimed: number };
    expect(partial.CachesDeleted).toHaveLength(1);
    expect(partial.SpaceReclaimed).toBe('FROM alpine\nRUN echo hello > /a\n'.length);
    const pruned = d.call('POST', '/build/prune?all=1').json as { CachesDeleted: string[]; SpaceReclaimed: number };
    expect(pruned.CachesDeleted).toHaveLength(1);
    expect(pruned.SpaceReclaimed).toBe(6);
    expect((d.call('GET', '/system/df?type=build-cache').json as { BuildCache: unknown[] }).BuildCache).toEqual([]);
    // The image still has its layer; a rebuild runs the step again.
    expect(build(d, { Dockerfile: 'FROM alpine\nRUN echo hello > /a\n' }).steps).toContain('[2/2] RUN echo hello > /a');
  });
});

describe('failing builds leave nothing half made', () => {
  it('a RUN exiting 3 fails with BuildKit words, no image, no tag, no container, the earlier step cached', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const before = images(d);
    const b = build(d, { Dockerfile: 'FROM alpine\nRUN echo ok > /ok\nRUN exit 3\nRUN echo never\n' }, { t: 'bad' });
    expect(b.error).toBe('process "/bin/sh -c exit 3" did not complete successfully: exit code: 3');
    expect(images(d)).toEqual(before);
    expect(psAll(d)).toEqual([]);
    expect(
      Object.values(d.host.buildCache ?? {})
        .filter((r) => r.type === 'regular')
        .map((r) => r.description),
    ).toEqual(['mount / from exec /bin/sh -c echo ok > /ok']);
    const again = build(d, { Dockerfile: 'FROM alpine\nRUN echo ok > /ok\nRUN exit 3\nRUN echo never\n' });
    expect(again.steps).toContain('CACHED [2/4] RUN echo ok > /ok');
  });

  it('the classic builder words the same failure its own way', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: 'FROM alpine\nRUN exit 3\n' }, { version: '1', t: 'bad' });
    expect(classicLines(b.answer).slice(-1)).toEqual([
      "error The command '/bin/sh -c exit 3' returned a non-zero code: 3",
    ]);
    expect(images(d).map((i) => i.ref)).toEqual(['alpine:latest']);
  });

  it('a Dockerfile parse error names its line and points the source at it', () => {
    const d = newDaemon();
    const text = 'FROM alpine\nRUN echo a\nRUNN echo b\n';
    const b = build(d, { Dockerfile: text });
    expect(b.error).toMatch(/^dockerfile parse error on line 3: unknown instruction: RUNN/);
    expect(b.errorJson?.source?.ranges).toEqual([{ start: { line: 3 }, end: { line: 3 } }]);
    expect(images(d)).toEqual([]);
  });

  it('COPY of a file the context lacks fails: not found', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: 'FROM alpine\nCOPY nope.txt /\n' });
    expect(b.error).toMatch(
      /^failed to compute cache key: failed to calculate checksum of ref \S+: "\/nope.txt": not found$/,
    );
  });

  it('a missing Dockerfile and a bad tag are refused', () => {
    const d = newDaemon();
    expect(build(d, { 'a.txt': 'x' }).error).toBe(
      'failed to read dockerfile: open Dockerfile: no such file or directory',
    );
    const classic = build(d, { 'a.txt': 'x' }, { version: '1' });
    expect(classic.answer.json).toEqual({ message: 'Cannot locate specified Dockerfile: Dockerfile' });
    expect(build(d, { Dockerfile: HELLO }, { t: 'Bad:Tag:x' }).answer.status).toBe(400);
  });
});

describe('the classic builder (version=1), as the real client without buildx uses it', () => {
  it('prints Step lines, Running in, the IDs, then Successfully built and tagged; a rebuild uses the cache', () => {
    const d = newDaemon();
    const files = { Dockerfile: 'FROM alpine\nRUN echo hi\nCMD ["sh"]\n' };
    const lines = classicLines(build(d, files, { version: '1', t: 'x', rm: '1' }).answer).filter(
      (l) => !/^aux|^[0-9a-f]{12}: |Pulling|Digest|Status|Waiting|Download|Verifying|Extracting|Pull complete/.test(l),
    );
    expect(lines.map((l) => l.replace(/[0-9a-f]{12}/g, 'ID'))).toEqual([
      'Step 1/3 : FROM alpine',
      ' ---> ID',
      'Step 2/3 : RUN echo hi',
      ' ---> Running in ID',
      'hi',
      ' ---> Removed intermediate container ID',
      ' ---> ID',
      'Step 3/3 : CMD ["sh"]',
      ' ---> Running in ID',
      ' ---> Removed intermediate container ID',
      ' ---> ID',
      'Successfully built ID',
      'Successfully tagged x:latest',
    ]);
    const again = classicLines(build(d, files, { version: '1', t: 'x' }).answer);
    expect(again.filter((l) => l === ' ---> Using cache')).toHaveLength(2);
  });
});

describe('the layer store stays consistent through builds, rmi and prune', () => {
  it('refs count the build cache records; rmi keeps cached layers, prune --all then frees them', () => {
    const d = newDaemon();
    const files = { Dockerfile: 'FROM alpine\nRUN echo a > /a\nCOPY x /x\nRUN rm /a\n', x: 'y' };
    build(d, files, { t: 'one' });
    build(d, { ...files, x: 'z' }, { t: 'two' });
    expect(checkImagesAndLayers(d.host, beforeCall(d.host))).toEqual([]);
    expect(rmi(d, 'one').status).toBe(200);
    expect(checkImagesAndLayers(d.host, beforeCall(d.host))).toEqual([]);
    d.call('POST', '/build/prune?all=1');
    expect(checkImagesAndLayers(d.host, beforeCall(d.host))).toEqual([]);
    expect(Object.values(d.host.layers).filter((l) => l.files)).toHaveLength(3);
  });

  it('a file deleted by a later RUN is gone in the container (a whiteout over the layer below)', () => {
    const d = newDaemon();
    build(d, { Dockerfile: 'FROM alpine\nRUN echo a > /a && echo b > /b\nRUN rm /a\nCMD ["ls", "/"]\n' }, { t: 'wh' });
    run(d, { Image: 'wh', Cmd: ['sh', '-c', 'cat /a; cat /b'] }, 'c2');
    expect(logs(d, 'c2')).toEqual(["cat: can't open '/a': No such file or directory", 'b']);
  });
});

describe('BuildKit lint warnings', () => {
  it('warns on the load build definition step with the line: stage name casing, FROM/as casing, shell-form CMD', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: 'FROM alpine as Base\nCMD cat /f\n' });
    const warnings = jsonMessages(b.answer).flatMap(
      (m) => (m.aux?.warnings ?? []) as Array<{ short: string; vertex: string }>,
    );
    expect(warnings.map((w) => w.short)).toEqual([
      "StageNameCasing: Stage name 'Base' should be lowercase (line 1)",
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS ' +
        'signals (line 2)',
    ]);
    const definition = jsonMessages(b.answer)
      .flatMap((m) => (m.aux?.vertexes ?? []) as Array<{ name: string; digest: string }>)
      .find((v) => v.name.startsWith('[internal] load build definition'));
    expect(warnings.every((w) => w.vertex === definition?.digest)).toBe(true);
  });
});

describe('build options and sources', () => {
  it('COPY --from an image takes its built files; --target stops at a stage; labels and build args land', () => {
    const d = newDaemon();
    build(d, { Dockerfile: 'FROM alpine\nRUN echo tool > /tool\n' }, { t: 'toolbox' });
    const dockerfile =
      'FROM alpine AS first\nARG WHO=nobody\nRUN echo $WHO > /who\nFROM first AS second\n' +
      'COPY --from=toolbox /tool /tool\nCMD ["cat", "/tool", "/who"]\nFROM alpine\nRUN exit 1\n';
    const b = build(
      d,
      { Dockerfile: dockerfile },
      { t: 'opts', target: 'second', labels: '{"team":"ops"}', buildargs: '{"WHO":"me"}' },
    );
    expect(b.error).toBeUndefined();
    const inspect = d.call('GET', '/images/opts/json').json as { Config: { Labels: Record<string, string> } };
    expect(inspect.Config.Labels).toEqual({ team: 'ops' });
    run(d, { Image: 'opts' }, 'c3');
    expect(logs(d, 'c3')).toEqual(['tool', 'me']);
  });

  it('bad build args are refused before anything runs', () => {
    const d = newDaemon();
    const b = build(d, { Dockerfile: HELLO }, { buildargs: '[1]' });
    expect(b.answer.status).toBe(400);
    expect(images(d)).toEqual([]);
  });
});

describe('build events and the classic meta ARG', () => {
  it('emits build.step per RUN/COPY/WORKDIR (cached or run) and image.built with the tags', () => {
    const d = newDaemon();
    const seen: Array<{ type: string; cached?: boolean; tags?: string[] }> = [];
    const unsubscribe = subscribe(d.world, (e) => {
      if (e.type === 'build.step') seen.push({ type: e.type, cached: e.cached });
      if (e.type === 'image.built') seen.push({ type: e.type, tags: e.tags });
    });
    const files = { Dockerfile: 'FROM alpine\nWORKDIR /w\nRUN echo a > a\n' };
    build(d, files, { t: 'ev' });
    build(d, files, { t: 'ev' });
    unsubscribe();
    const built = { type: 'image.built', tags: ['docker.io/library/ev:latest'] };
    expect(seen).toEqual([
      { type: 'build.step', cached: false },
      { type: 'build.step', cached: false },
      built,
      { type: 'build.step', cached: true },
      { type: 'build.step', cached: true },
      built,
    ]);
  });

  it('the classic builder counts and prints the ARG before FROM as step 1', () => {
    const d = newDaemon();
    const files = { Dockerfile: 'ARG BASE=alpine\nFROM $BASE\nRUN echo hi\n' };
    const lines = classicLines(build(d, files, { version: '1', rm: '1' }).answer).filter((l) => l.startsWith('Step'));
    expect(lines).toEqual(['Step 1/3 : ARG BASE=alpine', 'Step 2/3 : FROM $BASE', 'Step 3/3 : RUN echo hi']);
  });
});

describe('a build cut by its deadline (Ctrl+C)', () => {
  it('stops before the next step: no image, no tag, the body ends cancelled, the finished step stays cached', () => {
    const d = newDaemon();
    pull(d, 'alpine');
    const start = d.world.state.clock.nowMs;
    const dockerfile = 'FROM alpine\nRUN echo a > /a\nRUN sleep 30\nRUN echo c > /c\n';
    const answer = d.call('POST', '/build?version=2&t=cut', contextTar({ Dockerfile: dockerfile }), start + 5_000);
    expect(answer.cancelled).toBe(true);
    expect(images(d).map((i) => i.ref)).toEqual(['alpine:latest']);
    expect(d.world.state.clock.nowMs).toBe(start + 5_000);
    const again = build(d, { Dockerfile: dockerfile });
    expect(again.steps).toContain('CACHED [2/4] RUN echo a > /a');
  });
});

describe('classic rm', () => {
  it('removes step containers unless rm=0 (an absent rm is true, as moby reads it)', () => {
    const d = newDaemon();
    const files = { Dockerfile: 'FROM alpine\nRUN echo hi\n' };
    const removed = (q: Record<string, string>) =>
      classicLines(build(d, files, { version: '1', nocache: '1', ...q }).answer).some((l) =>
        l.startsWith(' ---> Removed intermediate container'),
      );
    expect([removed({}), removed({ rm: '0' }), removed({ rm: '0', forcerm: '1' })]).toEqual([true, false, true]);
  });
});

describe('a built base', () => {
  it('passes its SHELL and ENV to the images built FROM it', () => {
    const d = newDaemon();
    build(d, { Dockerfile: 'FROM alpine\nSHELL ["/bin/sh", "-e", "-c"]\nENV GREETING=hi\n' }, { t: 'base1' });
    const b = build(d, { Dockerfile: 'FROM base1\nRUN echo $GREETING > /g\n' }, { t: 'child' });
    const history = d.call('GET', '/images/child/history').json as Array<{ CreatedBy: string }>;
    expect(history[0].CreatedBy).toBe('RUN /bin/sh -e -c echo $GREETING > /g # buildkit');
    expect(b.error).toBeUndefined();
    run(d, { Image: 'child', Cmd: ['cat', '/g'] }, 'c4');
    expect(logs(d, 'c4')).toEqual(['hi']);
  });
});
