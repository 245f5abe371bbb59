import { useState } from 'react';

/**
 * A form over a record's values that keeps only what the user changed: each
 * field shows the user's input if they touched it, else the record's current
 * value. So when the record is reloaded (after someone else changed it), the
 * untouched fields follow it and the user's own input stays.
 */
export function useEdits<T extends object>(current: T) {
  const [edits, setEdits] = useState<Partial<T>>({});
  const values = { ...current, ...edits } as T;
  const set =
    <K extends keyof T>(field: K) =>
    (value: T[K]) =>
      setEdits((touched) => ({ ...touched, [field]: value }));
  const touched = (field: keyof T) => Object.prototype.hasOwnProperty.call(edits, field);
  const reset = () => setEdits({});
  return { values, set, touched, reset };
}
