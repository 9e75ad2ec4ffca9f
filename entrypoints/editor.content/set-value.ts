// Writes a value into the host page's input the way its framework sees it. React/Fusion/Ant keep
// their own copy of the value and ignore an `input` event whose value they set themselves, so the
// value goes through the native setter of the element's prototype, then input + change are fired.
import type { TextInput } from '@/lib/sites/editor-fields';

export function setFieldValue(input: TextInput, value: string, caret = value.length): void {
  const proto = input.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.focus();
  input.setSelectionRange(caret, caret);
}
