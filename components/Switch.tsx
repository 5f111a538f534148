// An on/off control: a native checkbox exposed as role="switch" (keyboard and
// screen readers for free), styled in base.css.
import type { JSX } from 'preact';

interface SwitchProps {
  label: JSX.Element | string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
  id?: string;
  describedBy?: string;
}

export function Switch({ label, checked, disabled, onChange, id, describedBy }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
