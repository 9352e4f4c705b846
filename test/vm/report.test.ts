/**
 * The `compare` report checked against numbers worked out here, by hand, from the formulas and
 * defaults of the reference (vm-container-model.md, §1A, §1D, §1H, §3.1–§3.6), never with the
 * model's own functions or formatters: the report's cells are parsed back into numbers instead.
 */

import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/vm/comparison';
import { formatReport } from '../../src/model/vm/report';
import { formatFootnotes, formatMs } from '../../src/model/vm/format';

const KiB = 1024;
const MiB = KiB * 1024;
const GiB = MiB * 1024;
const kB = 1e3;
const MB = 1e6;
const GB = 1e9;

// §1A defaults, in ms: vmm_init, firmware, bootloader, kernel, initramfs, userspace, app_start.
const VM_PHASES_MS = [35, 1000, 1000, 1500, 1000, 12_000, 500];
// §1D defaults, in ms: cli_daemon, namespaces, oci_runtime_exec, network_setup, rootfs_mount; then app_start.
const CONTAINER_PHASES_MS = [250, 10, 33, 60, 20];
const APP_START_MS = 500;
// The default host (§3.6 example, §3.4): 8 cores, 16 GiB RAM, about 1 GiB for the host OS, SATA SSD.
const CORES = 8;
const HOST_RAM = 16 * GiB;
const HOST_OS_RAM = 1 * GiB;
const DISK_BANDWIDTH = 500 * MB;
// §3.4 per-start work: W_cpu (CPU-s), R_io (bytes), t_serial (ms). The container's R_io and
// t_serial are estimates inside §3.4's ranges (1–10 MB, 0.02–0.05 s); the report cites the ones in force.
const VM_WORK = { cpuS: 4, read: 200 * MB, serialMs: 50 };
const CT_WORK = { cpuS: 0.1, read: 5 * MB, serialMs: 30 };
// §1H and §3.6: guest RAM + QEMU per VM; shim + nginx RSS per container; the engine once per host.
const VM_RAM_EACH = 2048 * MiB + 50 * MiB;
const CT_RAM_EACH = 8 * MB + 8 * MB;
const ENGINE_RAM = 120 * MB;
// §3.5: an Ubuntu VM as a full copy uses about 2 GB, and writes about 200 MB on first boot.
const VM_DISK_EACH = 2 * GB + 200 * MB;

/** §3.4's roofline: the time for `n` instances started together to be ready. */
function roofline(n: number, singleMs: number, work: { cpuS: number; read: number; serialMs: number }): number {
  return Math.max(
    singleMs,
    ((n * work.cpuS) / CORES) * 1000,
    ((n * work.read) / DISK_BANDWIDTH) * 1000,
    n * work.serialMs,
  );
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, B: 1, kB, MB, GB, KiB, MiB, GiB };

/** A printed quantity (`17.04 s`, `873 ms`, `15.34GiB`, `1.093kB`) as a number of ms or bytes. */
function quantity(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s?(ms|s|B|kB|MB|GB|KiB|MiB|GiB)$/.exec(text.trim());
  if (!m) throw new Error(`not a quantity: '${text}'`);
  return Number(m[1]) * UNITS[m[2]];
}

/** Whether a printed quantity is `expected` to the 4 significant digits the report prints. */
function expectPrinted(text: string, expected: number, what: string): void {
  const got = quantity(text);
  expect(Math.abs(got - expected) / expected, `${what}: printed ${text}, expected about ${expected}`).toBeLessThan(
    0.001,
  );
}

describe('the compare report', () => {
  const run = planComparison({ vms: 50, containers: 50 });
  const report = formatReport(run);
  const lines = report.split('\n');
  /** The cells of the table row labelled `label` (the `nth` such row): VMs, containers, sources. */
  const row = (label: string, nth = 0): string[] => {
    const found = lines.filter((l) => l.trim().startsWith(label))[nth];
    if (found === undefined) throw new Error(`no row '${label}' in the report:\n${report}`);
    return found
      .trim()
      .slice(label.length)
      .trim()
      .split(/\s{2,}/);
  };

  // §3.6: how many fit in RAM, then §3.4 for those started together.
  const vmsFit = Math.floor((HOST_RAM - HOST_OS_RAM) / VM_RAM_EACH);
  const containersFit = Math.floor((HOST_RAM - HOST_OS_RAM - ENGINE_RAM) / CT_RAM_EACH);
  const vmSingle = VM_PHASES_MS.reduce((a, b) => a + b);
  const ctSingle = CONTAINER_PHASES_MS.reduce((a, b) => a + b) + APP_START_MS;

  it('the worked example holds: 7 VMs and about 900 containers fit in 16 GiB (§3.6)', () => {
    expect(vmsFit).toBe(7);
    expect(containersFit).toBeGreaterThan(900);
  });

  it('starts as many as fit, and times them with §3.1, §3.2 and §3.4', () => {
    expect(row('Started').slice(0, 2)).toEqual([`${vmsFit} of 50`, '50 of 50']);
    const [vmAlone, ctAlone] = row('One alone ready in');
    expectPrinted(vmAlone, vmSingle, 'one VM');
    expectPrinted(ctAlone, ctSingle, 'one container');
    const [vmAll, ctAll] = row('All started ready after');
    expectPrinted(vmAll, roofline(vmsFit, vmSingle, VM_WORK), 'all VMs');
    expectPrinted(ctAll, roofline(50, ctSingle, CT_WORK), 'all containers');
    // The container estimates the roofline used are the ones the report cites as in force.
    expect(report).toMatch(/^\[\d+\] ct_serial = 0\.03 s /m);
    expect(report).toMatch(/^\[\d+\] ct_start_read = 5 MB /m);
  });

  it('adds up RAM as §3.6 does: the host OS (and engine) once, then each instance', () => {
    const [vmUsed, ctUsed] = row('RAM used (whole host)');
    expectPrinted(vmUsed, HOST_OS_RAM + vmsFit * VM_RAM_EACH, 'VM RAM used');
    expectPrinted(ctUsed, HOST_OS_RAM + ENGINE_RAM + 50 * CT_RAM_EACH, 'container RAM used');
    const [vmShared, ctShared] = row('shared (host OS, engine)');
    expectPrinted(vmShared, HOST_OS_RAM, 'VM RAM shared');
    expectPrinted(ctShared, HOST_OS_RAM + ENGINE_RAM, 'container RAM shared');
    const [vmEach, ctEach] = row('per instance', 0);
    expectPrinted(vmEach, VM_RAM_EACH, 'RAM per VM');
    expectPrinted(ctEach, CT_RAM_EACH, 'RAM per container');
  });

  it('adds up disk as §3.5 does: full VM copies, and container layers once plus a writable layer each', () => {
    const [vmUsed, ctUsed] = row('Disk used');
    const [vmShared, ctShared] = row('shared (base image, layers)');
    const [vmEach, ctEach] = row('per instance', 1);
    expectPrinted(vmEach, VM_DISK_EACH, 'disk per VM');
    expect(quantity(vmShared)).toBe(0);
    expectPrinted(vmUsed, vmsFit * VM_DISK_EACH, 'VM disk used');
    // The image's layers are the shared part, as big as the image the Containers line names.
    const imageSize = /^Containers: nginx \(([^,]+),/m.exec(report)?.[1];
    expect(imageSize, 'the image size on the Containers line').toBeDefined();
    expect(ctShared).toBe(imageSize);
    // §3.5: "a few bytes to a few MB" each.
    expect(quantity(ctEach)).toBeGreaterThan(0);
    expect(quantity(ctEach)).toBeLessThan(10 * MB);
    expectPrinted(ctUsed, quantity(ctShared) + 50 * quantity(ctEach), 'container disk used');
  });

  it('says what happened at the limit, with the free RAM worked out from §3.6', () => {
    expect(row('Fit on this host').slice(0, 2)).toEqual([
      `${vmsFit} (RAM runs out)`,
      `${containersFit} (RAM runs out)`,
    ]);
    const vmFree = HOST_RAM - HOST_OS_RAM - vmsFit * VM_RAM_EACH;
    const vmLine = new RegExp(
      `^VMs at the limit: vm-${vmsFit + 1} and ${50 - vmsFit - 1} more failed to start: not enough memory: ` +
        "the VM needs (\\S+) but only (\\S+) of the host's 16GiB RAM is free",
      'm',
    ).exec(report);
    expect(vmLine, report).not.toBeNull();
    expectPrinted(vmLine![1], VM_RAM_EACH, 'a VM needs');
    expectPrinted(vmLine![2], vmFree, 'free RAM at the VM limit');
    const ctFree = HOST_RAM - HOST_OS_RAM - ENGINE_RAM - containersFit * CT_RAM_EACH;
    const ctLine = new RegExp(
      `^Containers at the limit: not reached; race-${containersFit + 1} would fail to start: not enough memory: ` +
        "the container needs (\\S+) but only (\\S+) of the host's 16GiB RAM is free",
      'm',
    ).exec(report);
    expect(ctLine, report).not.toBeNull();
    expectPrinted(ctLine![1], CT_RAM_EACH, 'a container needs');
    expectPrinted(ctLine![2], ctFree, 'free RAM at the container limit');
  });

  it('cites a numbered source with its flag for every footnote in the table', () => {
    const cited = new Set<number>();
    for (const match of report.matchAll(/\[(\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)\]/g)) {
      for (const part of match[1].split(',')) {
        const [a, b = a] = part.split('-').map(Number);
        for (let n = a; n <= b; n++) cited.add(n);
      }
    }
    expect(cited.size).toBeGreaterThan(10);
    for (const n of cited)
      expect(
        lines.some((l) => l.startsWith(`[${n}] `)),
        `source ${n}`,
      ).toBe(true);
    expect(report).toMatch(/^\[\d+\] userspace = 12 s \[I\] Userspace .*cloud-init PR #4535/m);
    expect(report).toMatch(/^\[\d+\] engine:system-df \[D\]\/\[E\] /m);
  });

  it('sets the model beside the published measurements of the same spans (§1A total, §1D)', () => {
    /** The model's figure on the check line that starts with `start`. */
    const modelled = (start: string): string => {
      const line = lines.find((l) => l.startsWith(start));
      expect(line, report).toBeDefined();
      return /; this model (.+)$/.exec(line!)![1];
    };
    // Kernel to multi-user.target: kernel + initramfs + userspace; `docker run` before the app starts.
    expectPrinted(
      modelled('Check, Ubuntu cloud image boot, kernel to multi-user.target: measured 15.1 s [I] ['),
      1500 + 1000 + 12_000,
      'the modelled boot span',
    );
    expectPrinted(
      modelled('Check, `docker run` with a local image, before the app starts: measured 500 ms [M]/[I] ['),
      ctSingle - APP_START_MS,
      'the modelled docker run',
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
