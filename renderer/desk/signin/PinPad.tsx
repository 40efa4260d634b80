import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** On-screen digits for a mouse or a touch desk; the keyboard types straight into the PIN field. */
export function PinPad({ onDigit, onClear, onDelete, disabled }: {
  onDigit(d: string): void;
  onClear(): void;
  onDelete(): void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="pin-pad">
      {DIGITS.map((d) => (
        <Button key={d} size="large" disabled={disabled} onClick={() => onDigit(d)}>
          {d}
        </Button>
      ))}
      <Button size="large" disabled={disabled} onClick={onClear}>
        {t('signIn.clear')}
      </Button>
      <Button size="large" disabled={disabled} onClick={() => onDigit('0')}>
        0
      </Button>
      <Button size="large" disabled={disabled} onClick={onDelete} aria-label={t('signIn.delete')}>
        ⌫
      </Button>
    </div>
  );
}
