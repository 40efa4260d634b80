import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AnswerError } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import { useSession } from '../../../stores/session';

/** The file as base64, the way residents.import takes it over either transport. */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The residents directory from a CSV or XLSX: all or nothing, and a refused file lists every bad row. */
export function ResidentsImport() {
  const { t } = useTranslation('calls');
  const { message } = AntApp.useApp();
  const isSupervisor = useSession((s) => s.staff?.role === 'supervisor');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<AnswerError | null>(null);
  const [total, setTotal] = useState<number | null>(null);

  const count = () => void invoke('residents.search', { limit: 1 }).then((a) => a.ok && setTotal(a.value.total));
  useEffect(count, []);

  const importFile = async (file: File) => {
    setBusy(true);
    setRefused(null);
    const a = await invoke('residents.import', { filename: file.name, contentBase64: await base64Of(file) });
    setBusy(false);
    if (!a.ok) return setRefused(a.error);
    void message.success(t('residents.imported', a.value));
    count();
  };

  const rows = (refused?.issues ?? []).map((i, n) => ({ key: n, row: i.path[0] === 'rows' ? String(i.path[1]) : '—', problem: i.message }));
  return (
    <section className="panel" aria-labelledby="calls-residents">
      <div className="panel-head">
        <div>
          <h2 id="calls-residents" className="panel-title">
            {t('residents.title')}
          </h2>
          <p className="muted">{t('residents.hint')}</p>
          {total !== null && <p className="muted">{t('residents.total', { total })}</p>}
        </div>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          disabled={!isSupervisor}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} disabled={!isSupervisor}>
            {t('residents.pick')}
          </Button>
        </Upload>
      </div>
      {!isSupervisor && <p className="muted">{t('residents.supervisorOnly')}</p>}
      {refused && (
        <div data-testid="import-report">
          <Alert type="error" showIcon role="alert" title={`${t('residents.rejected')}：${refused.message}`} />
          {rows.length > 0 && (
            <Table
              size="small"
              pagination={rows.length > 10 ? { pageSize: 10 } : false}
              dataSource={rows}
              columns={[
                { title: t('residents.row'), dataIndex: 'row', width: 60 },
                { title: t('residents.problem'), dataIndex: 'problem' },
              ]}
            />
          )}
        </div>
      )}
    </section>
  );
}
