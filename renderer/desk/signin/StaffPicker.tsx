import { useState, type KeyboardEvent, type RefObject } from 'react';
import { Avatar, Empty, Input, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../../stores/staff';
import { roleLabel } from '../format';
import { matchesStaff } from './filterStaff';

/**
 * Type to filter (name or pinyin initials), arrows to move, Enter to choose. Focus stays in the
 * filter field; the list follows it (aria-activedescendant).
 */
export function StaffPicker({ people, chosenId, onChoose, inputRef }: {
  people: StaffRow[];
  chosenId: string | null;
  onChoose(person: StaffRow): void;
  inputRef: RefObject<InputRef | null>;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const shown = people.filter((p) => matchesStaff(p, query));
  const active = shown[Math.min(cursor, shown.length - 1)];

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, shown.length - 1));
    else if (e.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
    else if (e.key === 'Enter' && active) onChoose(active);
    else return;
    e.preventDefault();
  };

  return (
    <div className="staff-picker">
      <Input
        ref={inputRef}
        size="large"
        autoFocus
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('signIn.filter')}
        aria-label={t('signIn.filter')}
        aria-controls="staff-options"
        aria-activedescendant={active ? `staff-${active.id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCursor(0);
        }}
        onKeyDown={onKeyDown}
      />
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={people.length ? t('signIn.noMatch') : t('signIn.noStaff')} />
      ) : (
        <ul id="staff-options" role="listbox" aria-label={t('signIn.title')} className="staff-options">
          {shown.map((p) => (
            <li
              key={p.id}
              id={`staff-${p.id}`}
              role="option"
              aria-selected={p.id === chosenId}
              className={`staff-option${p === active ? ' is-active' : ''}${p.id === chosenId ? ' is-chosen' : ''}`}
              onClick={() => onChoose(p)}
            >
              <Avatar className="staff-avatar">{p.name.slice(0, 1)}</Avatar>
              <span className="staff-name">{p.name}</span>
              <span className="staff-role">{roleLabel(t, p.role)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
