// The popup's sections are the shared card (the options page uses it too).
export { Section } from '@/components/Section';
