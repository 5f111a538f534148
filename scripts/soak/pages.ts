// The soak's test pages, written to a folder the static server serves: hostile
// pages (synthetic clicks, forged links, floods, spoofed messages, body swaps,
// badge vandalism) and heavy ones (a huge DOM, constant re-rendering, an
// endless feed). Every claim is "<Noun> <n> is dead", which the detector flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sizes {
  tabs: number;
  /** Heavy page: nodes, links, claims. */
  nodes: number;
  links: number;
  claims: number;
  /** How long the hostile scripts and the re-rendering run. */
  runMs: number;
  flood: number;
}

const page = (title: string, body: string, script = '') =>
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
${body}
${script ? `<script>\n${script}\n</script>` : ''}
</body></html>
`;

const claims = (noun: string, from: number, count: number, tag = 'h2') =>
  Array.from({ length: count }, (_, i) => `<${tag}>${noun} ${from + i} is dead</${tag}>`).join('\n');

function tab(n: number): string {
  return page(`Tab ${n}`, claims('Widget', n * 100, 5));
}

/** Clicks every badge's "Not a death claim" from the page's own script, the ways a page can. */
function syntheticClicks(runMs: number): string {
  return page(
    'Synthetic corrections',
    claims('Gadget', 0, 20),
    `window.attempts = 0;
const end = performance.now() + ${runMs};
const timer = setInterval(() => {
  if (performance.now() > end) return clearInterval(timer);
  for (const host of document.querySelectorAll('ndy-badge')) {
    const root = host.shadowRoot;
    if (!root) continue;
    root.querySelector('button.mark')?.click();
    const dismiss = root.querySelector('button.dismiss');
    if (!dismiss) continue;
    dismiss.click();
    dismiss.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    dismiss.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
    window.attempts += 3;
  }
}, 100);`,
  );
}

/** Headlines linking to another site, each beside a <time>: claims filed under that site and year, if trusted. */
function forged(): string {
  const cards = Array.from(
    { length: 20 },
    (_, i) =>
      `<article><time datetime="2013-0${(i % 9) + 1}-02">2013</time><h2><a href="https://www.nytimes.com/2013/0${(i % 9) + 1}/02/story-${i}.html">Gizmo ${i} is dead</a></h2></article>`,
  ).join('\n');
  return page('Forged provenance', cards);
}

function flood(count: number): string {
  const links = Array.from(
    { length: count },
    (_, i) => `<h3><a href="/item/${i}">Floodgate ${i} is dead</a></h3>`,
  );
  return page('Flood', links.join('\n'));
}

/** Messages and events a page may throw at a content script: none may do anything. */
function spoof(runMs: number): string {
  return page(
    'Spoofed messages',
    claims('Sprocket', 0, 10),
    `window.attempts = 0;
window.extensionId = new URLSearchParams(location.search).get('id');
const end = performance.now() + ${runMs};
const junk = [
  { type: 'dismissed-changed' }, { type: 'reveal', index: 0 }, { type: 'list-hits' },
  { type: 'record', items: [{ text: 'Forged claim is dead' }], page: { url: 'https://www.nytimes.com/' } },
  { type: 'dismiss', text: 'Sprocket 1 is dead' }, '<img src=x onerror=alert(1)>', null, 42,
];
const timer = setInterval(() => {
  if (performance.now() > end) return clearInterval(timer);
  for (const message of junk) {
    window.postMessage(message, '*');
    document.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: message }));
    window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: message }));
    window.attempts += 3;
  }
  // The extension's own content-script-started event, as a page that knows the extension id sends it.
  if (window.extensionId) {
    document.dispatchEvent(new CustomEvent(window.extensionId + ':content:wxt:content-script-started', {
      detail: { contentScriptName: 'content', messageId: 'forged' },
    }));
    window.dispatchEvent(new Event(window.extensionId + ':content:wxt:locationchange'));
    window.attempts += 2;
  }
}, 50);
// Claims added after the spoofing began: still badged if the content script is alive.
setTimeout(() => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(claims('Sprocket', 100, 5))}), ${Math.round(runMs / 2)});`,
  );
}

/** Three body swaps, one claim after each. */
function bodySwap(): string {
  return page(
    'Body swaps',
    claims('Cog', 0, 2),
    `function body(html) { const b = document.createElement('body'); b.innerHTML = html; return b; }
setTimeout(() => document.body.replaceWith(body('<h2>Cog 10 is dead</h2>')), 800);
setTimeout(() => { document.body = body('<h2>Cog 20 is dead</h2>'); }, 1600);
setTimeout(() => { document.open(); document.write('<!doctype html><title>Written</title><h2>Cog 30 is dead</h2>'); document.close(); }, 2400);
setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<h2>Cog 40 is dead</h2>'), 3200);`,
  );
}

/** Deletes and moves the badges as they appear. */
function vandal(runMs: number): string {
  return page(
    'Badge vandal',
    `<section id="a">${claims('Bolt', 0, 15)}</section><section id="b"></section>`,
    `window.attempts = 0;
const end = performance.now() + ${runMs};
let flip = false;
const timer = setInterval(() => {
  if (performance.now() > end) return clearInterval(timer);
  flip = !flip;
  for (const host of document.querySelectorAll('ndy-badge')) {
    if (flip) host.remove();
    else document.getElementById('b').append(host);
    window.attempts++;
  }
  // Headlines moved between sections too.
  const h = document.querySelector('#a h2');
  if (h) document.getElementById('b').append(h);
}, 120);`,
  );
}

function heavy(sizes: Sizes): string {
  // Each row: a div with a link and spans; every links/claims-th link is a claim.
  const rows: string[] = [];
  const perRow = Math.max(1, Math.round(sizes.nodes / sizes.links) - 1);
  const every = Math.max(1, Math.floor(sizes.links / sizes.claims));
  let claim = 0;
  for (let i = 0; i < sizes.links; i++) {
    const isClaim = i % every === 0 && claim < sizes.claims;
    const text = isClaim ? `Heavyweight ${claim++} is dead` : `Story ${i} about the weather and gardens`;
    rows.push(`<div><a href="/s/${i}">${text}</a>${'<span>·</span>'.repeat(Math.max(0, perRow - 2))}</div>`);
  }
  return page('Heavy', rows.join('\n'));
}

/** Re-renders its headlines (new elements, same texts) every 50 ms. */
function rerender(runMs: number): string {
  return page(
    'Re-rendering',
    '<main id="app"></main>',
    `const titles = ${JSON.stringify(Array.from({ length: 10 }, (_, i) => `Rerun ${i} is dead`).concat(Array.from({ length: 30 }, (_, i) => `Weather report ${i}`)))};
function render() {
  document.getElementById('app').replaceChildren(...titles.map((t) => { const h = document.createElement('h2'); h.textContent = t; return h; }));
}
render();
const end = performance.now() + ${runMs};
const timer = setInterval(() => { if (performance.now() > end) clearInterval(timer); else render(); }, 50);`,
  );
}

/** An endless feed: a new story every 100 ms, one claim in five. */
function feed(runMs: number): string {
  return page(
    'Endless feed',
    '<main id="feed"></main>',
    `let n = 0;
const end = performance.now() + ${runMs};
const timer = setInterval(() => {
  if (performance.now() > end) return clearInterval(timer);
  const h = document.createElement('h2');
  h.textContent = n % 5 === 0 ? 'Feedline ' + n + ' is dead' : 'Feed story ' + n + ' about the weather';
  document.getElementById('feed').append(h);
  n++;
}, 100);`,
  );
}

export function writePages(dir: string, sizes: Sizes): void {
  mkdirSync(join(dir, 'tabs'), { recursive: true });
  for (let n = 0; n < sizes.tabs; n++) writeFileSync(join(dir, 'tabs', `${n}.html`), tab(n));
  const files: Record<string, string> = {
    'synthetic-clicks.html': syntheticClicks(sizes.runMs),
    'forged.html': forged(),
    'flood.html': flood(sizes.flood),
    'spoof.html': spoof(sizes.runMs),
    'body-swap.html': bodySwap(),
    'vandal.html': vandal(sizes.runMs),
    'heavy.html': heavy(sizes),
    'rerender.html': rerender(sizes.runMs),
    'feed.html': feed(sizes.runMs),
    'wall.html': page('At the wall', claims('Spanner', 0, 50)),
    'browse.html': page('Browsing', claims('Ratchet', 0, 5)),
    'leak.html': page('Any subject', '<h2>SEO is dead</h2>'),
  };
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
}
