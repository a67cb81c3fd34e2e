import { CatalogueHome } from '../../features/catalogue/components/catalogue-home.tsx';

/** /catalogue: the opportunity catalogue (推介项目库). */
export function CataloguePage() {
  return <CatalogueHome />;
}
