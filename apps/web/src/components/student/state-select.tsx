"use client";
// The "pick another state" dropdown the demand, break-off-talks and order forms share.
import styles from "./form.module.css";
import { useStudent } from "./student-context";

export function StateSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (stateId: string) => void;
}) {
  const { others } = useStudent();
  return (
    <select
      id={id}
      className={styles.select}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">Choose a state…</option>
      {others.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
