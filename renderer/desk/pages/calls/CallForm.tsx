import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Form, Input, Modal, Radio, Select, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnswerError } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { applyIssues } from '../../../components/formIssues';
import { useSession } from '../../../stores/session';
import { useStaff } from '../../../stores/staff';
import { matchesStaff } from '../../signin/filterStaff';
import { address, CallerLookup, useCallerLookup, type Pick } from './CallerLookup';
import { callbackChoices, clearDraft, emptyCall, isBlank, loadDraft, REASONS, saveDraft, toLogInput, type CallValues } from './draft';
import { readBack } from './readback';
import { useCalls } from './store';

/** The core names outcome fields by their place in calls.log; the form has them flat. */
const FIELD_OF: Record<string, (string | number)[]> = {
  '["outcome","forStaffId"]': ['staffId'],
  '["outcome","toStaffId"]': ['staffId'],
  '["outcome","callbackDueAt"]': ['callbackHours'],
  '["outcome","text"]': ['messageText'],
  '["moreThanThreeRings"]': ['late'],
};
const onFormPaths = (e: AnswerError): AnswerError => ({
  ...e,
  issues: e.issues?.map((i) => ({ ...i, path: FIELD_OF[JSON.stringify(i.path)] ?? i.path })),
});

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The one-keystroke call form: phone first, look-up fills what it can, Ctrl+Enter saves. */
export function CallForm({ onSaved }: { onSaved(call: { id: string; reason: string; name: string }): void }) {
  const { t, i18n } = useTranslation('calls');
  const { message } = AntApp.useApp();
  const { formOpen, closeForm } = useCalls();
  const siteName = useSession((s) => s.siteName);
  const staff = useStaff((s) => s.list);
  const loadStaff = useStaff((s) => s.load);
  const [form] = Form.useForm<CallValues>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  // The site decides how soon a message must be called back (设置: calls.callbackHours).
  const [siteHours, setSiteHours] = useState(2);
  const restored = useRef(false);
  const phoneRef = useRef<InputRef>(null);
  const values = (Form.useWatch([], form) ?? {}) as Partial<CallValues>;
  const match = useCallerLookup(values.callerPhone ?? '', values.callerName ?? '');

  useEffect(() => void loadStaff(), [loadStaff]);
  useEffect(() => void invoke('settings.get').then((a) => a.ok && setSiteHours(a.value['calls.callbackHours'])), []);
  // A draft left by a crash or a restart opens the form again, as it was.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const draft = loadDraft();
    if (!draft) return;
    form.setFieldsValue(draft);
    useCalls.getState().openForm();
    void message.info(t('form.restored'));
  }, [form, message, t]);

  // The time of a new call is when the form opens for it, not when the page first loaded.
  // The site's callback limit also applies when it arrives after the form opened, as long as nothing was typed.
  useEffect(() => {
    if (!formOpen || !isBlank(form.getFieldsValue(true))) return;
    const fresh = emptyCall(Date.now(), siteHours);
    form.setFieldsValue({ receivedAt: fresh.receivedAt, callbackHours: fresh.callbackHours });
  }, [formOpen, form, siteHours]);

  const keep = () => saveDraft({ ...emptyCall(Date.now(), siteHours), ...form.getFieldsValue(true) });
  const fill = (p: Pick) => {
    form.setFieldsValue(Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));
    keep();
  };

  // A full number that belongs to exactly one person fills the name (never over what was typed).
  useEffect(() => {
    const digits = (values.callerPhone ?? '').replace(/\D/g, '');
    if (digits.length < 7 || form.getFieldValue('callerName')) return;
    const residents = match.residents.filter((r) => r.phone === digits || r.phone2 === digits);
    const known = match.knownCallers.filter((k) => k.phone === digits);
    if (residents.length === 1) fill({ callerName: residents[0].name, residentId: residents[0].id });
    else if (known.length === 1) fill({ callerName: known[0].name, callerCompany: known[0].company ?? undefined });
    // Runs when an answer arrives, not on each keystroke.
  }, [match]);

  const staffOptions = useMemo(
    () => staff.map((s) => ({ value: s.id, label: s.name, pinyin: 'pinyin' in s ? String(s.pinyin ?? '') : '' })),
    [staff],
  );
  const staffName = staffOptions.find((s) => s.value === values.staffId)?.label;
  const line = readBack(t, values, staffName, i18n.language === 'en');

  const reset = () => {
    clearDraft();
    form.resetFields();
    form.setFieldsValue(emptyCall(Date.now(), siteHours));
    setProblems([]);
  };

  const submit = useCallback(async () => {
    const v: CallValues = { ...emptyCall(Date.now(), siteHours), ...form.getFieldsValue(true) };
    if (v.outcome !== 'answered' && !v.staffId) return form.setFields([{ name: 'staffId', errors: [t('form.pickStaff')] }]);
    setBusy(true);
    const a = await invoke('calls.log', toLogInput(v, Date.now()));
    setBusy(false);
    if (!a.ok) return setProblems(applyIssues(form, onFormPaths(a.error)));
    void message.success(t('form.saved', { name: v.callerName }));
    reset();
    closeForm();
    onSaved({ id: a.value.id, reason: v.reason ?? '', name: v.callerName });
    // reset only touches the stable form.
  }, [form, message, t, closeForm, onSaved, siteHours]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const needsStaff = values.outcome === 'transferred' || values.outcome === 'message';
  const becomesMessage = values.outcome === 'message' || (values.outcome === 'transferred' && values.connected === false);
  const residents = match.residents;

  return (
    <Modal
      open={formOpen}
      title={`${t('form.title')} · ${timeOf(values.receivedAt ?? Date.now())}`}
      onCancel={closeForm}
      forceRender
      // Phone first: the caller's number is what the display shows before anything is said.
      afterOpenChange={(open) => open && phoneRef.current?.focus()}
      width={880}
      footer={[
        // Out of the tab order: a Tab meant for the next field must never land here and clear the call.
        <Button key="reset" tabIndex={-1} onClick={reset}>
          {t('form.reset')}
        </Button>,
        <span key="hint" className="call-save-hint">
          {t('form.saveHint')}
        </span>,
        <Button key="save" type="primary" loading={busy} onClick={() => void submit()}>
          {t('form.save')}
        </Button>,
      ]}
    >
      <div className="call-form" onKeyDown={onKeyDown}>
        <Form form={form} layout="vertical" requiredMark={false} initialValues={emptyCall(Date.now())} onValuesChange={keep} className="call-form-fields">
          {values.late && <Alert type="warning" showIcon className="call-apology" title={t('form.apology', { site: siteName })} />}
          <div className="form-row">
            <Form.Item name="callerPhone" label={t('form.phone')}>
              <Input ref={phoneRef} inputMode="tel" maxLength={24} placeholder={t('form.phonePlaceholder')} />
            </Form.Item>
            <Form.Item name="callerName" label={t('form.name')}>
              <Input maxLength={50} placeholder={t('form.namePlaceholder')} />
            </Form.Item>
          </div>
          <div className="form-row">
            <Form.Item name="callerCompany" label={t('form.company')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="residentId" label={t('form.resident')}>
              <Select allowClear placeholder={t('form.residentNone')} options={residents.map((r) => ({ value: r.id, label: `${r.name} · ${address(r)}` }))} />
            </Form.Item>
          </div>
          <Form.Item name="late" valuePropName="checked">
            <Checkbox>{t('form.lateRings')}</Checkbox>
          </Form.Item>
          <Form.Item name="reason" label={t('form.reason')}>
            <Radio.Group optionType="button" buttonStyle="solid" options={REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) }))} />
          </Form.Item>
          <Form.Item name="summary" label={t('form.summary')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="outcome" label={t('form.outcome')}>
            <Radio.Group optionType="button" buttonStyle="solid" options={(['answered', 'transferred', 'message'] as const).map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          </Form.Item>
          {needsStaff && (
            <div className="form-row">
              <Form.Item name="staffId" label={t('form.staff')}>
                <Select
                  showSearch={{ filterOption: (q, o) => !!o && matchesStaff({ name: o.label, pinyin: o.pinyin }, q) }}
                  placeholder={t('form.staffPlaceholder')}
                  options={staffOptions}
                />
              </Form.Item>
              {values.outcome === 'transferred' && (
                <Form.Item name="connected" valuePropName="checked" label=" ">
                  <Checkbox>{t('form.connected')}</Checkbox>
                </Form.Item>
              )}
            </div>
          )}
          {needsStaff && becomesMessage && (
            <div className="form-row">
              <Form.Item name="messageText" label={t('form.messageText')} extra={t('form.messageTextHint')}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item name="callbackHours" label={t('form.callbackIn')}>
                <Select options={callbackChoices(siteHours).map((h) => ({ value: h, label: t('form.callbackHours', { count: h }) }))} />
              </Form.Item>
            </div>
          )}
          {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join('；')} />}
        </Form>
        <div className="call-aside">
          {/* Beside the fields, always in view: read it back before hanging up. */}
          <div className="call-readback" role="status" aria-live="polite">
            <strong>{t('form.readBack')}：</strong>
            {line || <span className="call-readback-empty">{t('form.readBackEmpty')}</span>}
          </div>
          <CallerLookup match={match} asked={!!values.callerPhone?.trim() || !!values.callerName?.trim()} onPick={fill} />
        </div>
      </div>
    </Modal>
  );
}
