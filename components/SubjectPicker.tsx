// Chooses the subject in focus: community management first, then by count.
import { useId } from 'preact/hooks';

export interface SubjectOption {
  canonical: string;
  total: number;
}

export const FIRST_SUBJECT = 'community management';

/** `first` leads, the rest by count (most first), then alphabetically. */
export function orderSubjects(subjects: readonly SubjectOption[], first = FIRST_SUBJECT): SubjectOption[] {
  const lead = subjects.find((s) => s.canonical === first) ?? { canonical: first, total: 0 };
  const rest = subjects
    .filter((s) => s.canonical !== first)
    .sort((a, b) => b.total - a.total || a.canonical.localeCompare(b.canonical));
  return [lead, ...rest];
}

interface SubjectPickerProps {
  label: string;
  subjects: readonly SubjectOption[];
  value: string;
  onChange(canonical: string): void;
  optionLabel(subject: SubjectOption): string;
}

export function SubjectPicker(props: SubjectPickerProps) {
  const id = useId();
  return (
    <div class="subject-picker">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.subjects.map((s) => (
          <option key={s.canonical} value={s.canonical}>
            {props.optionLabel(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
