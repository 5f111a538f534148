// The options page saves its exports with the shared helper.
export { downloadText } from '@/components/download';
