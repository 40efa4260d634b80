import { useState } from 'react';
import { Alert, App as AntApp, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';

const HOUR = 3_600_000;

interface LendValues {
  borrower: string;
  phone: string;
  purpose: string;
  hours: number;
}

/** Lend one key or item: who, a phone to chase it, why, and for how long. */
export function LendDialog({ item, onClose }: { item: ProcOutput<'keys.list'>[number] | null; onClose(): void }) {
  const { t } = useTranslation('parcels');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<LendValues>();
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async (v: LendValues) => {
    const a = await invoke('keys.lend', { keyId: item!.id, borrower: v.borrower ?? '', phone: v.phone ?? '', purpose: v.purpose ?? '', dueAt: Date.now() + (v.hours ?? 2) * HOUR });
    if (!a.ok) return setProblems(applyIssues(form, a.error));
    void message.success(t('lending.lent'));
    setProblems([]);
    form.resetFields();
    onClose();
  };

  return (
    <Modal open={!!item} title={item ? t('lending.lendTitle', { label: item.label }) : ''} okText={t('lending.lend')} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {problems.length > 0 && <Alert className="form-alert" type="error" showIcon title={problems.join('；')} />}
      <Form<LendValues> form={form} layout="vertical" initialValues={{ hours: 2 }} onFinish={submit}>
        <Form.Item name="borrower" label={t('lending.borrower')}>
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('lending.phone')}>
          <Input autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item name="purpose" label={t('lending.purpose')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="hours" label={t('lending.dueHours')}>
          <InputNumber min={0.5} max={720} step={0.5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ItemValues {
  kind: string;
  label: string;
  building?: string;
  unit?: string;
  room?: string;
  place?: string;
  count: number;
}

/** Register a key (of a home or a public place) or another item the desk lends. */
export function ItemDialog({ open, kinds, onClose }: { open: boolean; kinds: { id: string; label: string }[]; onClose(): void }) {
  const { t } = useTranslation('parcels');
  const [form] = Form.useForm<ItemValues>();
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async (v: ItemValues) => {
    const a = await invoke('keys.upsert', { ...v, label: v.label ?? '' });
    if (!a.ok) return setProblems(applyIssues(form, a.error));
    setProblems([]);
    form.resetFields();
    onClose();
  };

  return (
    <Modal open={open} title={t('lending.add')} okText={t('lending.saved')} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {problems.length > 0 && <Alert className="form-alert" type="error" showIcon title={problems.join('；')} />}
      <Form<ItemValues> form={form} layout="vertical" initialValues={{ kind: 'key', count: 1 }} onFinish={submit}>
        <Form.Item name="kind" label={t('lending.kind')}>
          <Select options={kinds.map((k) => ({ value: k.id, label: k.label }))} />
        </Form.Item>
        <Form.Item name="label" label={t('lending.label')}>
          <Input autoComplete="off" />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="building" label={t('lending.building')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="unit" label={t('lending.unit')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="room" label={t('lending.room')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="place" label={t('lending.place')}>
            <Input autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item name="count" label={t('lending.count')}>
          <InputNumber min={1} max={999} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
