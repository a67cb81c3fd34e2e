import { describe, expect, it } from 'vitest';
import type { Site } from './api.ts';
import { SITE_AMOUNT, siteFormValuesOf, siteInputOf } from './site-form.ts';

const site: Site = {
  id: 7,
  kind: 'factory',
  name: '沭阳标准厂房 3#',
  zone: null,
  ownerUnit: { id: 3, name: '沭阳县' },
  use: 'industrial',
  areaMu: null,
  floorAreaM2: '20000',
  priceWanPerMu: null,
  powerKva: 1000,
  chain: '高端装备',
  chainId: 4,
  segmentId: 9,
  status: 'available',
  notes: null,
  confirmedOn: null,
  stale: true,
  canEdit: true,
  canConfirm: true,
  version: 4,
};

describe('the site form', () => {
  it('starts a new site as an available industrial parcel of the clerk’s unit', () => {
    expect(siteFormValuesOf(undefined, 5)).toEqual({
      kind: 'parcel',
      use: 'industrial',
      status: 'available',
      ownerUnitId: 5,
    });
  });

  it('edits a site from its own values, power as text', () => {
    expect(siteFormValuesOf(site, 5)).toEqual({
      kind: 'factory',
      name: '沭阳标准厂房 3#',
      zone: null,
      ownerUnitId: 3,
      use: 'industrial',
      areaMu: null,
      floorAreaM2: '20000',
      priceWanPerMu: null,
      powerKva: '1000',
      chain: '高端装备',
      pick: { chainId: 4, segmentId: 9 },
      status: 'available',
      notes: null,
    });
    expect(siteFormValuesOf({ ...site, chainId: null, segmentId: null }, 5).pick).toBeUndefined();
  });

  it('sends blanks as null and trims text', () => {
    expect(
      siteInputOf({
        kind: 'parcel',
        name: '  宿城 A-01 地块 ',
        zone: ' ',
        ownerUnitId: 2,
        use: 'industrial',
        areaMu: '50.5',
        floorAreaM2: '',
        priceWanPerMu: ' 20 ',
        powerKva: '2000',
        chain: undefined,
        status: 'available',
        notes: null,
      }),
    ).toEqual({
      kind: 'parcel',
      name: '宿城 A-01 地块',
      zone: null,
      ownerUnitId: 2,
      use: 'industrial',
      areaMu: '50.5',
      floorAreaM2: null,
      priceWanPerMu: '20',
      powerKva: '2000',
      chain: null,
      chainId: null,
      segmentId: null,
      status: 'available',
      notes: null,
    });
  });

  it('sends the chain picked from the map as ids; a segment without its chain is not sent', () => {
    const base = { kind: 'parcel', name: 'x', ownerUnitId: 2, use: 'industrial', areaMu: '1' } as const;
    expect(siteInputOf({ ...base, pick: { chainId: 4, segmentId: 9 } })).toMatchObject({ chainId: 4, segmentId: 9 });
    expect(siteInputOf({ ...base, pick: { chainId: 4 } })).toMatchObject({ chainId: 4, segmentId: null });
    expect(siteInputOf({ ...base, pick: { segmentId: 9 } })).toMatchObject({ chainId: null, segmentId: null });
  });

  it('accepts amounts the server accepts and refuses the rest before sending', () => {
    expect(['0', '50', '12.3456'].map((v) => SITE_AMOUNT.test(v))).toEqual([true, true, true]);
    expect(['-2', '五十', '1.23456', '2k', ''].map((v) => SITE_AMOUNT.test(v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
