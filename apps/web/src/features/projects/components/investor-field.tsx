import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { CompanySearchSelect } from '../../../components/company-search-select.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Project } from '../api.ts';

/**
 * The investor of a project: a registry company. An edit form shows the current investor by
 * name (the search select knows only what it found), with a button to pick another.
 */
export function InvestorField({
  value,
  onChange,
  id,
  current,
}: {
  value?: number | null;
  onChange?: (companyId: number | null) => void;
  id?: string;
  current: Project['company'] | undefined;
}) {
  const { t } = useI18n();
  const [changing, setChanging] = useState(false);
  if (!changing && current && value === current.id) {
    return (
      <Space wrap size={4} id={id}>
        <Typography.Text>{current.uscc ? `${current.name}（${current.uscc}）` : current.name}</Typography.Text>
        <Button type="link" size="small" onClick={() => setChanging(true)}>
          {t('project.form.changeInvestor')}
        </Button>
        <Button type="link" size="small" danger onClick={() => onChange?.(null)}>
          {t('project.form.clearInvestor')}
        </Button>
      </Space>
    );
  }
  return (
    <CompanySearchSelect id={id} value={value ?? undefined} onChange={(companyId) => onChange?.(companyId ?? null)} />
  );
}
