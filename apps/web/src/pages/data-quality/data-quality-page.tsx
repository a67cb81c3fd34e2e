import { DataQualityView } from '../../features/data-quality/components/data-quality-view.tsx';

/** /data-quality: the checks on the figures behind the assessment, for the office and leaders. */
export function DataQualityPage() {
  return <DataQualityView />;
}
