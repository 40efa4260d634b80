import { useTranslation } from 'react-i18next';

/** A big numeric keypad (3 x 4): digits, delete, clear. The value lives in the parent. */
export function Keypad({ value, onChange, max }: { value: string; onChange(v: string): void; max: number }) {
  const { t } = useTranslation('visits');
  const press = (d: string) => value.length < max && onChange(value + d);
  return (
    <div className="vk-keypad" role="group" aria-label="keypad">
      {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
        <button key={d} type="button" className="vk-key" onClick={() => press(d)}>
          {d}
        </button>
      ))}
      <button type="button" className="vk-key vk-key-small" onClick={() => onChange('')}>
        {t('kiosk.clear')}
      </button>
      <button type="button" className="vk-key" onClick={() => press('0')}>
        0
      </button>
      <button type="button" className="vk-key vk-key-small" onClick={() => onChange(value.slice(0, -1))}>
        {t('kiosk.del')}
      </button>
    </div>
  );
}

/** 13812345678 shown as 138 1234 5678 so a visitor can check what they typed. */
export const spacedPhone = (s: string) => [s.slice(0, 3), s.slice(3, 7), s.slice(7)].filter(Boolean).join(' ');
