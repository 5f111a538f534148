// Words and short phrases of which at least one appears in every headline the
// detector can flag. Kept small: this list ships in every web page.
// Each entry is one or more lower-case words separated by spaces or
// apostrophes (a hyphen in the text splits words too: write "good bye"), no
// other punctuation: a word ending in `*` matches
// any word that starts with it ("dead*": dead, deadly, deader). No regex: the
// prefilter looks the text's words up in a Set (see ../prefilter.ts).
// Written as '|'-separated words, a line break also separating two entries: one
// entry a line would make the module twice its size, and it ships in every page.
const EN = `
dead*|death*|die|dies|died|dying|kill*|rip|r i p|ri p|r ip|obituar*|obsolescence|end|ends|ending
over|finished|doomed|gone|extinct*|farewell|goodbye|good bye|so long|funeral|eulogy|requiem|sunset*
discontinu*|shut*|deprecat*|retir*|axe|axes|axed|axing|alive|surviv*|relevant|bury|buries|buried
burying|pull the plug|pulls the plug|phas* out|goes dark|went dark|the dust|no more|history|toast
last legs|life support|way out|disappear*|vanish*|future|exaggerated|thing of the past|numbered
had its day|had their day|declin*|downfall|kaput|doa|twilight|live on|lives on|going away
going anywhere|passing*|nail in the coffin|death knell|has been|run its course|run their course
rise and fall|still a thing|way of the dodo|way of the dinosaur|way of the dinosaurs|still matter
still matters|demise*|done|irrelevant|redundant|kicking|go away|go anywhere|going dark|fading away
rest in peace|rests in peace|in memoriam|bye bye|passed away|final days|last days|collapse|fall
pull* the plug|support for|closing down|closes down|winding down|obsolet*|behind us|swan song
from the grave|rise again|rises again|undeprecat*|resurrect*|still important|still essential
still worth|needed|necessary|matter|room for|place for|life for|burial|replace|replaced|ended|relic
a thing|worth it|worth learning|worth using|still lives|the ashes|here to stay
`;
const FR = `
mort|morte|morts|mortes|meur*|mour*|tue|tué|tuée|tués|tuées|tuer|tuent|tuera|tueront|tuerait
tueraient|tueur*|fin|fini*|termin*|dispar*|obsolète|obsolètes|enterr*|adieu|adieux|glas|révérence
de profundis|rebut|rebuts|rebus|rebuss|survi*|surve*|vivant|vivante|vivants|vivantes|avenir|renait*
renaît*|renaissent|ressuscit*|agon*|déclin*|condamn*|ferm*|funérailles|obsèques|nécrologie|décès
a vécu|ont vécu|fait son temps|rend l'âme|s'éteint|crépuscule|extinction|achève*|moribond*|sursis
dernier mot|beaux jours|derniers jours|dernières heures|eu raison|aura raison|chant du cygne
grandeur et décadence|supprim* définitivement|n'est plus|derniers instants|met fin|mettent fin
ringard*|périmé*|éteindre|éteign*|éteint*|rouleau|perdition|souffle|dépass* par|en vie|d'actualité
revit|revivent|bouge encore|bougent encore|résiste encore|résistent encore|tient bon|tiennent bon
résistance|achev*|remplacé|remplacer|remplacera|remplaceront|supprim*|suppression|sa place
leur place|futur|sauver|avoir raison|oraison|chute|abandon définitif|abandonne définitivement|plié
jamais pertinent*|il vécu|elle vécu|ils vécu|elles vécu|déjà vécu|au revoir|dernières années
derniers mois|fait leur temps|rendent l'âme|rendu l'âme|rideau|s'arrête|s'arrêtera
arrête définitivement|existe plus|existera plus|existeront plus|tourne la page|coup de grâce
débranch*|la tombe|cercueil
`;

export const PREFILTER_CUES: readonly string[] = `${EN}|${FR}`.split(/[|\n]/).filter(Boolean);

/** "(1982-2012)": a lifespan in brackets announces a death without a death word. */
export const PREFILTER_LIFESPAN = '\\(\\s*(?:1[89]|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d\\s*\\)';
