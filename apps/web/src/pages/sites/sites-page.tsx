import { SitesHome } from '../../features/sites/components/sites-home.tsx';

/** /sites: land and buildings (载体资源) and site matching. */
export function SitesPage() {
  return <SitesHome />;
}
