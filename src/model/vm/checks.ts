/**
 * The model set beside published measurements of the same span, so a reader can see how far the
 * defaults are from what was measured (the measured numbers are parameters too, with sources).
 */

import type { VmProfile } from './profiles';
import type { RaceResult } from './race-result';
import type { ContainerPhase, Phase, VmPhase } from './phases';

/** One measured figure and the model's figure for the same span. */
export interface MeasurementCheck {
  /** The parameter holding the measurement. */
  param: string;
  /** The span both numbers cover. */
  span: string;
  modelMs: number;
}

function spanMs(race: RaceResult, include: (phase: Phase) => boolean): number {
  return race.singlePhases.filter((p) => include(p.phase)).reduce((sum, p) => sum + p.endMs - p.startMs, 0);
}

/** The checks that apply to this profile and image. */
export function measurementChecks(
  profile: VmProfile,
  vm: RaceResult<VmPhase>,
  container: RaceResult<ContainerPhase>,
): MeasurementCheck[] {
  const checks: MeasurementCheck[] = [];
  // Only the Ubuntu Server guest is the system the measurement was taken on.
  if (profile.phases.some((p) => p.param === 'userspace')) {
    checks.push({
      param: 'ubuntu_boot_measured',
      span: 'Ubuntu cloud image boot, kernel to multi-user.target',
      modelMs: spanMs(vm, (p) => p === 'kernel' || p === 'initramfs' || p === 'userspace'),
    });
  }
  checks.push({
    param: 'docker_run_measured',
    span: '`docker run` with a local image, before the app starts',
    modelMs: spanMs(container, (p) => p !== 'app'),
  });
  return checks;
}
