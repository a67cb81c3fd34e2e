import { z } from 'zod';

/** Foreign capital actually used by one unit in one month, in 万美元. */
export const foreignCapitalEntrySchema = z
  .object({
    unit: z.object({ id: z.number().int(), name: z.string() }),
    year: z.number().int(),
    month: z.number().int(),
    usedUsdWan: z.string(),
  })
  .meta({ id: 'ForeignCapitalEntry' });
