import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useSearchText } from '../../../components/search-select.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnits, useUsers } from '../../org/api.ts';
import { useCreatePosting, useRounds } from '../api.ts';

type Values = {
  roundId: number;
  userId: number;
  unitId: number;
  startDate: Dayjs;
  endDate?: Dayjs | null;
  note?: string;
};
const FIELDS = ['roundId', 'userId', 'unitId', 'startDate', 'endDate', 'note'] as const;

/** 登记派驻: who, to which bureau, in which round, from when (to the round's end unless said). */
export function PostingFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rounds = useRounds();
  const units = useUnits();
  const search = useSearchText();
  const people = useUsers({ q: search.q || undefined, status: 'active', page: 1, pageSize: 50, sort: 'username' });
  const create = useCreatePosting();
  const showError = useErrorToast();

  const submit = (v: Values) =>
    create.mutate(
      {
        roundId: v.roundId,
        userId: v.userId,
        unitId: v.unitId,
        startDate: v.startDate.format(DATE_FORMAT),
        ...(v.endDate ? { endDate: v.endDate.format(DATE_FORMAT) } : {}),
        note: v.note?.trim() || null,
      },
      {
        onSuccess: (p) => {
          message.success(t('rotation.posting.added', { name: p.person.name, unit: p.unit.name }));
          onClose();
        },
        onError: (error) => showError(error, { form, fields: FIELDS }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('rotation.posting.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="roundId"
          label={t('rotation.posting.round')}
          rules={[{ required: true, message: t('rotation.posting.roundRequired') }]}
        >
          <Select options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t('rotation.posting.person')}
          rules={[{ required: true, message: t('rotation.posting.personRequired') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={search.onSearch}
            loading={people.isFetching}
            options={(people.data?.items ?? []).map((u) => ({
              value: u.id,
              label: t('rotation.personWithUnit', { name: u.displayName, unit: u.homeUnit.name }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('rotation.posting.unit')}
          rules={[{ required: true, message: t('rotation.posting.unitRequired') }]}
        >
          <Select
            options={(units.data ?? [])
              .filter((u) => u.kind === 'resident_bureau')
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item
          name="startDate"
          label={t('rotation.posting.startDate')}
          rules={[{ required: true, message: t('rotation.posting.startDateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="endDate" label={t('rotation.posting.endDate')} extra={t('rotation.posting.endDateHint')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t('rotation.posting.note')} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
