/** Foreign capital actually used by one unit in one month, in 万美元. */
export type ForeignCapitalEntry = {
  unit: { id: number; name: string };
  year: number;
  month: number;
  usedUsdWan: string;
};

export type ForeignCapitalInput = { unitId: number; year: number; month: number; usedUsdWan: string };
