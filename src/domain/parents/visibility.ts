/**
 * What a parent may read of a placement: the site's name and kind always (they know where their child
 * lives in outline), its address and contact details only when the caseworker has marked them as shared.
 */
export function siteAsParentSees<T extends { name: string; kind: string; address: string | null; phone: string | null }>(
  site: T,
  shared: boolean,
): { name: string; kind: string; address: string | null; phone: string | null } {
  return { name: site.name, kind: site.kind, address: shared ? site.address : null, phone: shared ? site.phone : null };
}
