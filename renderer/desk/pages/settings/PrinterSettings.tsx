import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Select, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../core/api-types';
import type { PrintTarget } from '../../../../core/settings/registry';
import { invoke } from '../../../api/client';

interface PrinterInfo {
  name: string;
  displayName: string;
}

/** What the Electron preload adds for this screen; browser mode has neither. */
interface PrinterBridge {
  printers?: () => Promise<Answer<PrinterInfo[]>>;
  print?: (req: { view: string; template: PrintTarget }) => Promise<unknown>;
}

const bridge = () => window.frontDesk as (typeof window.frontDesk & PrinterBridge) | undefined;
const PREFIX = 'printer.';

/** Settings 打印机: which printer of this PC each document goes to, with a test page for each. */
export function PrinterSettings() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  // The targets are the printer.* settings the core knows, in its order: one list, kept there.
  const [chosen, setChosen] = useState<Partial<Record<PrintTarget, string>> | null>(null);
  const [printers, setPrinters] = useState<PrinterInfo[] | null>(null);

  useEffect(() => {
    void invoke('settings.get').then((a) => {
      if (!a.ok) return;
      const entries = Object.entries(a.value).filter(([k]) => k.startsWith(PREFIX));
      setChosen(Object.fromEntries(entries.map(([k, v]) => [k.slice(PREFIX.length), String(v ?? '')])));
    });
    void bridge()
      ?.printers?.()
      .then((a) => a.ok && setPrinters(a.value));
  }, []);

  const desktop = !!bridge()?.printers;
  const options = [
    { value: '', label: t('settings.printers.systemDefault') },
    ...(printers ?? []).map((p) => ({ value: p.name, label: p.displayName })),
  ];
  const choose = async (target: PrintTarget, printer: string) => {
    const a = await invoke('settings.set', { key: `${PREFIX}${target}`, value: printer });
    if (!a.ok) return void message.error(a.error.message);
    setChosen((c) => ({ ...c, [target]: printer }));
    const name = options.find((o) => o.value === printer)?.label ?? printer;
    void message.success(t('settings.printers.saved', { target: t(`settings.printers.target.${target}`), printer: name }));
  };

  return (
    <section className="panel printer-settings">
      <Typography.Title level={2} className="panel-title">
        {t('settings.printers.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.printers.body')}</Typography.Paragraph>
      {!desktop && <Alert type="info" showIcon message={t('settings.printers.browserMode')} className="printer-settings-note" />}
      <dl className="printer-list">
        {Object.entries(chosen ?? {}).map(([key, value]) => {
          const target = key as PrintTarget;
          const label = t(`settings.printers.target.${target}`);
          // A printer chosen earlier and now gone still shows by name, so nobody wonders where it went.
          const known = options.some((o) => o.value === value);
          return (
            <div key={target} className="printer-row">
              <dt id={`printer-${target}`}>{label}</dt>
              <dd>
                <Select
                  aria-labelledby={`printer-${target}`}
                  value={value}
                  disabled={!desktop}
                  options={known ? options : [...options, { value: value ?? '', label: value ?? '' }]}
                  onChange={(v: string) => void choose(target, v)}
                  className="printer-select"
                />
                {desktop && (
                  <Button icon={<PrinterOutlined />} onClick={() => void bridge()?.print?.({ view: 'test', template: target })} aria-label={`${t('settings.printers.testPage')}: ${label}`}>
                    {t('settings.printers.testPage')}
                  </Button>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
