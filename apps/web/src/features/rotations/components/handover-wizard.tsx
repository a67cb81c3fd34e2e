import { Alert, Button, Checkbox, Form, Input, Modal, Result, Select, Space, Statistic, Steps, Table } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { describeError } from '../../../components/api-errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { whoOf } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnits, useUsers } from '../../org/api.ts';
import { HANDOVER_KINDS, type Handover, useExecuteHandover, useHandoverPreview } from '../api.ts';

/**
 * The handover wizard (工作交接): pick the leaving person, see what would move, pick the
 * successor in the same unit, confirm, see the result. The server checks again on confirming:
 * if anything changed since the preview, it refuses and the wizard goes back to the preview.
 */
export function HandoverWizard({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const anyUnit = whoOf(me).role === 'office';
  const [step, setStep] = useState(0);
  const [unitId, setUnitId] = useState<number | undefined>(anyUnit ? undefined : me.unit.id);
  const [fromUserId, setFromUserId] = useState<number>();
  const [toUserId, setToUserId] = useState<number>();
  const [endPosting, setEndPosting] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<Handover>();
  const units = useUnits();
  const people = useUsers({ unitId, page: 1, pageSize: 200, sort: 'username' });
  const preview = useHandoverPreview(step >= 1 ? unitId : undefined, step >= 1 ? fromUserId : undefined);
  const execute = useExecuteHandover();
  const personName = (id?: number) => people.data?.items.find((u) => u.id === id)?.displayName ?? '';
  const total = preview.data ? HANDOVER_KINDS.reduce((n, k) => n + preview.data.counts[k], 0) : 0;
  const successors = (people.data?.items ?? []).filter(
    (u) => u.id !== fromUserId && !u.disabled && u.unit.id === unitId && u.role !== 'leader',
  );

  const confirm = () => {
    if (!preview.data || !unitId || !fromUserId || !toUserId) return;
    setFailure(undefined);
    execute.mutate(
      { unitId, fromUserId, toUserId, fingerprint: preview.data.fingerprint, endPosting, note: note.trim() || null },
      {
        onSuccess: (h) => {
          setDone(h);
          setStep(4);
        },
        onError: (error) => {
          setFailure(describeError(error, t));
          // What would move changed since the preview: show the new list before anything is confirmed.
          if (error instanceof ApiError && error.code === 'CONFLICT_VERSION') {
            setStep(1);
            void preview.refetch();
          }
        },
      },
    );
  };

  const pickPerson = (
    <Form layout="vertical">
      <Form.Item label={t('rotation.handover.unit')} htmlFor="handover-unit" required>
        <Select
          id="handover-unit"
          showSearch
          optionFilterProp="label"
          disabled={!anyUnit}
          value={unitId}
          placeholder={t('rotation.handover.unitPlaceholder')}
          onChange={(id) => {
            setUnitId(id);
            setFromUserId(undefined);
            setToUserId(undefined);
          }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item label={t('rotation.handover.from')} htmlFor="handover-from" required>
        <Select
          id="handover-from"
          showSearch
          optionFilterProp="label"
          value={fromUserId}
          disabled={!unitId}
          placeholder={t('rotation.handover.fromPlaceholder')}
          onChange={(id) => {
            setFromUserId(id);
            setToUserId(undefined);
          }}
          options={(people.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        />
      </Form.Item>
    </Form>
  );

  const previewStep = preview.error ? (
    <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
  ) : (
    <Space direction="vertical" style={{ width: '100%' }}>
      {failure ? <Alert type="warning" showIcon message={failure} /> : null}
      <Space size="large">
        {HANDOVER_KINDS.map((k) => (
          <Statistic key={k} title={t(`rotation.kind.${k}`)} value={preview.data?.counts[k] ?? 0} />
        ))}
      </Space>
      {preview.data && total === 0 ? (
        <Alert type="info" showIcon message={t('rotation.handover.nothing', { name: preview.data.from.name })} />
      ) : null}
      <Table
        size="small"
        rowKey={(i) => `${i.kind}-${i.id}`}
        loading={preview.isFetching}
        dataSource={preview.data?.items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            title: t('rotation.handover.kind'),
            key: 'kind',
            width: 90,
            render: (_, i) => t(`rotation.kind.${i.kind}`),
          },
          { title: t('rotation.handover.item'), dataIndex: 'label' },
        ]}
      />
    </Space>
  );

  const pickSuccessor = (
    <Form layout="vertical">
      <Form.Item label={t('rotation.handover.to')} htmlFor="handover-to" required extra={t('rotation.handover.toHint')}>
        <Select
          id="handover-to"
          showSearch
          optionFilterProp="label"
          value={toUserId}
          placeholder={t('rotation.handover.toPlaceholder')}
          onChange={setToUserId}
          options={successors.map((u) => ({ value: u.id, label: u.displayName }))}
        />
      </Form.Item>
      {preview.data?.runningPosting ? (
        <Form.Item>
          <Checkbox checked={endPosting} onChange={(e) => setEndPosting(e.target.checked)}>
            {t('rotation.handover.endPosting', {
              start: preview.data.runningPosting.startDate,
              end: preview.data.runningPosting.endDate,
            })}
          </Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item label={t('rotation.handover.note')} htmlFor="handover-note">
        <Input id="handover-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </Form.Item>
    </Form>
  );

  const confirmStep = (
    <Space direction="vertical" style={{ width: '100%' }}>
      {failure ? <Alert type="error" showIcon message={failure} /> : null}
      <Alert
        type="info"
        showIcon
        message={t('rotation.handover.summary', {
          count: total,
          from: personName(fromUserId),
          to: personName(toUserId),
          unit: preview.data?.unit.name ?? '',
        })}
        description={endPosting ? t('rotation.handover.summaryEndPosting') : undefined}
      />
    </Space>
  );

  const result = done ? (
    <Result
      status="success"
      title={t('rotation.handover.done', { count: done.items.length, to: done.to.name })}
      subTitle={t('rotation.handover.doneHint', { from: done.from.name })}
    />
  ) : null;

  const canNext = [
    Boolean(unitId && fromUserId),
    Boolean(preview.data && !preview.isFetching && total > 0),
    Boolean(toUserId),
    true,
    true,
  ][step];

  return (
    <Modal
      open
      title={t('rotation.handover.title')}
      onCancel={onClose}
      width={820}
      destroyOnHidden
      footer={
        step === 4 ? (
          <Button type="primary" onClick={onClose}>
            {t('rotation.handover.finish')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            {step > 0 ? <Button onClick={() => setStep(step - 1)}>{t('rotation.handover.back')}</Button> : null}
            {step < 3 ? (
              <Button
                type="primary"
                disabled={!canNext}
                onClick={() => {
                  setFailure(undefined);
                  setStep(step + 1);
                }}
              >
                {t('rotation.handover.next')}
              </Button>
            ) : (
              <Button type="primary" loading={execute.isPending} onClick={confirm}>
                {t('rotation.handover.confirm')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[
          { title: t('rotation.handover.step.person') },
          { title: t('rotation.handover.step.preview') },
          { title: t('rotation.handover.step.successor') },
          { title: t('rotation.handover.step.confirm') },
          { title: t('rotation.handover.step.result') },
        ]}
      />
      {[pickPerson, previewStep, pickSuccessor, confirmStep, result][step]}
    </Modal>
  );
}
