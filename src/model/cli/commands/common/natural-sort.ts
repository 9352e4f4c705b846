// fvbommel/sortorder.NaturalLess, which `docker volume ls` and `docker network ls` sort names by:
// runs of digits compare as numbers ("web2" < "web10"), everything else bytewise.

const isDigit = (c: number) => c >= 48 && c <= 57;

/** sortorder.NaturalLess over the UTF-8 bytes of two strings. */
export function naturalLess(a: string, b: string): boolean {
  const s1 = new TextEncoder().encode(a);
  const s2 = new TextEncoder().encode(b);
  let i1 = 0;
  let i2 = 0;
  while (i1 < s1.length && i2 < s2.length) {
    const c1 = s1[i1];
    const c2 = s2[i2];
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i1++;
      i2++;
      continue;
    }
    while (i1 < s1.length && s1[i1] === 48) i1++;
    while (i2 < s2.length && s2[i2] === 48) i2++;
    const nz1 = i1;
    const nz2 = i2;
    while (i1 < s1.length && isDigit(s1[i1])) i1++;
    while (i2 < s2.length && isDigit(s2[i2])) i2++;
    if (i1 - nz1 !== i2 - nz2) return i1 - nz1 < i2 - nz2;
    for (let k = 0; k < i1 - nz1; k++) if (s1[nz1 + k] !== s2[nz2 + k]) return s1[nz1 + k] < s2[nz2 + k];
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return s1.length < s2.length;
}

/** A comparator for Array.sort from naturalLess. */
export function naturalCompare(a: string, b: string): number {
  return naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0;
}
