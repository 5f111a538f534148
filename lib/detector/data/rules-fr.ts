// French cue rules, as data (same template syntax as rules-en.ts).
import type { RuleSpec } from '../patterns.ts';

const MORT =
  "(?:mort|morte|morts|mortes|fini|finie|finis|finies|terminé|terminée|terminés|terminées|enterré|enterrée|enterrés|enterrées|obsolète|obsolètes|moribond|moribonde|moribonds|moribondes|has been|ringard|ringarde|ringards|ringardes|périmé|périmée|périmés|périmées|condamnée?s?\\s+(?:à\\s+(?:disparaître|mourir|terme|l'oubli|la disparition))|condamnée?s?(?=\\s*(?:$|[,.;:!]))|(?:en|sur la)\\s+voie\\s+(?:de\\s+disparition|d'extinction)|en\\s+train\\s+de\\s+(?:mourir|disparaître|s'éteindre)|en\\s+sursis|en\\s+fin\\s+de\\s+vie|au\\s+bout\\s+du\\s+rouleau|à\\s+l'agonie|en\\s+déclin|sur\\s+le\\s+déclin|en\\s+perdition|à\\s+bout\\s+de\\s+souffle|(?:voué|vouée|voués|vouées|appelée?s?|promise?s?)\\s+à\\s+(?:disparaître|mourir|la disparition)|(?:en passe|sur le point|menacée?s?)\\s+de\\s+disparaître|mort et enterré|morte et enterrée|morts et enterrés|mortes et enterrées|dépassée?s?\\s+par|en\\s+danger\\s+d'extinction|en\\s+mort\\s+cérébrale|mourante?s?|kaput|dead)";

export const FR_FRAGMENTS: Readonly<Record<string, string>> = {
  ETRE: "(?:est|sont|était|étaient|serait|seraient|sera|seront|semble|semblent|paraît|paraissent|devient|deviennent|est devenue?|sont devenue?s|a été|ont été|serait déjà|est désormais|sont désormais|c'est|reste|restent|apparaît|apparaissent|se dit|se disent)",
  ADV: "(?:(?:bel et bien|définitivement|officiellement|vraiment|déjà|désormais|maintenant|enfin|presque|quasiment|totalement|complètement|réellement|bientôt|peut-être|encore|aussi|lentement|doucement|clairement|sans doute|probablement|cliniquement|virtuellement|en train d'être|sur le point d'être|à jamais|donc|pratiquement|tout simplement|toujours)\\s+)*",
  MORT,
  MOURIR:
    "(?:meurt|meurent|se meurt|se meurent|mourra|mourront|va mourir|vont mourir|pourrait mourir|pourraient mourir|doit mourir|doivent mourir|devrait mourir|devraient mourir|est en train de mourir|sont en train de mourir|a vécu|ont vécu|a fait son temps|ont fait leur temps|tire sa révérence|tirent leur révérence|fait ses adieux(?!\\s+(?:à|au|aux)\\b)|font leurs adieux(?!\\s+(?:à|au|aux)\\b)|disparaît|disparait|disparaissent|disparaîtra|disparaîtront|va disparaître|vont disparaître|pourrait disparaître|pourraient disparaître|peut disparaître|peuvent disparaître|doit disparaître|doivent disparaître|devrait disparaître|devraient disparaître|est appelée? à disparaître|sont appelée?s à disparaître|a disparu|ont disparu|est voué à disparaître|rend l'âme|rendent l'âme|a rendu l'âme|vit ses derniers jours|vit ses dernières heures|vivent leurs derniers jours|vivent leurs dernières heures|agonise|agonisent|s'éteint|s'éteignent|va s'éteindre|vont s'éteindre|s'est éteinte?|ferme ses portes|ferment leurs portes|fermera ses portes|va fermer ses portes|baisse le rideau|baissent le rideau|baissera le rideau|tire le rideau|s'arrête définitivement|s'arrêtera définitivement|touche à sa fin|touchent à leur fin|arrive en fin de vie|arrivent en fin de vie|est en fin de vie|sont en fin de vie|a vécu ses dernières heures|est mort et enterré|c'est fini|c'est terminé|c'est la fin|c'est bientôt fini|c'est bientôt la fin|c'est fini pour de bon|est tué|a été tuée?|tuée?s? par|ont été tuée?s|va être tuée?|est enterrée?|a été enterrée?|sera enterrée?|est supprimée?|va être supprimée?|sera supprimée?|disparaît définitivement|disparaîtra définitivement|n'existe plus|n'existera plus|n'est plus(?=\\s*(?:$|[.!?;:,-]))|vit ses derniers instants|n'existeront plus|n'a (?:pas|plus|aucun) d'avenir|n'ont (?:pas|plus|aucun) d'avenir|s'arrête(?=\\s*(?:$|[,.;:!?]|\\s+(?:le|en|à|au|après|dès|cette|ce)\\b))|s'arrêtera(?=\\s*(?:$|[,.;:!?]|\\s+(?:le|en|à|au|après|dès|cette|ce)\\b))|(?:va|vont|pourrait|pourraient|doit|doivent|devrait|devraient|risque de|risquent de|peut|peuvent)\\s+(?:bientôt|vraiment|définitivement|aussi|donc)\\s+disparaître)",
  TUER: "(?:tue|tuent|a tué|ont tué|avait tué|avaient tué|va tuer|vont tuer|pourrait tuer|pourraient tuer|peut tuer|peuvent tuer|veut tuer|veulent tuer|doit tuer|devrait tuer|devraient tuer|est en train de tuer|sont en train de tuer|tuera|tueront|a fini par tuer|achève|achèvent|a achevé|ont achevé|va achever|enterre|enterrent|a enterré|ont enterré|va enterrer|vont enterrer|enterrera|signe la fin (?:du|de la|de l'|des|de|d')|signe l'arrêt de mort (?:du|de la|de l'|des|de|d')|signent l'arrêt de mort (?:du|de la|de l'|des|de|d')|sonne le glas (?:du|de la|de l'|des|de|d')|sonnent le glas (?:du|de la|de l'|des|de|d')|a sonné le glas (?:du|de la|de l'|des|de|d')|a eu raison (?:du|de la|de l'|des|de|d')|ont eu raison (?:du|de la|de l'|des|de|d')|aura raison (?:du|de la|de l'|des|de|d')|fermera|va fermer|ferme définitivement|fermera définitivement|arrête définitivement|abandonne définitivement|dit adieu (?:à|au|aux)|disent adieu (?:à|au|aux)|fait ses adieux (?:à|au|aux)|font leurs adieux (?:à|au|aux)|a fait ses adieux (?:à|au|aux)|tourne la page (?:du|de la|de l'|des|de|d')|rend obsolètes?|rendent obsolètes?|va rendre obsolètes?|pourrait rendre obsolètes?|rendra obsolètes?|condamne|condamnent|a condamné|va condamner|pourrait condamner|met à mort|mettent à mort|achève|donne le coup de grâce (?:au|à la|à l'|aux|à)|porte le coup de grâce (?:au|à la|à l'|aux|à)|débranche|débranchent|supprime définitivement|met fin (?:à|au|aux)|mettent fin (?:à|au|aux)|va mettre fin (?:à|au|aux)|a mis fin (?:à|au|aux)|va supprimer définitivement|supprimera définitivement|vont supprimer définitivement|enterre définitivement|dit au revoir (?:à|au|aux)|disent au revoir (?:à|au|aux)|veut enterrer|veulent enterrer|pour enterrer|pour tuer|(?:a\\s+)?creusé la tombe (?:du|de la|de l'|des|de|d')|creuse la tombe (?:du|de la|de l'|des|de|d')|creusent la tombe (?:du|de la|de l'|des|de|d')|(?:a\\s+)?cloué le cercueil (?:du|de la|de l'|des|de|d'))",
  DEATHN:
    "(?:(?:la|le|l'|une|un|sa|vers la|vers le|vers une)\\s*)?(?:(?:lente|longue|douce|inexorable|inévitable|vraie|véritable|prochaine|future|programmée|triste|brutale|progressive|petite|grande|possible|probable|imminente|énième|fausse|nouvelle)\\s+)*(?:mort|fin|disparition|agonie|déclin|enterrement|obsèques|funérailles|extinction|nécrologie|oraison funèbre|requiem|glas|début de la fin|arrêt de mort|crépuscule|dernières heures|derniers jours|chant du cygne|chute|fermeture définitive|mise à mort|abandon définitif|mort cérébrale|clap de fin|suppression)(?:\\s+(?:programmée?|annoncée?|progressive|lente|définitive|inexorable|irrémédiable|lent|progressif|rapide|brutal|accéléré|continu|inéluctable|inévitable|prochaine|brutale|imminente|probable|possible|certaine|assurée|actée|officielle|confirmée|attendue|prévisible|lente et douloureuse))*",
  DE: "(?:du|de la|de l'|des|de|d')",
  INV: '(?:-t)?-(?:il|elle|ils|elles|on|ce)',
};

export const FR_RULES: readonly RuleSpec[] = [
  // --- rebuttals
  {
    id: 'fr-pas-mort',
    examples: {
      yes: ["Le CM n'est pas mort"],
      no: ["Catherine Deneuve n'est pas morte, contrairement à une rumeur"],
    },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:n'est|ne sont|n'était|n'étaient|ne serait|ne seraient|ne sera|ne seront|n'a jamais été|n'ont jamais été|ne semble|ne semblent|n'est toujours|ne sont toujours|n'est peut-être|ne sont peut-être)\\s+(?:pas|plus|point|jamais|guère)\\s+(?:encore\\s+|du tout\\s+|si\\s+|vraiment\\s+|tout à fait\\s+|complètement\\s+|près d'être\\s+|prêt à être\\s+|totalement\\s+|définitivement\\s+|morte?s? et\\s+)*{MORT}]]",
  },
  {
    id: 'fr-ne-disparait-pas',
    examples: { yes: ['La presse papier ne va pas disparaître'], no: ['Le chanteur ne va pas disparaître'] },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:ne|n')\\s*(?:va|vont|doit|doivent|devrait|devraient|peut|peuvent|pourra|pourront|risque|risquent|est|sont)\\s+(?:pas|jamais|plus|point|guère)\\s+(?:encore\\s+|près de\\s+|prêts? à\\s+|prête?s? à\\s+|de sitôt\\s+|en train de\\s+)?(?:mourir|disparaître|s'éteindre|être enterrée?s?)|(?:ne|n')\\s*(?:meurt|meurent|disparaît|disparait|disparaissent|mourra|mourront|disparaîtra|disparaîtront|s'éteint|s'éteindra|existe)\\s+(?:pas|jamais|point|plus)(?!\\s+(?:d'|de|du|des)\\b)]]",
  },
  {
    id: 'fr-vivant',
    examples: { yes: ['Le blog est toujours vivant'], no: ['Le chanteur est toujours vivant'] },
    kind: 'rebuttal',
    pattern:
      "{S}(?:\\s*,\\s*[^,.!?;:]{0,40}?)?\\s+[[(?:(?:est|sont|reste|restent|demeure|demeurent)\\s+)?(?:toujours|encore|bien|bel et bien|plus que jamais|très)\\s+(?:vivante?s?|en vie|d'actualité)]]",
  },
  {
    id: 'fr-loin-mort',
    examples: { yes: ["Le chèque est loin d'être mort"], no: ["Le blessé est loin d'être mort"] },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:est|sont|reste|restent|semble|semblent)?\\s*(?:loin d'être|pas si|pas encore|encore loin d'être|pas prête?s? d'être|pas près d'être)\\s+{MORT}]]",
  },
  {
    id: 'fr-renait',
    examples: { yes: ['Le vinyle renaît de ses cendres'], no: ['Il renaît de ses cendres'] },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:renaît|renait|renaissent|renaîtra|ressuscite|ressuscitent|revit|revivent|bouge encore|bougent encore|survit|survivent|survivra|survivront|pourra survivre|pourront survivre|va survivre|vont survivre|a de beaux jours devant (?:lui|elle)|ont de beaux jours devant eux|n'a pas dit son dernier mot|n'ont pas dit leur dernier mot|a encore de beaux jours|ont encore de beaux jours|a encore un avenir|ont encore un avenir|a un bel avenir|ont un bel avenir|résiste encore|résistent encore|tient bon|tiennent bon|fait de la résistance|font de la résistance|refuse de mourir|refusent de mourir|(?:est|sont) (?:plus|toujours) que jamais (?:d'actualité|vivante?s?|pertinente?s?))(?:\\s+(?:toujours|encore|de ses cendres|de leurs cendres))*]]",
  },
  {
    id: 'fr-arretons-de-dire',
    examples: { yes: ['Arrêtons de dire que le CM est mort'], no: ["Arrêtons de dire qu'il est mort"] },
    kind: 'rebuttal',
    pattern:
      "[[(?:arrêtons|arrêtez|cessons|cessez|arrêter|cesser|marre)\\s+de\\s+(?:dire|penser|croire|répéter|annoncer|prédire|enterrer|déclarer)\\s+(?:que\\s+|qu')?]]\\s*{R}\\s+[[(?:est|sont|va|vont)\\s+(?:mort|morte|morts|mortes|fini|finie|finis|mourir|disparaître)]]",
  },
  {
    id: 'fr-mort-exageree',
    examples: {
      yes: ['La mort du blog a été grandement exagérée'],
      no: ['La mort du chanteur a été grandement exagérée'],
    },
    kind: 'rebuttal',
    pattern:
      '[[(?:la\\s+)?(?:mort|disparition|fin)]]\\s+{DE}\\s*{R}\\s+[[(?:est|a été|était|serait)\\s+(?:très\\s+|largement\\s+|grandement\\s+|un peu\\s+|bien\\s+)?(?:exagérée|prématurée|annoncée trop tôt|un mythe)]]',
  },
  {
    id: 'fr-n-a-pas-tue',
    examples: {
      yes: ["Le livre numérique n'a pas tué le livre papier"],
      no: ["Le suspect n'a pas tué sa femme"],
    },
    kind: 'rebuttal',
    pattern:
      "{A}\\s+[[(?:n'a|n'ont|n'avait|n'aura|ne va|ne vont|ne peut|ne peuvent|ne devrait|ne devraient)\\s+(?:pas|jamais|point)\\s+(?:encore\\s+|vraiment\\s+)?(?:tué|tuer|enterré|enterrer|achevé|achever|remplacé|remplacer)|ne\\s+(?:tue|tuent|tuera|tueront|remplacera|remplaceront)\\s+(?:pas|jamais)]]\\s*{O}",
  },
  {
    id: 'fr-aucun-ne-sera-supprime',
    examples: { yes: ['Aucun bureau de poste ne sera supprimé'], no: ['Aucun habitant ne va disparaître'] },
    kind: 'rebuttal',
    fixed: true,
    pattern:
      '[[(?:aucune?|pas une?)]]\\s+{R}\\s+[[ne\\s+(?:sera|seront|va|vont)\\s+(?:être\\s+)?(?:supprimée?s?|fermée?s?|disparaître)]]',
  },
  // --- questions with their own wording
  {
    id: 'fr-est-il-mort',
    examples: {
      yes: ['Pourquoi le fax est-il mort ?'],
      no: ['Votre site est-il mort ? Vérifiez ces 5 signes'],
    },
    kind: 'question',
    pattern:
      '{S}\\s+[[(?:est|sont|serait|seraient|sera|seront|était)-(?:il|elle|ils|elles)\\s+{ADV}(?:{MORT}|condamnée?s?(?=\\s*\\?)|(?:à|en)\\s+bout\\s+de\\s+souffle)]]',
  },
  {
    id: 'fr-va-t-il-mourir',
    examples: { yes: ['La télévision va-t-elle mourir ?'], no: ['Le malade va-t-il mourir ?'] },
    kind: 'question',
    pattern:
      "{S}\\s+[[(?:va|vont|peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient|risque|risquent)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:vraiment\\s+|bientôt\\s+|un jour\\s+|encore\\s+)*(?:mourir|disparaître|s'éteindre|être enterrée?s?|survivre)]]",
  },
  {
    id: 'fr-avenir',
    examples: { yes: ["L'email a-t-il encore un avenir ?"], no: ['Mon fils a-t-il un avenir ?'] },
    kind: 'question',
    pattern:
      "{S}\\s+[[(?:a|ont|aura|auront)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:encore|toujours|vraiment|réellement|un jour)?\\s*(?:un|de l'|d')\\s*avenir|(?:a|ont)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:encore|toujours)\\s+(?:sa|leur)\\s+place|(?:a|ont)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:déjà\\s+)?vécu|(?:a|ont)(?:-t)?-(?:il|elle|ils|elles)\\s+fait (?:son|leur) temps]]",
  },
  {
    id: 'fr-quel-avenir',
    examples: { yes: ['Quel avenir pour la presse écrite ?'], no: ['Quel avenir pour mon fils ?'] },
    kind: 'question',
    pattern:
      '[[quel\\s+(?:avenir|futur)\\s+pour]]\\s+{O}|[[(?:faut-il|doit-on|peut-on|va-t-on|allons-nous)\\s+(?:enterrer|tuer|dire adieu\\s+(?:à|au|aux)|sauver|achever)]]\\s+{O}',
  },
  {
    id: 'fr-va-t-il-tuer',
    examples: {
      yes: ['Les community managers vont-ils tuer le community management ?'],
      no: ['Le suspect va-t-il tuer sa femme ?'],
    },
    kind: 'question',
    kill: true,
    pattern:
      "{A}\\s+[[(?:va|vont|peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient|a|ont|risque|risquent)(?:-t)?-(?:il|elle|ils|elles)\\s+(?:vraiment\\s+|bientôt\\s+|déjà\\s+|finir par\\s+|un jour\\s+)*(?:tuer|tué|enterrer|enterré|achever|achevé|remplacer définitivement|signer la fin (?:du|de la|de l'|des|de|d')|sonner le glas (?:du|de la|de l'|des|de|d')|avoir raison (?:du|de la|de l'|des|de|d'))]]\\s*{O}",
  },
  {
    id: 'fr-est-ce-la-fin',
    examples: { yes: ['Est-ce la fin du community management ?'], no: ['Est-ce la fin de Jacques Chirac ?'] },
    kind: 'question',
    pattern:
      "[[(?:est-ce|serait-ce|sera-ce|c'est)\\s+(?:donc\\s+|vraiment\\s+|bientôt\\s+|déjà\\s+)?{DEATHN}]]\\s*{DE}\\s*{O}(?=\\s*\\?)",
  },
  {
    id: 'fr-au-rebut',
    examples: { yes: ['Au rebut, les fax ?'], no: ['Au rebut, Jean Dupont ?'] },
    kind: 'question',
    pattern: '[[(?:au|aux)\\s+rebu[ts]s?]]\\s*,?\\s+{O}(?=\\s*\\?)',
  },
  // --- claims
  {
    id: 'fr-fin-d-une-epoque',
    examples: { yes: ["Le Minitel : la fin d'une époque"], no: ["Jean Dupont : la fin d'une époque"] },
    kind: 'claim',
    topic: true,
    pattern: "[[(?:la\\s+)?fin\\s+d'une\\s+(?:époque|ère)]]",
  },
  {
    id: 'fr-est-mort',
    examples: { yes: ['Le community management est mort'], no: ["L'acteur Jean-Paul Belmondo est mort"] },
    kind: 'claim',
    pattern:
      "{S}\\s+[[{ETRE}\\s+{ADV}{MORT}]](?!\\s+(?:de\\s+(?:rire|peur|froid|faim|fatigue|honte|soif|ennui|trouille|chaud|jalousie|inquiétude)|à\\s+(?:l'âge\\s+de\\s+)?\\d))",
  },
  {
    id: 'fr-meurt',
    examples: {
      yes: ['Les animateurs de communauté vont disparaître'],
      no: ['Un homme meurt noyé dans la Seine', 'Lyon : il meurt écrasé par un bus'],
    },
    kind: 'claim',
    pattern:
      "{S}\\s+[[{ADV}{MOURIR}]](?!\\s+(?:de\\s+(?:rire|peur|froid|faim|fatigue|honte|soif|ennui|trouille)|à\\s+(?:l'âge\\s+de\\s+)?\\d|d'un|d'une|en\\s+plein|lors|pendant|dans|sous|après\\s+(?:une|un|avoir)))",
  },
  {
    id: 'fr-tue',
    examples: {
      yes: ['Trop de partages tue le partage'],
      no: ['Les deux anciens rivaux enterrent la hache de guerre'],
    },
    kind: 'claim',
    kill: true,
    pattern: '{A}\\s+[[{ADV}{TUER}]]\\s*{O}',
  },
  // a fragment that starts with the verb, as link texts cut from a title ("a tué le minitel")
  {
    id: 'fr-tue-fragment',
    examples: { yes: ['a tué le minitel'], no: ['a tué la fillette de 8 ans'] },
    kind: 'claim',
    kill: true,
    pattern:
      "{B}[[(?:a\\s+tué|ont\\s+tué|tue|tuent|a\\s+enterré|enterre|a\\s+achevé|achève)]]\\s+(?=(?:le|la|les)\\s|l'){O}",
  },
  {
    id: 'fr-mort-de',
    examples: {
      yes: ['La mort du community management'],
      no: ['Mort de Jacques Chirac : la France rend hommage', 'Disparition de Lorène : un suspect arrêté'],
    },
    kind: 'claim',
    deathNoun: true,
    pattern: '[[{DEATHN}]]\\s*{DE}\\s*{O}',
  },
  {
    id: 'fr-fin-pour',
    examples: { yes: ['Le début de la fin pour le papier'], no: ["C'est la fin pour le joueur"] },
    kind: 'claim',
    pattern:
      "[[(?:c'est\\s+)?(?:la\\s+)?(?:fin|début de la fin)]]\\s+pour\\s+(?:le\\s+|la\\s+|les\\s+|l')\\s*{O}",
  },
  {
    id: 'fr-c-est-fini',
    examples: { yes: ["Le Minitel, c'est fini"], no: ["Le confinement, c'est fini !"] },
    kind: 'claim',
    pattern:
      "{S}\\s*,\\s*[[c'est\\s+(?:bientôt\\s+|vraiment\\s+|définitivement\\s+|bel et bien\\s+|officiellement\\s+)?(?:fini|terminé|la fin|mort|plié)]](?!\\s+pour\\b)",
  },
  {
    id: 'fr-en-voie',
    examples: {
      yes: ['Le métier de community manager est en voie de disparition'],
      no: ['Une nouvelle espèce de grenouille en voie de disparition'],
    },
    kind: 'claim',
    pattern: "{S}\\s+[[(?:en|sur la)\\s+voie\\s+(?:de\\s+disparition|d'extinction)]]",
  },
  {
    id: 'fr-condamne-a',
    examples: {
      yes: ['Le streaming condamne le DVD à disparaître'],
      no: ['La maladie condamne le patient à mourir'],
    },
    kind: 'claim',
    pattern:
      "{A}\\s+[[(?:condamne|condamnent|a condamné|pourrait condamner|va condamner)]]\\s+{R}\\s+[[à\\s+(?:disparaître|mourir|la disparition|l'oubli|mort)]]",
  },
  {
    id: 'fr-adieu',
    examples: { yes: ['Adieu Internet Explorer'], no: ["Adieu l'ami : hommage à un grand comédien"] },
    kind: 'claim',
    pattern:
      "{B}[[(?:adieu|au revoir|bye bye|requiem pour|r\\.?i\\.?p\\.?|de profundis pour|de profundis|nécrologie)]]\\s*[,:!-]?\\s*(?:à\\s+|au\\s+|aux\\s+|à la\\s+|à l')?{O}",
  },
  {
    id: 'fr-de-profundis-after',
    examples: { yes: ['Le cinéma ? De profundis'], no: ['Jean Dupont ? De profundis'] },
    kind: 'claim',
    pattern: '{S}\\s*\\?\\s*[[de\\s+profundis]]',
  },
  {
    id: 'fr-lifespan',
    examples: { yes: ['Le Minitel (1982-2012)'], no: ['Jean Dupont (1932-2020)'] },
    kind: 'claim',
    pattern: '{S}\\s*[[\\(\\s*(?:1[89]|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d\\s*\\)]]',
  },
  {
    id: 'fr-en-voie-de-disparition',
    examples: {
      yes: ['Le SMS, espèce en voie de disparition'],
      no: ['Les abeilles, une espèce en voie de disparition'],
    },
    kind: 'claim',
    pattern:
      "{S}\\s*,\\s*[[(?:une?\\s+)?(?:[\\p{L}-]+\\s+)?(?:en\\s+voie\\s+de\\s+disparition|en\\s+voie\\s+d'extinction|en\\s+sursis|en\\s+fin\\s+de\\s+vie|menacée?s?\\s+de\\s+disparition|à\\s+l'agonie|moribonde?s?)]]",
  },
  {
    id: 'fr-clap-de-fin',
    examples: { yes: ['Google Reader : clap de fin'], no: ['Jean Dupont : clap de fin'] },
    kind: 'claim',
    topic: true,
    pattern: ":\\s*[[(?:clap\\s+de\\s+fin|c'est\\s+(?:fini|terminé|la fin))]]\\s*(?:$|[:!.])",
  },
  {
    id: 'fr-vit-fin',
    examples: {
      yes: ['Le journal télévisé vit ses derniers jours'],
      no: ['Le malade vit ses derniers jours'],
    },
    kind: 'claim',
    pattern:
      '{S}\\s+[[(?:vit|vivent|vivrait|vivraient)\\s+(?:sa|leur|ses|leurs)\\s+(?:fin|derniers jours|dernières heures|dernières années|derniers mois)]]',
  },
];

export const FR_WH_WORDS: readonly string[] = [
  'pourquoi',
  'comment',
  'qui',
  'quoi',
  "qu'est-ce",
  'quand',
  'que',
  'où',
  'combien',
];
