import { Empty } from 'antd';

/** A table's empty state: the small illustration with a sentence saying what is missing. */
export function EmptyList({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}
