// formatter.volumeContext (docker/cli 28.2.2): the fields of `docker volume ls` and the
// volumes of `docker system df -v`.
import { humanSize } from '../../../kernel/go-units';

/** The fields of an API volume the CLI reads. */
export interface VolumeSummary {
  Name: string;
  Driver?: string;
  Scope?: string;
  Mountpoint?: string;
  Labels?: Record<string, string> | null;
  UsageData?: { Size?: number; RefCount?: number } | null;
}

/** The table headers of volumeContext. */
export const VOLUME_HEADER: Readonly<Record<string, string>> = {
  Name: 'VOLUME NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  Mountpoint: 'MOUNTPOINT',
  Labels: 'LABELS',
  Links: 'LINKS',
  Size: 'SIZE',
  Group: 'GROUP',
  Availability: 'AVAILABILITY',
  Status: 'STATUS',
};

/** One volume's row. */
export function volumeRow(v: VolumeSummary): Record<string, unknown> {
  const labels = v.Labels ?? null;
  return {
    Availability: 'N/A',
    Driver: v.Driver ?? '',
    Group: 'N/A',
    Labels: labels
      ? Object.entries(labels)
          .map(([k, val]) => `${k}=${val}`)
          .sort()
          .join(',')
      : '',
    Links: v.UsageData ? String(v.UsageData.RefCount ?? 0) : 'N/A',
    Mountpoint: v.Mountpoint ?? '',
    Name: v.Name,
    Scope: v.Scope ?? '',
    Size: v.UsageData ? humanSize(v.UsageData.Size ?? 0) : 'N/A',
    Status: 'N/A',
    Label: (name: string) => (labels ? (labels[String(name)] ?? '') : ''),
  };
}
