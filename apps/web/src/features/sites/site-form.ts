import type { Site, SiteInput } from './api.ts';

/** The site form's fields as typed: quantities stay text until the server checks them exactly. */
export type SiteFormValues = {
  kind: SiteInput['kind'];
  name: string;
  zone?: string | null;
  ownerUnitId: number;
  use: SiteInput['use'];
  areaMu?: string | null;
  floorAreaM2?: string | null;
  priceWanPerMu?: string | null;
  powerKva?: string | null;
  chain?: string | null;
  /** The chain and segment picked from the map; when picked, the server names the chain from it. */
  pick?: { chainId?: number; segmentId?: number };
  status?: SiteInput['status'];
  notes?: string | null;
};

/** The fields the server may name in a validation error, so they show under their input. */
export const SITE_FORM_FIELDS = [
  'kind',
  'name',
  'zone',
  'ownerUnitId',
  'use',
  'areaMu',
  'floorAreaM2',
  'priceWanPerMu',
  'powerKva',
  'chain',
  'chainId',
  'segmentId',
  'status',
  'notes',
] as const;

/** A decimal as the server accepts it: digits, at most four decimals. */
export const SITE_AMOUNT = /^\d+(\.\d{1,4})?$/;

const blank = (v: string | null | undefined) => {
  const s = v?.trim();
  return s ? s : null;
};

/** The body of POST/PUT /sites from the form: blanks become null, text is trimmed. */
export function siteInputOf(v: SiteFormValues): SiteInput {
  return {
    kind: v.kind,
    name: v.name.trim(),
    zone: blank(v.zone),
    ownerUnitId: v.ownerUnitId,
    use: v.use,
    areaMu: blank(v.areaMu),
    floorAreaM2: blank(v.floorAreaM2),
    priceWanPerMu: blank(v.priceWanPerMu),
    powerKva: blank(v.powerKva),
    chain: blank(v.chain),
    chainId: v.pick?.chainId ?? null,
    segmentId: v.pick?.chainId ? (v.pick.segmentId ?? null) : null,
    status: v.status,
    notes: blank(v.notes),
  };
}

/** The form's starting values: the site's own when editing, else a parcel of the clerk's unit. */
export function siteFormValuesOf(site: Site | undefined, unitId: number | undefined): Partial<SiteFormValues> {
  if (!site) return { kind: 'parcel', use: 'industrial', status: 'available', ownerUnitId: unitId };
  return {
    kind: site.kind,
    name: site.name,
    zone: site.zone,
    ownerUnitId: site.ownerUnit.id,
    use: site.use,
    areaMu: site.areaMu,
    floorAreaM2: site.floorAreaM2,
    priceWanPerMu: site.priceWanPerMu,
    powerKva: site.powerKva === null ? null : String(site.powerKva),
    chain: site.chain,
    pick: site.chainId ? { chainId: site.chainId, segmentId: site.segmentId ?? undefined } : undefined,
    status: site.status,
    notes: site.notes,
  };
}
