// The arguments obituaries keep using, one vocabulary for English and French.
// Brand names are left out: in "Google kills X" the owner ends its own product,
// which is no argument. An alias is matched as whole words after folding (case, accents, apostrophes),
// so "l'IA", "How AI" and "ChatGPT API" all name `ai`. Data only: argument.ts reads it.
export interface ArgumentEntry {
  /** Stable id, stored in timeline.json. */
  id: string;
  /** What the badge and the popup call it. */
  label: { en: string; fr: string };
  /** Names headlines use for it, in either language. */
  aliases: readonly string[];
}

export const ARGUMENTS: readonly ArgumentEntry[] = [
  {
    id: 'ai',
    label: { en: 'AI', fr: 'l’IA' },
    aliases: [
      'ai',
      'ia',
      'artificial intelligence',
      'intelligence artificielle',
      'llm',
      'llms',
      'chatgpt',
      'chatgpt api',
      'openai',
      'gemini',
      'ai art',
      'generative ai',
      'ia générative',
      'program synthesis',
    ],
  },
  {
    id: 'chatbots',
    label: { en: 'chatbots', fr: 'les chatbots' },
    aliases: ['chatbot', 'chatbots', 'agent conversationnel', 'agents conversationnels'],
  },
  {
    id: 'algorithms',
    label: { en: 'algorithms', fr: 'les algorithmes' },
    aliases: ['algorithm', 'algorithms', 'algorithm change', 'algorithme', 'algorithmes'],
  },
  {
    id: 'mobile',
    label: { en: 'mobile', fr: 'le mobile' },
    aliases: ['mobile', 'smartphone', 'smartphones', 'apps', 'mobile apps', 'applications mobiles', '5g'],
  },
  {
    id: 'social-media',
    label: { en: 'social media', fr: 'les réseaux sociaux' },
    aliases: ['social media', 'social networks', 'réseaux sociaux', 'médias sociaux'],
  },
  {
    id: 'saturation',
    label: { en: 'saturation', fr: 'la saturation' },
    aliases: ['saturation', 'too much sharing', 'trop de partages', 'overload', 'surcharge', 'infobésité'],
  },
  {
    id: 'regulation',
    label: { en: 'regulation', fr: 'la réglementation' },
    aliases: [
      'regulation',
      'regulations',
      'réglementation',
      'régulation',
      'gdpr',
      'rgpd',
      'ban',
      'gas stove ban',
      'lawsuit',
      'copyright ruling',
      'patents',
      'cease and desist',
      'scrutiny',
    ],
  },
  {
    id: 'streaming',
    label: { en: 'streaming', fr: 'le streaming' },
    aliases: ['streaming', 'streaming services', 'plateformes de streaming'],
  },
  {
    id: 'cloud',
    label: { en: 'the cloud', fr: 'le cloud' },
    aliases: ['cloud', 'the cloud', 'le cloud', 'cloud processing', 'saas', 'informatique en nuage'],
  },
  {
    id: 'covid',
    label: { en: 'covid', fr: 'le covid' },
    aliases: ['covid', 'covid-19', 'coronavirus', 'pandemic', 'the pandemic', 'pandémie', 'confinement'],
  },
  {
    id: 'remote-work',
    label: { en: 'remote work', fr: 'le télétravail' },
    aliases: ['remote work', 'working from home', 'work from home', 'télétravail'],
  },
  {
    id: 'privacy',
    label: { en: 'privacy', fr: 'la vie privée' },
    aliases: ['privacy', 'privacy focus', 'vie privée', 'topics api', 'private access tokens', 'passkeys'],
  },
  {
    id: 'security',
    label: { en: 'security', fr: 'la sécurité' },
    aliases: ['hack', 'chinese hack', 'ransomware', 'security', 'sécurité', 'piratage', 'cyberattaque'],
  },
  {
    id: 'acquisition',
    label: { en: 'an acquisition', fr: 'un rachat' },
    aliases: ['acquisition', 'google acquisition', 'apple acquisition', 'new owner', 'rachat'],
  },
  {
    id: 'cost',
    label: { en: 'money', fr: 'l’argent' },
    aliases: ['funding', 'funding constraints', 'cost of living', 'low usage', 'financement', 'coût'],
  },
  {
    id: 'big-tech',
    label: { en: 'big tech', fr: 'les GAFAM' },
    aliases: ['big tech', 'gafam', 'gafa', 'technofeudalism', 'capitalism', 'capitalisme'],
  },
];
