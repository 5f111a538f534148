// Site adapters as data: where the generic rules (headings, headline-like
// links) miss a site's titles or anchor on the wrong element. `headlines`
// selects the element that holds a title's text; `skip` marks chrome to ignore.

export interface SiteAdapter {
  name: string;
  /** Host patterns as in site rules: "example.com" (also www.) or "*.example.com". */
  hosts: readonly string[];
  headlines: string;
  skip?: string;
}

export const ADAPTERS: readonly SiteAdapter[] = [
  {
    name: 'Hacker News',
    hosts: ['news.ycombinator.com'],
    headlines: '.titleline > a, .storylink',
    skip: '.subline, .subtext, .comhead, .pagetop',
  },
  {
    name: 'Reddit',
    hosts: ['*.reddit.com'],
    // New Reddit (shreddit-post), old Reddit (a.title), the 2021 redesign (data-click-id).
    headlines:
      'shreddit-post [slot="title"], a.title, [data-testid="post-title"], a[data-click-id="body"] h3',
    // The full-post link repeats the title for screen readers: badge the visible title only.
    skip: 'shreddit-comment, [data-testid="comment"], a[slot="full-post-link"], faceplate-tracker[noun="community"]',
  },
  {
    name: 'Google News',
    hosts: ['news.google.com'],
    headlines: 'article a[href^="./read/"], article a[href^="./articles/"], article h4',
  },
  {
    name: 'Google Search',
    hosts: ['*.google.com', '*.google.fr', '*.google.ca', '*.google.co.uk', '*.google.be', '*.google.ch'],
    headlines: '#search h3, #rso h3, g-section-with-header [role="heading"][aria-level="3"]',
    skip: '#searchform, [role="navigation"], cite',
  },
  {
    name: 'X',
    hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
    headlines: '[data-testid="tweetText"], [data-testid="card.layoutLarge.detail"] > div:nth-child(2)',
    skip: '[data-testid="User-Name"], [data-testid="trend"]',
  },
  {
    name: 'LinkedIn',
    hosts: ['*.linkedin.com'],
    headlines:
      '.update-components-article__title, .feed-shared-article__title, .article-card__title, h1.pulse-title',
    skip: '.update-components-actor, .comments-comments-list',
  },
  {
    name: 'Medium',
    hosts: ['medium.com', '*.medium.com'],
    headlines: '[data-testid="post-preview-title"], h3.graf--title, h2.pw-post-title, h1.pw-post-title',
    // Author and publication links sit in every card.
    skip: 'a[href^="/@"], [data-testid="authorName"], [data-testid="publicationName"]',
  },
  {
    name: 'YouTube',
    hosts: ['*.youtube.com'],
    headlines:
      'a#video-title, yt-formatted-string#video-title, h1.ytd-watch-metadata yt-formatted-string, a.yt-lockup-metadata-view-model__title',
    skip: '#comments, ytd-comments, #channel-name',
  },
  {
    name: 'Le Monde',
    hosts: ['lemonde.fr', '*.lemonde.fr'],
    headlines: '.article__title, .teaser__title, .article__title-label, .old__title',
    skip: '.article__kicker, .meta__date',
  },
  {
    name: 'Le Figaro',
    hosts: ['lefigaro.fr', '*.lefigaro.fr'],
    headlines:
      '.fig-headline, .fig-profile__headline, .fig-ensemble__title, .fig-main-title, .fig-standalone-title',
    skip: '.fig-profile__kicker, .fig-premium-mark',
  },
];

/**
 * A site rule's match (lib/sites.ts ruleMatches) for a pattern already written
 * normalised, as adapter hosts are (adapters.test.ts checks it): plain string
 * tests, where normalising every pattern cost every page 2–3 ms of regex work.
 */
export function hostMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === pattern || h === `www.${pattern}`;
}

export function adapterFor(host: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.hosts.some((pattern) => hostMatches(pattern, host)));
}
