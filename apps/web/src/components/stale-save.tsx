import { Alert, App, Button, List, Modal, Space } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ApiError } from './api-client.ts';
import { type FormErrorTarget, useErrorToast } from './use-error-toast.ts';

/** A save refused because someone else saved first (409 CONFLICT_VERSION), with what they changed when the server says. */
export type StaleSave = { message: string; changes: unknown[] };

/** The stale save an error reports, or undefined for any other error. */
export function staleSaveOf(error: unknown): StaleSave | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT_VERSION') return undefined;
  const changes = (error.details as { changes?: unknown } | undefined)?.changes;
  return { message: error.message, changes: Array.isArray(changes) ? changes : [] };
}

export type StaleSaveOptions = {
  /** Loads the latest version into the form, dropping this person's edits. */
  onReload: () => Promise<void> | void;
  /**
   * Takes the latest version number but keeps this person's edits in the form, so saving
   * again writes them over the other person's. Left out where that makes no sense.
   */
  onOverwrite?: () => Promise<void> | void;
  /** One of the other person's changes (details.changes), as the form's domain words it. */
  renderChange?: (change: unknown) => ReactNode;
};

/**
 * The one handler of a stale save in a form that saves with a version: `catchStale(error)`
 * takes a 409 CONFLICT_VERSION (returns true) and `modal` shows it — what the other person
 * changed, then "back to the form", "load their version" or "keep mine and save over theirs".
 * Nothing is saved over another person's work without the person choosing so.
 */
export function useStaleSave(options: StaleSaveOptions) {
  const [stale, setStale] = useState<StaleSave>();
  const catchStale = useCallback((error: unknown): boolean => {
    const found = staleSaveOf(error);
    if (found) setStale(found);
    return found !== undefined;
  }, []);
  const modal = <StaleSaveModal stale={stale} onClose={() => setStale(undefined)} {...options} />;
  return { stale, catchStale, modal };
}

function StaleSaveModal({
  stale,
  onClose,
  onReload,
  onOverwrite,
  renderChange,
}: StaleSaveOptions & { stale?: StaleSave; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'reload' | 'overwrite'>();
  const run = async (which: 'reload' | 'overwrite', action: () => Promise<void> | void) => {
    setBusy(which);
    try {
      await action();
      message.info(t(which === 'reload' ? 'stale.reloaded' : 'stale.overwriteReady'));
      onClose();
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Modal
      open={stale !== undefined}
      title={t('stale.title')}
      onCancel={onClose}
      width={680}
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t('stale.keepEditing')}</Button>
          {onOverwrite ? (
            <Button danger loading={busy === 'overwrite'} onClick={() => void run('overwrite', onOverwrite)}>
              {t('stale.overwrite')}
            </Button>
          ) : null}
          <Button type="primary" loading={busy === 'reload'} onClick={() => void run('reload', onReload)}>
            {t('stale.reload')}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={stale?.message}
        description={t('stale.hint')}
        style={{ marginBottom: renderChange ? 16 : 0 }}
      />
      {renderChange ? (
        <List
          size="small"
          bordered
          dataSource={stale?.changes ?? []}
          locale={{ emptyText: t('stale.noDetails') }}
          renderItem={(change) => <List.Item>{renderChange(change)}</List.Item>}
        />
      ) : null}
    </Modal>
  );
}

/**
 * The error handler of a change made from a list or a page without a form (resolve, answer,
 * move a lead, edit a unit, publish a bulletin): a stale one is said in a dialog — the list or
 * page has already reloaded, since those mutations refresh on settle — and any other error as
 * a toast (with field errors on the form). Returns true for a stale change, so a modal can close.
 */
export function useListChangeError(reloaded: 'list' | 'page' = 'list') {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useErrorToast();
  return useCallback(
    (error: unknown, target?: FormErrorTarget): boolean => {
      const stale = staleSaveOf(error);
      if (stale) {
        modal.warning({
          title: stale.message,
          content: t(reloaded === 'list' ? 'stale.listReloaded' : 'stale.pageReloaded'),
        });
        return true;
      }
      showError(error, target);
      return false;
    },
    [modal, showError, t, reloaded],
  );
}
