import '../styles/handover.css';
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { invoke } from '../api/client';
import { useHandover } from '../stores/handover';
import { useStaff } from '../stores/staff';

interface AckForm {
  staffId: string;
  pin: string;
  disagreements?: string;
}

/**
 * Shown on every page while a submitted handover waits for the incoming staff member's signature:
 * nothing falls between two shifts because nobody can miss that it is unsigned.
 */
export function PendingBanner() {
  const { t } = useTranslation('handover');
  const { message } = AntApp.useApp();
  const pending = useHandover((s) => s.pending);
  const [open, setOpen] = useState(false);

  useEffect(() => useHandover.getState().watch(), []);

  if (!pending) return null;
  return (
    <>
      <Alert
        className="pending-handover"
        type="warning"
        showIcon
        role="region"
        aria-label={t('pending.title')}
        title={t('pending.banner', { name: pending.fromName ?? '?', at: dayjs(pending.submittedAt).format('MM-DD HH:mm') })}
        action={
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('pending.sign')}
          </Button>
        }
      />
      {open && (
        <AcknowledgeDialog
          handoverId={pending.id}
          fromStaffId={pending.fromStaffId}
          onClose={(name) => {
            setOpen(false);
            if (name) {
              void message.success(t('pending.signed', { name }));
              void useHandover.getState().load();
            }
          }}
        />
      )}
    </>
  );
}

function AcknowledgeDialog({ handoverId, fromStaffId, onClose }: { handoverId: string; fromStaffId: string; onClose(signedBy?: string): void }) {
  const { t } = useTranslation('handover');
  const [form] = Form.useForm<AckForm>();
  const { list, load } = useStaff();
  const [busy, setBusy] = useState(false);
  useEffect(() => void load(), [load]);
  // The incoming staff member is someone else who can sign in (and so has a PIN).
  const options = list.filter((s) => s.id !== fromStaffId && s.canSignIn).map((s) => ({ value: s.id, label: s.name }));

  const submit = async (v: AckForm) => {
    setBusy(true);
    const a = await invoke('handover.acknowledge', { id: handoverId, staffId: v.staffId, pin: v.pin, disagreements: v.disagreements || undefined });
    setBusy(false);
    if (a.ok) return onClose(a.value.acknowledgedBy.name);
    const field = a.error.issues?.[0]?.path[0];
    form.setFields([{ name: field === 'staffId' ? 'staffId' : field === 'disagreements' ? 'disagreements' : 'pin', errors: [a.error.issues?.[0]?.message ?? a.error.message] }]);
  };

  return (
    <Modal open title={t('pending.title')} okText={t('pending.ok')} confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="staffId" label={t('pending.who')} rules={[{ required: true, message: t('pending.pickWho') }]}>
          <Select options={options} placeholder={t('pending.pickWho')} showSearch={{ optionFilterProp: 'label' }} autoFocus />
        </Form.Item>
        <Form.Item name="pin" label={t('pending.pin')} rules={[{ required: true, message: t('pending.pinRequired') }]}>
          <Input.Password inputMode="numeric" autoComplete="off" maxLength={8} onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item name="disagreements" label={t('pending.disagreements')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('pending.disagreementsPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
