import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import { useWorkers, type Detail } from './useWorkOrders';

/** The steps that need a few fields; the one-click steps (arrival, slip returned) go straight through. */
export type FormStep = 'dispatch' | 'rework' | 'complete' | 'callback' | 'cancel' | 'resolve';

type Values = Record<string, unknown>;

function call(step: FormStep, id: string, v: Values, conflictId: string | null): Promise<Answer<Detail>> {
  switch (step) {
    case 'dispatch':
      return invoke('workOrders.dispatch', { id, workerId: String(v.workerId ?? '') });
    case 'rework':
      return invoke('workOrders.rework', { id, workerId: String(v.workerId ?? ''), reason: String(v.reason ?? '') });
    case 'complete':
      return invoke('workOrders.complete', {
        id,
        result: String(v.result ?? ''),
        ...(v.materials ? { materials: String(v.materials) } : {}),
        ...(typeof v.minutesSpent === 'number' ? { minutesSpent: v.minutesSpent } : {}),
        slipReturned: !!v.slipReturned,
        signedByResident: !!v.signedByResident,
      });
    case 'callback':
      return invoke('workOrders.callback', {
        id,
        satisfaction: v.satisfaction as 'satisfied' | 'fair' | 'unsatisfied',
        ...(v.notes ? { notes: String(v.notes) } : {}),
      });
    case 'cancel':
      return invoke('workOrders.cancel', { id, reason: String(v.reason ?? '') });
    case 'resolve':
      return invoke('workOrders.resolveConflict', { id, eventId: conflictId ?? '', note: String(v.note ?? '') });
  }
}

/** The i18n key of each step's button and form title. */
export const STEP_LABEL: Record<FormStep, string> = {
  dispatch: 'action.dispatch',
  rework: 'action.rework',
  complete: 'action.complete',
  callback: 'action.callback',
  cancel: 'action.cancel',
  resolve: 'action.resolve',
};

/** One small form per step. The worker picker shows each worker's load, lightest first. */
export function StepModal({ step, order, conflictId, onClose, onDone }: {
  step: FormStep | null;
  order: Detail;
  conflictId: string | null;
  onClose(): void;
  onDone(d: Detail): void;
}) {
  const { t } = useTranslation('workorders');
  const { t: ts } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const needsWorker = step === 'dispatch' || step === 'rework';
  const workers = useWorkers(needsWorker);

  useEffect(() => {
    setProblems([]);
    form.resetFields();
  }, [step, form]);

  if (!step) return null;
  const submit = async () => {
    setBusy(true);
    const a = await call(step, order.id, form.getFieldsValue(true) as Values, conflictId);
    setBusy(false);
    if (!a.ok) return setProblems(applyIssues(form, a.error));
    onDone(a.value);
  };

  return (
    <Modal
      open
      title={`${t(STEP_LABEL[step] as 'action.dispatch')} · ${order.number}`}
      okText={t(STEP_LABEL[step] as 'action.dispatch')}
      cancelText={ts('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ satisfaction: 'satisfied', slipReturned: true, signedByResident: true }}
        onFinish={() => void submit()}
      >
        {needsWorker && (
          <Form.Item name="workerId" label={t('field.worker')} extra={workers.length === 0 ? t('drawer.noWorkers') : undefined}>
            <Select
              autoFocus
              showSearch={{ optionFilterProp: 'search' }}
              options={workers.map((w) => ({
                value: w.id,
                search: `${w.name} ${w.pinyin}`,
                label: (
                  <span className="worker-option">
                    {w.name}
                    <Tag color={w.openLoad >= 3 ? 'orange' : 'default'}>{t('drawer.load', { count: w.openLoad })}</Tag>
                  </span>
                ),
              }))}
            />
          </Form.Item>
        )}
        {(step === 'rework' || step === 'cancel') && (
          <Form.Item name="reason" label={t('field.reason')}>
            <Input.TextArea rows={2} maxLength={500} autoFocus={step === 'cancel'} />
          </Form.Item>
        )}
        {step === 'complete' && (
          <>
            <Form.Item name="result" label={t('field.result')}>
              <Input.TextArea rows={2} maxLength={500} autoFocus />
            </Form.Item>
            <div className="form-row">
              <Form.Item name="materials" label={t('field.materials')}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="minutesSpent" label={t('field.minutesSpent')}>
                <InputNumber min={0} max={10080} />
              </Form.Item>
            </div>
            <Form.Item name="slipReturned" valuePropName="checked" noStyle>
              <Checkbox>{t('field.slipReturned')}</Checkbox>
            </Form.Item>
            <Form.Item name="signedByResident" valuePropName="checked" noStyle>
              <Checkbox>{t('field.signedByResident')}</Checkbox>
            </Form.Item>
          </>
        )}
        {step === 'callback' && (
          <Form.Item name="satisfaction" label={t('field.satisfaction')}>
            <Radio.Group
              optionType="button"
              options={(['satisfied', 'fair', 'unsatisfied'] as const).map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))}
            />
          </Form.Item>
        )}
        {(step === 'callback' || step === 'resolve') && (
          <Form.Item name={step === 'resolve' ? 'note' : 'notes'} label={t(step === 'resolve' ? 'drawer.conflictNote' : 'field.notes')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} />}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
