import { useState } from 'react';
import { App as AntApp, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import type { HostOption } from './useVisitsData';

type Values = { visitorName: string; phone: string; hostId: string; expectedAt: Dayjs };

/** 预约: the desk registers an expected visitor and reads out (or sends) the invitation code and its QR. */
export function PreRegisterButton({ hosts }: { hosts: HostOption[] }) {
  const { t } = useTranslation('visits');
  const { modal } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const a = await invoke('visits.preRegister', { visitorName: v.visitorName, phone: v.phone, hostId: v.hostId, purpose: 'business', partySize: 1, expectedAt: v.expectedAt.valueOf() });
    if (!a.ok) return void applyIssues(form, a.error);
    setOpen(false);
    form.resetFields();
    modal.info({ title: t('desk.inviteCode', { code: a.value.code }), content: <img src={a.value.qr} alt={a.value.code} width={200} /> });
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('desk.preRegister')}</Button>
      <Modal open={open} title={t('desk.preRegister')} onOk={() => void submit()} onCancel={() => setOpen(false)} okText={t('desk.save')} cancelText={t('desk.cancel')}>
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item name="visitorName" label={t('desk.name')} rules={[{ required: true, message: t('desk.name') }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="phone" label={t('desk.phone')} rules={[{ required: true, message: t('desk.phone') }]}>
            <Input maxLength={24} />
          </Form.Item>
          <Form.Item name="hostId" label={t('desk.host')} rules={[{ required: true, message: t('desk.host') }]}>
            <Select showSearch optionFilterProp="label" options={hosts.map((h) => ({ value: h.id, label: h.name }))} />
          </Form.Item>
          <Form.Item name="expectedAt" label={t('desk.expectedAt')} rules={[{ required: true, message: t('desk.expectedAt') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
