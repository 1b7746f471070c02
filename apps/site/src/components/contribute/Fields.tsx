// Form fields with their label, help text and the checks' messages beside them. Every
// input names its help and its messages in aria-describedby, so a screen reader reads the
// message with the field. Messages sit below the input, so a message that appears while
// someone types never moves the field they are typing in.
import type { ReactNode } from "react";
import clsx from "clsx";
import type { FieldMessage } from "../../lib/contribute/fieldProblems";
import styles from "./contribute.module.css";

/** DOM id of a form key: `sources.0.url` → `falt-sources-0-url`. */
export const inputId = (key: string) => `falt-${key.replace(/[^a-zA-Z0-9]+/g, "-")}`;
const messageId = (key: string) => `${inputId(key)}-fel`;
const helpId = (key: string) => `${inputId(key)}-hjalp`;

export interface FieldProps {
  fieldKey: string;
  label: string;
  help?: ReactNode;
  messages?: readonly FieldMessage[];
  required?: boolean;
}

export function Messages({ fieldKey, messages }: { fieldKey: string; messages?: readonly FieldMessage[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <ul className={styles.messages} id={messageId(fieldKey)}>
      {messages.map((m) => (
        <li key={m.message} className={m.severity === "error" ? styles.error : styles.warning}>
          <span className={styles.messageKind}>{m.severity === "error" ? "Fel:" : "Varning:"}</span> {m.message}
        </li>
      ))}
    </ul>
  );
}

const describedBy = (key: string, help: boolean, messages?: readonly FieldMessage[]) =>
  [help && helpId(key), messages && messages.length > 0 && messageId(key)].filter(Boolean).join(" ") || undefined;

const hasError = (messages?: readonly FieldMessage[]) => messages?.some((m) => m.severity === "error") ?? false;

function Label({ fieldKey, label, required }: { fieldKey: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={inputId(fieldKey)} className={styles.label}>
      {label}
      {required ? "" : <span className={styles.optional}> (frivilligt)</span>}
    </label>
  );
}

/** What every field shares: the frame, label, help text and messages around its control. */
export function Field({
  fieldKey,
  label,
  help,
  messages,
  required,
  helpAs: Help = "p",
  before,
  children,
}: FieldProps & { helpAs?: "p" | "div"; before?: ReactNode; children: ReactNode }) {
  return (
    <div className={clsx(styles.field, hasError(messages) && styles.fieldInvalid)}>
      <Label fieldKey={fieldKey} label={label} required={required} />
      {help && (
        <Help className={styles.help} id={helpId(fieldKey)}>
          {help}
        </Help>
      )}
      {before}
      {children}
      <Messages fieldKey={fieldKey} messages={messages} />
    </div>
  );
}

/** The attributes that tie a control to its label, help text and messages. */
export const controlProps = ({ fieldKey, help, messages }: FieldProps) => ({
  id: inputId(fieldKey),
  "aria-invalid": hasError(messages) || undefined,
  "aria-describedby": describedBy(fieldKey, Boolean(help), messages),
});

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    onBlur?: () => void;
    inputMode?: "numeric" | "url";
    type?: "text" | "url";
    autoComplete?: string;
  },
) {
  const { value, onChange, onBlur, inputMode, type = "text", autoComplete = "off" } = props;
  return (
    <Field {...props}>
      <input
        {...controlProps(props)}
        className={styles.input}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

export function TextArea(
  props: FieldProps & { value: string; onChange: (value: string) => void; onBlur?: () => void; rows?: number; children?: ReactNode },
) {
  const { value, onChange, onBlur, rows = 4, children } = props;
  return (
    <Field {...props} helpAs="div" before={children}>
      <textarea
        {...controlProps(props)}
        className={styles.textarea}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

/** A drop-down list of terms, with an empty first choice for a field that may be left out. */
export function SelectField(
  props: FieldProps & { value: string; onChange: (value: string) => void; choices: readonly Choice[]; emptyLabel: string },
) {
  const { value, onChange, choices, emptyLabel } = props;
  return (
    <Field {...props}>
      <select {...controlProps(props)} className={styles.input} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export interface Choice {
  id: string;
  label: string;
  description?: string;
}

/** Checkboxes (several values) or radio buttons (one value) in a fieldset, labelled in Swedish. */
export function ChoiceGroup(
  props: FieldProps & {
    choices: readonly Choice[];
    selected: readonly string[];
    multiple: boolean;
    onChange: (selected: string[]) => void;
    onBlur?: () => void;
  },
) {
  const { fieldKey, label, help, messages, required, choices, selected, multiple, onChange, onBlur } = props;
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) return onChange([id]);
    // In the order chosen: the first municipality chosen forms the id, as in `kb new`.
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };
  return (
    <fieldset
      className={clsx(styles.field, styles.fieldset, hasError(messages) && styles.fieldInvalid)}
      id={inputId(fieldKey)}
      aria-describedby={describedBy(fieldKey, Boolean(help), messages)}
      tabIndex={-1}
    >
      <legend className={styles.label}>
        {label}
        {required ? "" : <span className={styles.optional}> (frivilligt)</span>}
      </legend>
      {help && (
        <p className={styles.help} id={helpId(fieldKey)}>
          {help}
        </p>
      )}
      <div className={styles.choices}>
        {choices.map((choice) => {
          const id = `${inputId(fieldKey)}-${choice.id}`;
          return (
            <div key={choice.id} className={styles.choice}>
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                name={inputId(fieldKey)}
                value={choice.id}
                checked={selected.includes(choice.id)}
                onChange={(event) => toggle(choice.id, event.target.checked)}
                onBlur={onBlur}
              />
              <label htmlFor={id}>
                {choice.label}
                {choice.description && <span className={styles.choiceDescription}> – {choice.description}</span>}
              </label>
            </div>
          );
        })}
      </div>
      <Messages fieldKey={fieldKey} messages={messages} />
    </fieldset>
  );
}
