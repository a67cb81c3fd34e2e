import { CapitalHome } from '../../features/ledgers/components/capital-home.tsx';
import { CarriersHome } from '../../features/ledgers/components/carriers-home.tsx';
import { IurHome } from '../../features/ledgers/components/iur-home.tsx';

/** /innovation/carriers: the innovation carriers. */
export const CarriersPage = () => <CarriersHome />;
/** /innovation/iur: university–industry cooperation. */
export const IurPage = () => <IurHome />;
/** /capital: capital arrived per unit and city. */
export const CapitalPage = () => <CapitalHome />;
