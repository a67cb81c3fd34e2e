import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useStaleSave } from '../../../components/stale-save.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { BulletinDetail } from '../api.ts';
import { useBulletin, useSaveRemarks } from '../api.ts';

const MAX_REMARKS = 5000;

/**
 * The director's words printed under the tables. Editable on a draft by the office (saved
 * with the draft's version, so a redraft in between is noticed); read-only otherwise.
 */
export function RemarksEditor({
  bulletin,
  editable,
  onDirtyChange,
}: {
  bulletin: BulletinDetail;
  editable: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const save = useSaveRemarks(bulletin.id);
  const { refetch } = useBulletin(bulletin.id);
  const saved = bulletin.remarks ?? '';
  const [text, setText] = useState(saved);
  const dirty = text !== saved;

  // A reload (after saving, or someone else's change) brings the stored text in, unless the
  // person is in the middle of editing: their words stay until they choose (see the stale save).
  const previous = useRef(saved);
  useEffect(() => {
    const before = previous.current;
    previous.current = saved;
    setText((current) => (current === before ? saved : current));
  }, [saved]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // A 409: the draft was redrafted or annotated since it was loaded. Reload takes theirs;
  // overwrite keeps this text and saves it on the new version the reload brings.
  const stale = useStaleSave({
    onReload: async () => {
      const fresh = await refetch();
      if (fresh.data) setText(fresh.data.remarks ?? '');
    },
    onOverwrite: async () => {
      await refetch();
    },
  });

  if (!editable) {
    return (
      <Card size="small" title={t('bulletin.remarks')}>
        {saved ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{saved}</Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('bulletin.noRemarks')}</Typography.Text>
        )}
      </Card>
    );
  }

  const submit = () =>
    save.mutate(
      { version: bulletin.version, remarks: text.trim() === '' ? null : text },
      {
        onSuccess: () => void message.success(t('bulletin.remarksSaved')),
        onError: (error) => {
          if (!stale.catchStale(error)) showError(error);
        },
      },
    );

  return (
    <Card size="small" title={t('bulletin.remarks')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={MAX_REMARKS}
          showCount
          placeholder={t('bulletin.remarksPlaceholder')}
          aria-label={t('bulletin.remarks')}
        />
        <Space className="zs-no-print">
          <Button type="primary" onClick={submit} loading={save.isPending} disabled={!dirty}>
            {t('bulletin.saveRemarks')}
          </Button>
          {dirty ? (
            <Button onClick={() => setText(saved)} disabled={save.isPending}>
              {t('bulletin.discardRemarks')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {stale.modal}
    </Card>
  );
}
