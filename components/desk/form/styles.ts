// The desk forms' one look for labels, text inputs, selects and text areas, and for their main button.
export const labelClass = 'text-sm font-medium'
export const inputClass = 'mt-1 w-full rounded border border-stone-300 px-3 py-2 aria-invalid:border-red-600'
export const buttonClass = 'rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60'
