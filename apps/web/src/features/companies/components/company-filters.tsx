import type { InvestorType } from '@zhaoshang/shared';
import { Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCompanyLabels } from '../hooks/use-company-labels.ts';

export type CompanyFilterValues = { q?: string; investorType?: InvestorType; industry?: string };

/** Search, investor type and industry section; each change goes straight to the server-paged list. */
export function CompanyFilters({
  values,
  onChange,
}: {
  values: CompanyFilterValues;
  onChange: (changes: Partial<CompanyFilterValues>) => void;
}) {
  const { t } = useI18n();
  const labels = useCompanyLabels();
  // The search box keeps its own text until Enter, so each keystroke is not a request.
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('company.search')}
        aria-label={t('company.search')}
        style={{ width: 280 }}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value === '') onChange({ q: undefined });
        }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<InvestorType>
        allowClear
        placeholder={t('company.allInvestorTypes')}
        aria-label={t('company.investorType')}
        style={{ width: 180 }}
        options={labels.investorTypeOptions}
        value={values.investorType}
        onChange={(investorType) => onChange({ investorType })}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('company.allIndustries')}
        aria-label={t('company.industry')}
        style={{ width: 280 }}
        popupMatchSelectWidth={false}
        options={labels.sectionOptions}
        value={values.industry}
        onChange={(industry) => onChange({ industry })}
      />
    </Space>
  );
}
