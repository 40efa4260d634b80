import { Empty, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';

export interface MatterItem {
  key: string;
  title: string;
  detail?: string;
  due?: number | null;
  overdue?: boolean;
  note?: string | null;
}

interface Props {
  matters: Record<string, MatterItem[]>;
  /** Each kind's label, translated by the core: a kind a new book adds shows without UI code. */
  kinds: Record<string, string>;
  /** Editable notes (the draft); without it, stored notes are shown. */
  notes?: Record<string, string>;
  onNote?(key: string, text: string): void;
}

/** The open matters grouped by kind, overdue first (as the core sorts them), with a note on each. */
export function MatterGroups({ matters, kinds, notes, onNote }: Props) {
  const { t } = useTranslation('handover');
  const groups = Object.entries(matters).filter(([, list]) => list.length > 0);
  if (groups.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('draft.noMatters')} />;
  return (
    <div className="matter-groups">
      {groups.map(([kind, list]) => (
        <section key={kind} className="matter-group" aria-label={kinds[kind] ?? kind}>
          <h3 className="matter-kind">
            {kinds[kind] ?? kind} <Tag>{list.length}</Tag>
          </h3>
          <ul className="matter-list">
            {list.map((m) => (
              <li key={m.key} className={m.overdue ? 'matter overdue' : 'matter'}>
                <div className="matter-head">
                  <span className="matter-title">{m.title}</span>
                  {m.overdue && <Tag color="error">{t('draft.overdue')}</Tag>}
                  {m.due ? <span className="matter-due">{t('draft.due', { at: dayjs(m.due).format('MM-DD HH:mm') })}</span> : null}
                </div>
                {m.detail && <div className="matter-detail">{m.detail}</div>}
                {onNote ? (
                  <Input
                    size="small"
                    className="matter-note"
                    maxLength={500}
                    placeholder={t('draft.notePlaceholder')}
                    aria-label={t('draft.noteFor', { title: m.title })}
                    value={notes?.[m.key] ?? ''}
                    onChange={(e) => onNote(m.key, e.target.value)}
                  />
                ) : (
                  m.note && <div className="matter-note-text">{m.note}</div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
