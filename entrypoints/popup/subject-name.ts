// A subject as the first words of a sentence. French needs the article and
// gender, so subjects known by name get their own string; the rest are quoted.
import { type MessageKey, t } from '@/lib/i18n';

const NAMED: Record<string, MessageKey> = {
  'community management': 'subjectName_community_management',
};

export function subjectName(canonical: string): string {
  const key = NAMED[canonical];
  return key ? t(key) : t('subjectName_generic', canonical);
}
