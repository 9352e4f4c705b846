/**
 * The model's face for VMs beside containers: the comparison and its settings, every parameter
 * with its source, the timelines and the plain-text report. The page loads it with the compare
 * view (`loadComparison` in ./index).
 */

export { planComparison, type Citation, type ComparisonRun } from './vm/comparison';
export { DEFAULT_COMPARISON, SettingsError, type SettingsInput } from './vm/settings';
export { formatReport } from './vm/report';
export { formatDisk, formatMs, formatRam } from './vm/format';
export type { CapacityFailure } from './vm/failure';
export { STORAGE_KINDS, type StorageKind } from './vm/host-spec';
export { PARAMETERS } from './vm/parameters/index';
export { formatFlags, type Flag } from './vm/parameters/parameter';
export { CONTAINER_PHASE_PARAMS, type Phase } from './vm/phases';
export { VM_PROFILES, VM_PROFILE_IDS, isVmProfileId, type VmProfileId } from './vm/profiles';
export type { RaceResult } from './vm/race-result';
export type { InstanceTimeline, ResourceKind, ResourceSeries } from './vm/timeline';
