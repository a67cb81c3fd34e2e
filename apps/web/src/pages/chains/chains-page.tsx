import { ChainsHome } from '../../features/chains/components/chains-home.tsx';

/** /chains: the industry-chain map. */
export function ChainsPage() {
  return <ChainsHome />;
}
