/** A fieldset of radio buttons for one setting. */
interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({ legend, name, value, choices, onChange }: Props<T>) {
  return (
    <fieldset class="radios">
      <legend>{legend}</legend>
      {choices.map(c => (
        <label key={c.value}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
