// What every group of create-service fields gets: the form, a way to change it, and the problems by field.
import type { CreateForm, FormField } from "./form-model";

export interface FieldsProps {
  form: CreateForm;
  set: (patch: Partial<CreateForm>) => void;
  errors: Partial<Record<FormField, string>>;
}
