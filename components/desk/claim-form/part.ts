// What the claim form's parts get from it: each field's starting value, and a key that remounts a field when the
// conflict view puts a saved value into it.
import type { FormState } from '@/lib/actions/form-state'

export interface PartProps {
  value: (field: string) => string
  fieldKey: (field: string) => string
  state: FormState<unknown>
}
