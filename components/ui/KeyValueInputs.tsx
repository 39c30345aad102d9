// A key=value pair as two code text boxes (environment variables, service and node labels), the key first.
import { TextBox, type TextBoxProps } from "./TextBox";

export interface KeyValue {
  key: string;
  value: string;
}

/** One box's accessible name, test id, placeholder and width. */
type Side = Required<Pick<TextBoxProps, "label" | "testId" | "placeholder" | "width">>;

interface Props {
  row: KeyValue;
  onChange: (row: KeyValue) => void;
  keyBox: Side;
  valueBox: Side;
  /** Drawn between the boxes ("="). */
  separator?: string;
  type?: "text";
}

export function KeyValueInputs({ row, onChange, keyBox, valueBox, separator, type }: Props) {
  return (
    <>
      <TextBox {...keyBox} type={type} code value={row.key} onChange={(key) => onChange({ ...row, key })} />
      {separator && <span className="text-zinc-500">{separator}</span>}
      <TextBox {...valueBox} type={type} code value={row.value} onChange={(value) => onChange({ ...row, value })} />
    </>
  );
}
