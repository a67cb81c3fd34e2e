import { Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useProjectSearch } from '../api.ts';

/** Picks a project by name (server search over the projects the user may see). */
export function ProjectSearchSelect({
  value,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (projectId: number | undefined) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  // The chosen project keeps its label after the search text changes.
  const [picked, setPicked] = useState<{ value: number; label: string }>();
  const q = useDebouncedValue(text.trim(), 300);
  const hits = useProjectSearch(q);

  const options = (hits.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);

  const notFound =
    q === '' ? (
      <Typography.Text type="secondary">{t('work.projectTypeToSearch')}</Typography.Text>
    ) : hits.isFetching ? (
      <Spin size="small" />
    ) : (
      <Typography.Text type="secondary">{t('work.projectNotFound')}</Typography.Text>
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
      placeholder={t('work.projectPlaceholder')}
      notFoundContent={notFound}
      loading={hits.isFetching}
      options={options}
    />
  );
}
