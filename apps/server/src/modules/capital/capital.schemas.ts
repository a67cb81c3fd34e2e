import { z } from 'zod';

const amount = z.string().describe('in 10,000 yuan or 10,000 US dollars, exact');

const figures = {
  domesticWan: amount,
  foreignUsdWan: amount,
  agreed: amount.describe('agreed investment of the projects signed to date, in 10,000 yuan'),
  arrivedToDateWan: amount,
  share: z.number().nullable().describe('arrived to date ÷ agreed, unrounded; null when nothing is agreed'),
  newSignedForeignUsdWan: amount,
};
const figuresSchema = z.object(figures);
const withLastYear = { ...figures, lastYear: figuresSchema };

export const capitalReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    city: z.object(withLastYear),
    units: z.array(z.object({ unit: z.object({ id: z.number().int(), name: z.string() }), ...withLastYear })),
    foreign: z.object({
      usedUsdWan: amount,
      newSignedUsdWan: amount,
      lastYear: z.object({ usedUsdWan: amount, newSignedUsdWan: amount }),
    }),
    months: z.array(
      z.object({
        month: z.string(),
        domesticWan: amount,
        foreignUsdWan: amount,
        lastYearDomesticWan: amount,
        lastYearForeignUsdWan: amount,
      }),
    ),
  })
  .meta({ id: 'CapitalReport' });

export const projectCapitalSchema = z
  .object({
    project: z.object({
      id: z.number().int(),
      name: z.string(),
      signedOn: z.string().nullable(),
      agreedWan: amount,
      agreedForeignUsdWan: amount.nullable(),
    }),
    months: z.array(
      z.object({ year: z.number().int(), month: z.number().int(), domesticWan: amount, foreignUsdWan: amount }),
    ),
    domesticWan: amount,
    foreignUsdWan: amount,
    share: z.number().nullable(),
    canRecord: z.boolean(),
  })
  .meta({ id: 'ProjectCapital' });

export const capitalMonthBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12),
  domesticWan: z.string().max(30),
  foreignUsdWan: z.string().max(30).default(''),
  /** What the month held when the clerk looked (as the month list shows it); null or absent: nothing. */
  replaces: z
    .strictObject({ domesticWan: z.string().max(30), foreignUsdWan: z.string().max(30) })
    .nullable()
    .optional(),
});
