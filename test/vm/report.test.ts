import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import { formatReport } from '../../src/model/vm/report';
import { formatDisk, formatFootnotes, formatMs, formatRam } from '../../src/model/vm/format';

describe('the compare report', () => {
  const run = planComparison({ vms: 50, containers: 50 });
  const report = formatReport(run);
  const lines = report.split('\n');
  const row = (label: string) => lines.find((l) => l.startsWith(label))!;

  it("prints time to ready, RAM, disk and fit for both sides from the run's numbers", () => {
    expect(row('All started ready after')).toContain(formatMs(run.vm.allReadyMs));
    expect(row('All started ready after')).toContain(formatMs(run.container.allReadyMs));
    expect(row('Started')).toMatch(/^Started\s+7 of 50\s+50 of 50/);
    expect(row('RAM used (whole host)')).toContain(formatRam(run.vm.ram.usedBytes));
    expect(row('Disk used')).toContain(formatDisk(run.container.disk.usedBytes));
    expect(row('Fit on this host')).toMatch(/7 \(RAM runs out\)\s+999 \(RAM runs out\)/);
  });

  it('says what happened at the limit', () => {
    expect(report).toContain('VMs at the limit: vm-8 and 42 more failed to start: not enough memory');
    expect(report).toContain('Containers at the limit: not reached; race-1000 would fail to start: not enough memory');
  });

  it('cites a numbered source with its flag for every footnote in the table', () => {
    const cited = new Set<number>();
    for (const match of report.matchAll(/\[(\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)\]/g)) {
      for (const part of match[1].split(',')) {
        const [a, b = a] = part.split('-').map(Number);
        for (let n = a; n <= b; n++) cited.add(n);
      }
    }
    for (const n of cited)
      expect(
        lines.some((l) => l.startsWith(`[${n}] `)),
        `source ${n}`,
      ).toBe(true);
    expect(report).toMatch(/^\[\d+\] userspace = 12 s \[I\] Userspace .*cloud-init PR #4535/m);
    expect(report).toMatch(/^\[\d+\] engine:system-df \[D\]\/\[E\] /m);
  });

  it('sets the model beside the published measurements of the same spans', () => {
    expect(report).toContain('Check, Ubuntu cloud image boot, kernel to multi-user.target: measured 15.1 s [I]');
    expect(report).toMatch(
      /Check, `docker run` with a local image, before the app starts: measured 500 ms \[M\]\/\[I\] \[\d+\]; this model 373 ms/,
    );
  });

  it('marks parameters set for this run', () => {
    expect(formatReport(planComparison({ overrides: { userspace: 20 } }))).toMatch(/userspace = 20 s\* \[I\]/);
  });
});

describe('report formatting', () => {
  it('writes times in ms below a second and in seconds above', () => {
    expect(formatMs(873)).toBe('873 ms');
    expect(formatMs(17_035)).toBe('17.04 s');
    expect(formatMs(123_456)).toBe('123.5 s');
  });

  it('writes footnotes as compact ranges', () => {
    expect(formatFootnotes([3, 1, 2, 5, 7, 8])).toBe('[1-3,5,7-8]');
    expect(formatFootnotes([])).toBe('');
  });
});
