// The desk forms' parts: one way to label a field, show its error and hint, style a control and submit.
export { FieldError, fieldErrorId } from './error'
export { Field, fieldAria, hintId, type FieldOptions, type FieldProps } from './field'
export { Input, Options, Select, Textarea, type Labelled } from './input'
export { buttonClass, inputClass, labelClass } from './styles'
export { FormStatus } from './status'
export { Submit } from './submit'
