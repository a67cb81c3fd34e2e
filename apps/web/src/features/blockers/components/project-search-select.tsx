import { SearchSelect, useSearchText } from '../../../components/search-select.tsx';
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
  const { q, onSearch } = useSearchText();
  const hits = useProjectSearch(q);
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      q={q}
      onSearch={onSearch}
      options={(hits.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      isFetching={hits.isFetching}
      placeholder={t('work.projectPlaceholder')}
      typeToSearch={t('work.projectTypeToSearch')}
      notFound={t('work.projectNotFound')}
    />
  );
}
