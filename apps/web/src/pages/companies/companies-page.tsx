import { CompanyList } from '../../features/companies/components/company-list.tsx';

export function CompaniesPage() {
  return <CompanyList />;
}
