import { useEffect, useState } from 'react';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { Alert, App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyIssues } from '../../../components/formIssues';
import { useStaff, type StaffInput, type StaffRow } from '../../../stores/staff';
import { roleLabel } from '../../format';

const ROLES = ['reception', 'supervisor', 'host', 'worker'] as const;

type Values = Omit<StaffInput, 'id'>;

/** Add or edit one staff member. A refusal puts each issue on its field and keeps what was typed. */
export function StaffForm({ editing, open, onClose }: { editing: StaffRow | null; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const save = useStaff((s) => s.save);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [departments, setDepartments] = useState<ProcOutput<'departments.list'>>([]);

  // Hosts are found by department at the kiosk and on the phone, so the form offers the site's list.
  useEffect(() => {
    if (!open) return;
    void invoke('departments.list').then((a) => a.ok && setDepartments(a.value));
  }, [open]);

  useEffect(() => {
    if (!open) return;
    setProblems([]);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        name: editing.name,
        role: editing.role as Values['role'],
        location: editing.location ?? undefined,
        ...('phone' in editing
          ? { phone: editing.phone ?? undefined, extension: editing.extension ?? undefined, departmentId: editing.departmentId ?? undefined }
          : {}),
      });
    }
  }, [open, editing, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    const a = await save({ ...values, ...(editing ? { id: editing.id } : {}), pin: values.pin || undefined });
    setBusy(false);
    if (!a.ok) return setProblems(applyIssues(form, a.error));
    void message.success(t('settings.staff.saved', { name: values.name }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={editing ? t('settings.staff.edit') : t('settings.staff.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ role: 'reception' }} onFinish={() => void submit()}>
        <div className="form-row">
          <Form.Item name="name" label={t('settings.staff.name')} rules={[{ required: true, message: t('setup.required', { field: t('settings.staff.name') }) }]}>
            <Input maxLength={50} autoFocus />
          </Form.Item>
          <Form.Item name="role" label={t('settings.staff.role')}>
            <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))} />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="extension" label={t('settings.staff.extension')}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="phone" label={t('settings.staff.phone')}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="departmentId" label={t('settings.staff.department')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('settings.staff.noDepartment')}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item name="location" label={t('settings.staff.location')}>
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <Form.Item
          name="pin"
          label={t('settings.staff.pin')}
          extra={editing?.canSignIn ? t('settings.staff.pinKeep') : t('settings.staff.pinNone')}
        >
          <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </Form.Item>
        {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} />}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
