import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bodyOf, client } from '../api/client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { SearchSelect, useSearchText } from './search-select.tsx';

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
  const { q, onSearch } = useSearchText();
  const hits = useQuery({
    queryKey: ['companies', 'search-select', q],
    queryFn: ({ signal }) =>
      bodyOf(client.GET('/api/v1/companies', { params: { query: { q, page: 1, pageSize: 20 } }, signal })).then(
        (r) => r.items,
      ),
    enabled: q !== '',
    staleTime: 10_000,
  });
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      q={q}
      onSearch={onSearch}
      options={(hits.data ?? []).map((c) => ({ value: c.id, label: c.uscc ? `${c.name}（${c.uscc}）` : c.name }))}
      isFetching={hits.isFetching}
      placeholder={t('companySelect.placeholder')}
      typeToSearch={t('companySelect.typeToSearch')}
      notFound={
        <>
          {t('companySelect.notInRegistry')} <Link to="/companies">{t('nav.companies')}</Link>
        </>
      }
    />
  );
}
