import {
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTIONS,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  type InvestorType,
  industryLabel,
  USCC_PROBLEM_LABELS,
  type UsccProblem,
} from '@zhaoshang/shared';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

type Option<T> = { value: T; label: string };

/** Labels and select options of the registry's code lists, in the chosen language. */
export function useCompanyLabels() {
  const { lang } = useI18n();
  return useMemo(() => {
    // Unknown values (a newer server) fall back to the raw code rather than crashing.
    const investorTypeLabel = (type: InvestorType) => INVESTOR_TYPE_LABELS[type]?.[lang] ?? type;
    const investorTypeOptions: Option<InvestorType>[] = INVESTOR_TYPES.map((type) => ({
      value: type,
      label: investorTypeLabel(type),
    }));
    const sectionOptions: Option<string>[] = INDUSTRY_SECTIONS.map((s) => ({
      value: s.code,
      label: `${s.code} ${s[lang]}`,
    }));
    // Each 门类 first (for a company known only by section), then its 大类.
    const industryOptions = INDUSTRY_SECTIONS.map((section) => ({
      label: `${section.code} ${section[lang]}`,
      title: section.code,
      options: [
        { value: section.code, label: `${section.code} ${section[lang]}` },
        ...INDUSTRY_DIVISIONS.filter((d) => d.section === section.code).map((d) => ({
          value: `${section.code}${d.code}`,
          label: `${section.code}${d.code} ${d[lang]}`,
        })),
      ],
    }));
    return {
      investorTypeLabel,
      investorTypeOptions,
      sectionOptions,
      industryOptions,
      industryText: (code: string) => industryLabel(code, lang) ?? '',
      usccProblemLabel: (problem: UsccProblem) => USCC_PROBLEM_LABELS[problem]?.[lang] ?? problem,
    };
  }, [lang]);
}
