import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { bodyOf, client } from '../api/client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

/**
 * Picks a company from the registry by name or credit code (server search). Business
 * records point at registry companies only, so a miss sends the user to 企业库 first.
 */
export function CompanySearchSelect({
  value,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (companyId: number | undefined) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  // The chosen company keeps its label after the search text changes.
  const [picked, setPicked] = useState<{ value: number; label: string }>();
  const q = useDebouncedValue(text.trim(), 300);
  const hits = useQuery({
    queryKey: ['companies', 'search-select', q],
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/companies', { params: { query: { q, page: 1, pageSize: 20 } }, signal })).then(
        (r) => r.items,
      ),
    enabled: q !== '',
    staleTime: 10_000,
  });

  const options = (hits.data ?? []).map((c) => ({ value: c.id, label: c.uscc ? `${c.name}（${c.uscc}）` : c.name }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);

  const notFound =
    q === '' ? (
      <Typography.Text type="secondary">{t('companySelect.typeToSearch')}</Typography.Text>
    ) : hits.isFetching ? (
      <Spin size="small" />
    ) : (
      <Typography.Text type="secondary">
        {t('companySelect.notInRegistry')} <Link to="/companies">{t('nav.companies')}</Link>
      </Typography.Text>
    );

  return (
    <Select<number>
      id={id}
      style={{ width: '100%' }}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      onChange={(next, option) => {
        const chosen = Array.isArray(option) ? undefined : option;
        setPicked(next === undefined || !chosen ? undefined : { value: next, label: String(chosen.label) });
        onChange?.(next);
      }}
      placeholder={t('companySelect.placeholder')}
      notFoundContent={notFound}
      loading={hits.isFetching}
      options={options}
    />
  );
}
