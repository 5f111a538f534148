// English cue rules, as data. A rule is a template compiled to a regex by
// ../patterns.ts: {S}/{A} capture the subject/agent to the LEFT of the cue
// (from the start of its clause), {O} the subject to the RIGHT (to the end of
// its clause), {R} a short lazy subject; [[ … ]] marks the cue itself; other
// {NAME}s are the fragments below.
import type { RuleSpec } from '../patterns.ts';

export const EN_FRAGMENTS: Readonly<Record<string, string>> = {
  BE: "(?:is|are|was|were|'s|'re|has been|have been|had been|will be|would be|could be|might be|may be|must be|should be|is now|are now|became|become|becomes|has become|have become|is becoming|are becoming|seems|seem|seems to be|seem to be|appears to be|appear to be|looks|look|looks like it's|look like they're|gets|got|is getting|are getting|remains|remain|is declared|was declared|are declared|is pronounced|was pronounced)",
  BENEG:
    "(?:is not|isn't|are not|aren't|was not|wasn't|were not|weren't|'s not|'re not|is hardly|are hardly|is never|are never|will never be|won't be|ain't|has not been|hasn't been|have not been|haven't been|is not yet|isn't yet|are not yet|aren't yet|is still not|isn't really|aren't really|is not really|are not really|isn't quite|aren't quite)",
  ADV: '(?:[\\p{L}-]+,?\\s+and\\s+(?=(?:dead|dying|obsolete|doomed)\\b))?(?:(?:ever|now|officially|finally|really|truly|basically|effectively|essentially|practically|virtually|pretty much|all but|almost|nearly|possibly|probably|likely|clearly|definitely|totally|completely|already|slowly|quietly|mostly|largely|still|long|just|about to be|on the verge of being|going to be|soon|soon to be|as good as|kind of|sort of|actually|dead and|brain)\\s+)*',
  DEAD: '(?:(?:dead|dying|obsolete|doomed|extinct|dead[- ]on[- ]arrival|DOA|on life support|on (?:its|their) last legs|on (?:the|its|their) way out|dying out|going extinct|a thing of the past|a dying breed|(?:gone|going) the way of the (?:dodo|dinosaurs?)|a relic|on (?:its|their) deathbed)|(?:finished|over|gone|history|toast|no more|kaput|done for)(?=\\s*(?:$|[.!?;:,)"]|(?<=\\s)-|\\s(?:and|but|so|now|yet|already|for good|forever|again|anyway|in\\s+\\d{4}|in\\s+the|as|after|at\\s+last|-)\\b|\\s(?:long[- ]live|vive)\\b|\\s\\w+ly\\b)))',
  DEADANY:
    '(?:dead|dying|obsolete|doomed|extinct|finished|over|gone|done|going anywhere|going away|dead yet|irrelevant)',
  DIEV: '(?:dies|(?<!(?:has|have|had)\\s)died|is dying|are dying|was dying|were dying|had to die|has to die|must die|needs to die|need to die|should die|will die|is going to die|are going to die|is about to die|could die|may die|might die|will soon die|is set to die|never died|finally died|officially dies|quietly died|slowly died|is slowly dying|really died|goes dark|went dark|is going dark|bites the dust|bit the dust|has had its day|is no more|are no more|is being killed(?: off)?|are being killed(?: off)?|was killed(?: off)?|were killed(?: off)?|has been killed(?: off)?|have been killed(?: off)?|got killed(?: off)?|will be killed(?: off)?|(?:is shutting down|are shutting down|shuts down|will shut down)(?!\\s+[\\p{L}\\d])|is shut down|will be shut down|has been shut down|was shut down|is being shut down|to be shut down|is being discontinued|has been discontinued|have been discontinued|was discontinued|were discontinued|is discontinued|are discontinued|will be discontinued|to be discontinued|is deprecated|are deprecated|is being deprecated|has been deprecated|have been deprecated|officially deprecated|deprecated|discontinued|is being sunset(?:ted)?|has been sunset(?:ted)?|will be sunset(?:ted)?|is sunsetting(?!\\s+[\\p{L}\\d])|will be retired|is being retired|has been retired|killed (?:off\\s+)?by|(?:has|have) gone the way of the (?:dodo|dinosaurs?)|to be killed(?: off)?|to be retired|to be phased out|to be sunset(?:ted)?|is being phased out|are being phased out|will be phased out|reaches end[- ]of[- ]life|reached end[- ]of[- ]life|hits end[- ]of[- ]life|end[- ]of[- ]life|is going away|are going away|will go away|is disappearing|are disappearing|will disappear|has disappeared|have disappeared|disappears|is vanishing|are vanishing|has vanished|is fading away|are fading away|is on its deathbed|is finally gone|is gone for good|are gone for good|is being buried|has been buried|rests in peace)',
  KILLV:
    "(?:kills?|killed|is killing|are killing|'s killing|'re killing|was killing|were killing|will kill|would kill|could kill|can kill|may kill|might kill|must kill|should kill|is going to kill|are going to kill|is about to kill|is set to kill|are set to kill|wants? to kill|tries to kill|to kill|just killed|has killed|have killed|had killed|finally killed|quietly killed|officially killed|slowly killed|helped kill|helps kill|is slowly killing|are slowly killing|buries|has buried|have buried|is burying|discontinues|is discontinuing|to discontinue|will discontinue|(?:may|might|could|would|should|must)\\s+(?:discontinue|deprecate|sunset|axe|phase out|shut down)|shuts down|is shutting down|to shut down|will shut down|sunsets|sunsetted|is sunsetting|to sunset|will sunset|deprecates|is deprecating|to deprecate|will deprecate|retires|is retiring|to retire|will retire|axes|axed|is axing|to axe|pulls the plug on|pulled the plug on|to pull the plug on|is pulling the plug on|says goodbye to|said goodbye to|bids farewell to|bid farewell to|is saying goodbye to|ends support for|is ending support for|to end support for|will end support for|drops support for|is dropping support for|phases out|is phasing out|to phase out|phased out|makes obsolete|made obsolete|renders obsolete|rendered obsolete|shutting down|deprecating|discontinuing|sunsetting|phasing out|(?:'s|'re)\\s+(?:shutting down|discontinuing|sunsetting|deprecating|retiring|axing|phasing out|saying goodbye to|pulling the plug on|ending support for|dropping support for)|killing)(?: off)?",
  DEATHN:
    '(?:(?:the|a|an)\\s+)?(?:(?:slow|quiet|sad|untimely|inevitable|imminent|impending|digital|final|ultimate|real|coming|looming|long|gradual|sudden|premature|rapid|silent|strange|beginning of the|end of the|official|sorry|unceremonious|ignominious|repeated|many|multiple|second|third|several)\\s+)*(?:rise and fall|rise and demise|last nail in the coffin|beginning of the end|nail in the coffin|end[- ]of[- ]life|decline and fall|end of the road|end of the line|end of support|end of service|final goodbye|death throes|last goodbye|death knell|end of sale|extinction|final days|last days|downfall|twilight|obituary|funeral|passing|requiem|killing|demise|sunset|eulogy|deaths|death|end|twilight years|collapse|fall)',
  QAUX: "(?:is|are|was|were|has|have|had|will|would|could|can|should|does|do|did|might|may|must|shall|isn't|aren't)",
  PREP_END: '(?:of|for)',
};

export const EN_RULES: readonly RuleSpec[] = [
  // --- rebuttals: denials of a death
  {
    id: 'en-not-dead',
    examples: { yes: ['SEO is not dead'], no: ['The pandemic is not over, WHO warns'] },
    kind: 'rebuttal',
    pattern: '{S}\\s+[[{BENEG}\\s+{ADV}{DEADANY}(?:\\s+yet)?]]',
  },
  {
    id: 'en-far-from-dead',
    examples: { yes: ['SEO is not dead'], no: ['The pandemic is not over, WHO warns'] },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:is|are|'s|'re|was|seems|remains|looks)\\s+(?:still\\s+)?(?:far from|anything but|nowhere near|not quite|hardly|not)\\s+(?:being\\s+)?(?:dead|over|obsolete|finished|done|dying|extinct)]]",
  },
  {
    id: 'en-alive',
    examples: {
      yes: ['Community management is alive and well'],
      no: ["She is still alive thanks to a stranger's kidney"],
    },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:(?:(?:is|are|'s|'re|remains|remain|stays|stay)\\s+(?:still\\s+|very much\\s+|definitely\\s+|well and\\s+|alive and\\s+)*)|still\\s+)(?:alive|kicking)(?:\\s+and\\s+(?:well|kicking|thriving|growing|strong))?]]",
  },
  {
    id: 'en-never-dies',
    examples: {
      yes: ['The mainframe refuses to die'],
      no: ["How to kill a process that won't die on Linux"],
    },
    kind: 'rebuttal',
    pattern:
      "{S}\\s+[[(?:will\\s+)?(?:never|won't|refuses? to|just won't|simply won't|doesn't|don't|didn't|did not|does not|do not)\\s+(?:really\\s+|ever\\s+|actually\\s+)?(?:dies?|go away|disappear|go anywhere)|lives? on|still lives|cheats? death|rises? from the (?:dead|grave|ashes)|(?:is|are) (?:not|n't) ready to die|isn't ready to die|aren't ready to die|(?:is|are) still relevant|(?:is|are) more relevant than ever|(?:is|are) not going (?:anywhere|away)|(?:isn't|aren't) going (?:anywhere|away)|will survive|can survive|(?:is|are) here to stay]]",
  },
  {
    id: 'en-reports-exaggerated',
    examples: {
      yes: ["Reports of the desktop's death have been greatly exaggerated"],
      no: ["Reports of the singer's death have been greatly exaggerated"],
    },
    kind: 'rebuttal',
    pattern:
      "[[(?:the\\s+)?(?:reports?|rumou?rs?|news|talk|claims?)\\s+of]]\\s+{R}(?:'s?)?\\s+[[(?:death|demise|passing|end)s?\\s+(?:has|have|is|are|was|were)\\s+(?:been\\s+)?(?:greatly\\s+|vastly\\s+|highly\\s+|wildly\\s+|much\\s+|grossly\\s+|somewhat\\s+|slightly\\s+|a bit\\s+|a little\\s+|still\\s+)?(?:exaggerated|overstated|premature|overblown)]]",
  },
  {
    id: 'en-death-exaggerated',
    examples: {
      yes: ['The death of radio has been greatly exaggerated'],
      no: ['The death of the actor has been greatly exaggerated'],
    },
    kind: 'rebuttal',
    pattern:
      '[[(?:the\\s+)?(?:death|demise|end)\\s+of]]\\s+{R}\\s+[[(?:has|have|is|are|was|were)\\s+(?:been\\s+)?(?:greatly\\s+|vastly\\s+|highly\\s+|wildly\\s+|much\\s+|grossly\\s+|a bit\\s+)?(?:exaggerated|overstated|premature|overblown|a myth)]]',
  },
  {
    id: 'en-premature-obituary',
    examples: { yes: ['A premature email obituary'], no: ['A premature Stan Lee obituary'] },
    kind: 'rebuttal',
    pattern:
      '[[(?:a\\s+|the\\s+)?premature]]\\s+{R}\\s+[[(?:death notice|obituary|obituaries|funeral|eulogy|burial|requiem)]]',
  },
  {
    id: 'en-stop-saying',
    examples: { yes: ['Stop saying Facebook is dead'], no: ['Stop saying he is dead'] },
    kind: 'rebuttal',
    pattern:
      "[[(?:stop|quit|enough|no more)\\s+(?:saying|claiming|declaring|announcing|telling (?:me|us|people)|with)\\s+(?:that\\s+)?]]{R}\\s+[[(?:is|are|'s)\\s+(?:dead|dying|over|obsolete)]]",
  },
  {
    id: 'en-did-not-kill',
    examples: { yes: ["Streaming didn't kill the radio"], no: ["The driver didn't kill the cyclist"] },
    kind: 'rebuttal',
    pattern:
      "{A}\\s+[[(?:didn't|did not|won't|will not|hasn't|has not|haven't|have not|doesn't|does not|can't|cannot|couldn't|never)\\s+(?:really\\s+|actually\\s+)?(?:kill(?:ed)?|kill off|end(?:ed)?|replace(?:d)?)]]\\s+{O}",
  },
  // --- questions with their own wording
  {
    id: 'en-aux-dead',
    examples: { yes: ['Is SEO dead?'], no: ['Is it worth dying for? The ethics of extreme sports'] },
    kind: 'question',
    pattern:
      '{B}[[{QAUX}]]\\s+{R}\\s+[[{ADV}(?:dead|dying|obsolete|doomed|over|finished|gone|dead yet|extinct|(?:ever\\s+|really\\s+|finally\\s+|soon\\s+)*(?:die|disappear|vanish|go away|go extinct|become obsolete))]]',
  },
  {
    id: 'en-aux-relevant',
    examples: { yes: ['Is WordPress still relevant in 2024?'], no: ['Is the Queen still alive?'] },
    kind: 'question',
    pattern:
      '{B}[[(?:is|are|was|were)]]\\s+{R}\\s+[[(?:still\\s+)?(?:relevant|alive|a thing|worth (?:it|learning|using)|necessary|needed)(?:\\s+(?:any ?more|in\\s+\\d{4}|today|now))?\\s*\\?]]',
  },
  {
    id: 'en-survive',
    examples: { yes: ['Can independent bookstores survive?'], no: ['Can the patient survive?'] },
    kind: 'question',
    pattern:
      '{B}[[(?:can|will|could|how can|how will|how does|how do|how did)]]\\s+{R}\\s+[[(?:still\\s+)?survive]]',
  },
  {
    id: 'en-future',
    examples: { yes: ['Does jQuery still have a future?'], no: ['Does my son still have a future?'] },
    kind: 'question',
    pattern:
      '{B}[[(?:does|do|did)]]\\s+{R}\\s+[[(?:still\\s+)?have\\s+a\\s+future]]|[[is\\s+there\\s+(?:still\\s+)?(?:a\\s+)?(?:future|life|room|place)\\s+for]]\\s+{O}',
  },
  {
    id: 'en-had-its-day',
    examples: { yes: ['Has the smartwatch had its day?'], no: ['Has the old man died?'] },
    kind: 'question',
    pattern:
      '{B}[[(?:has|have|did)]]\\s+{R}\\s+[[(?:already\\s+|finally\\s+)?(?:had (?:its|their) day|run (?:its|their) course|die|died)]]',
  },
  {
    id: 'en-aux-killed',
    examples: { yes: ['Has Google Reader been killed?'], no: ['Was the soldier killed?'] },
    kind: 'question',
    pattern:
      '{B}[[(?:is|are|was|were|has|have)]]\\s+{R}\\s+[[(?:been\\s+|being\\s+|finally\\s+|already\\s+)*(?:killed|sunset|sunsetted|discontinued|deprecated|shut down|died|retired)]]',
  },
  // --- claims
  {
    id: 'en-is-dead',
    examples: {
      yes: [
        'SEO Is Dead, and Chatbots Killed It',
        'Zune, once Microsoft’s music player, is officially dead',
        'Jack Dorsey’s new social network is doomed',
      ],
      no: [
        'Millions of bees are dying and scientists want to know why',
        "Steve Jobs's widow is dead",
        "The Queen's favourite corgi is dead",
      ],
    },
    kind: 'claim',
    pattern: '{S}{_}[[{BE}\\s+{ADV}{DEAD}]]',
  },
  {
    id: 'en-dies',
    examples: {
      yes: ['The open web is dying, and nobody seems to care', "The blog 'died' ten years ago"],
      no: ['Actor Michael Gambon dies at 82', 'Veteran campaigner dies', "Actor 'died' twice on stage"],
    },
    kind: 'claim',
    pattern: '{S}\\s+[[{ADV}{DIEV}]]',
  },
  {
    id: 'en-has-died',
    examples: { yes: ['Flash has died'], no: ['Legendary guitarist has died aged 77'] },
    kind: 'claim',
    personal: true,
    pattern: '{S}\\s+[[(?:has|have)\\s+(?:just\\s+)?(?:died|passed away)]]',
  },
  {
    id: 'en-end-of-support',
    examples: { yes: ['Python 2 reaches end of life'], no: ['Patient reaches end of life'] },
    kind: 'claim',
    pattern:
      '{S}\\s+[[(?:reaches\\s+|hits\\s+|nears\\s+)?end[- ]of[- ](?:life|support|sale|service)]](?!\\s+(?:of|for)\\b)',
  },
  {
    id: 'en-death-of',
    examples: {
      yes: [
        'The Slow Death of the Banner Ad',
        'The Many Deaths of the Fax Machine',
        'The end of the streaming era',
      ],
      no: [
        'The death of Princess Diana: 25 years on',
        'Is this the end of the LeBron James era?',
        'Death of the Duke of Kent announced',
        'The deaths of three hikers in the Alps',
      ],
    },
    kind: 'claim',
    deathNoun: true,
    pattern: '[[{DEATHN}\\s+(?:of|for|to)]]\\s+{O}',
  },
  {
    id: 'en-kill',
    examples: {
      yes: [
        'Google kills Hangouts for good',
        "We're shutting down the Zorp forums",
        'Zorpcorp deprecating the Blorb API',
        'Zorpcorp is killing a feature that let you export notes',
        'Chatbots killed my job',
        'Cloud gaming killed E3',
        'Critics blast Google for “killing” the RSS reader',
        'Zorpcorp may discontinue the Blorb phone',
      ],
      no: [
        'Scientists find a drug that kills cancer cells',
        'How to kill a stuck process',
        'I once killed a $3M deal by accident',
        'These pop-ups are killing your conversion rate',
        'Gunman kills a teacher',
        'Snowstorm shuts down regional airport',
        'Zorpcorp shut down the Blorb app to fix a bug',
        'Zorpcorp shut down a lab for four years',
      ],
    },
    kind: 'claim',
    kill: true,
    pattern: '{A}{_}[[{ADV}{KILLV}]]\\s+{O}',
  },
  // a verb-first fragment, as link texts cut from a title ("killed the electric car"): the object is the subject
  {
    id: 'en-kill-fragment',
    examples: { yes: ['killed the electric car'], no: ['Killed the man who shot his wife, court hears'] },
    kind: 'claim',
    kill: true,
    pattern:
      '{B}[[(?:(?:finally|quietly|officially|effectively|slowly|just)\\s+)?(?:killed|kills)(?:\\s+off)?]]\\s+(?=(?:the|an?)\\s){O}',
  },
  // a verb-first clause of a product verb ("PHP RFC: Deprecate ${} string interpolation", "Rust 1.86 Released,
  // Deprecates i586"): these verbs end things, never people, so the clause needs no agent
  {
    id: 'en-retire-fragment',
    examples: {
      yes: ['PHP RFC: Deprecate dynamic properties', 'Rust 1.70 released, deprecates the old target'],
      no: ['How to deprecate a function in Python', 'Deprecated: what the warning means'],
    },
    kind: 'claim',
    kill: true,
    pattern: '{B}[[(?:deprecates?|discontinues?|sunsets)]]\\s+{O}',
  },
  {
    id: 'en-kill-end',
    examples: { yes: ['Stadia shuts down next month'], no: ['The old singer is shutting down'] },
    kind: 'claim',
    pattern:
      '{S}\\s+[[{ADV}(?:shuts down|(?:is\\s+|are\\s+)?shutting down|is closing down|closes down|is winding down|(?:is\\s+|are\\s+)?going away|(?:is\\s+|are\\s+)?being discontinued)]](?=\\s*(?:$|[.!?;:,-]|\\s+(?:after|for good|forever|today|this|next|on|in|at)\\b))',
  },
  {
    id: 'en-what-killed',
    examples: {
      yes: ['What killed the music video?'],
      no: ['Scientists find a drug that kills cancer cells'],
    },
    kind: 'claim',
    kill: true,
    pattern:
      "[[(?:what|who|which|that)(?:'s|\\s+is|\\s+are|\\s+has|\\s+have)?\\s+(?:really\\s+|actually\\s+|finally\\s+)?(?:killed|killing|kills|is killing|will kill)]]\\s+{O}",
  },
  {
    id: 'en-dying-adjective',
    examples: {
      yes: ['The Dying Art of Letter Writing', 'How to leave dying social networks'],
      no: ['Dying patients wait for beds', 'His dying wish was granted', 'She is dying of cancer'],
    },
    kind: 'claim',
    qualifies: true,
    pattern:
      "(?<=^|[\\s\"'‘“(])(?<!(?:is|are|was|were|be|been|being|'s|'re|of|and)\\s)[[dying]]\\s+(?!(?:of|from|in|at|to|for|on|with|after|as|out|off|young|alone|breed|wish|words|breath|days|moments|light|embers?)\\b){O}",
  },
  {
    id: 'en-obsolete-adjective',
    examples: {
      yes: ['Kernel to drop obsolete floppy drivers', 'Obsolete tech leaves owners of smart locks stranded'],
      no: ['The method is obsolete in newer releases of the kernel? No', 'Obsolete'],
    },
    kind: 'claim',
    qualifies: true,
    pattern:
      "(?<=^|[\\s\"'‘“(])(?<!(?:is|are|was|were|be|been|being|'s|'re|of|and|become|becomes|became)\\s)[[obsolete]]\\s+(?!(?:by|in|for|to|as|at|on|and|or|since|after|now)\\b){O}",
  },
  {
    id: 'en-make-obsolete',
    examples: { yes: ['Smartphones made the DSLR obsolete'], no: ['This trick makes him obsolete'] },
    kind: 'claim',
    pattern:
      '[[(?:make|makes|made|making|render|renders|rendered|rendering)]]\\s+{R}\\s+[[(?:obsolete|extinct|irrelevant|redundant)]]',
  },
  {
    id: 'en-rip',
    examples: { yes: ['Farewell to the floppy disk'], no: ['RIP Stan Lee, creator of Spider-Man'] },
    kind: 'claim',
    pattern:
      '{B}[[(?:R\\.?I\\.?P\\.?|rest in peace|farewell|good-?bye|so long|bye-bye|adieu|in memoriam|requiem for|a eulogy for|an obituary for|obituary for)]](?:\\s*[,:!-]\\s*|\\s+)(?:to\\s+)?{O}',
  },
  {
    id: 'en-rip-after',
    examples: { yes: ['Google Reader, RIP'], no: ['Stan Lee, RIP'] },
    kind: 'claim',
    pattern: '{S}\\s*[[[,:-]?\\s*(?:R\\.I\\.P\\.?|RIP)]](?=\\s*(?:$|[.!?;:,-]))',
  },
  {
    id: 'en-lifespan',
    examples: { yes: ['COBOL (1959-2024)'], no: ['John Smith (1932-2020)'] },
    kind: 'claim',
    pattern: '{S}\\s*[[\\(\\s*(?:1[89]|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d\\s*\\)]]',
  },
  {
    id: 'en-age-over',
    examples: { yes: ['The age of the gig economy is over'], no: ['The age of Queen Victoria is over'] },
    kind: 'claim',
    pattern:
      "[[(?:the\\s+)?(?:age|era|days|reign|heyday|golden age)\\s+of]]\\s+{R}\\s+[[(?:is|are|'s|was|has been|were)\\s+(?:now\\s+|finally\\s+|officially\\s+|really\\s+)?(?:over|gone|ending|done|numbered|coming to an end|behind us)]]",
  },
  {
    id: 'en-days-numbered',
    examples: { yes: ["The smartphone's days are numbered"], no: ["The dictator's days are numbered"] },
    kind: 'claim',
    pattern: "{S}(?:'s?)?\\s+[[days\\s+(?:are|may be|might be|could be)\\s+numbered]]",
  },
  {
    id: 'en-end-of-era',
    examples: { yes: ['Windows XP: the end of an era'], no: ['End of an era as legendary coach retires'] },
    kind: 'claim',
    topic: true,
    pattern: '[[(?:the\\s+)?end\\s+of\\s+an\\s+era]]',
  },
  {
    id: 'en-obituary-topic',
    examples: { yes: ['Google Reader: an obituary'], no: ['Edward Teller: an obituary'] },
    kind: 'claim',
    topic: true,
    pattern: ':\\s*[[(?:an?\\s+)?(?:obituary|eulogy)]]\\s*$',
  },
  // --- broad cues of ending (shutting down, sunsetting, deprecating, farewells, demise): they also
  // fire on airports shut for a day and people's farewells, so the model decides (see model.ts)
  {
    id: 'en-ends-left',
    examples: {
      yes: ['Paper maps are dying out', 'zorp.sync() is now deprecated'],
      no: ['They said he would die young', 'Regional airport shuts down as snowstorm hits'],
    },
    kind: 'claim',
    pattern:
      '{S}\\s+[[{ADV}(?:(?:is|are|will be|to be|was|were|has been|have been|gets|got)\\s+)?(?:(?:set|going|about|planning|plans|plan|expected|poised)\\s+to\\s+|(?:will|may|might|could|to|must)\\s+|(?:begins|began|starts|started)\\s+)?(?:shut(?:s|ting)?\\s+down|shuttered|shutters|closing\\s+down|winding\\s+down|obsoleted|deprecat(?:ed|es|ing)|discontinu(?:ed|es|ing)|sunsett?(?:ed|ing)?|say(?:s|ing)?\\s+(?:farewell|goodbye)|die(?:s|d)?\\s+(?:off|out|too soon|young)|dying\\s+(?:off|out)|go(?:es)?\\s+extinct|ends?\\s+(?:its|their)\\s+run|is\\s+ending)]]',
  },
  {
    id: 'en-ends-fragment',
    examples: {
      yes: ['Farewell to the floppy disk'],
      no: ['Jim Barker, 88, dies: farewell to the breakfast show'],
    },
    kind: 'claim',
    pattern:
      '{B}[[(?:shutting\\s+down|sunsetting|discontinuing|deprecating|retiring|saying\\s+goodbye\\s+to|saying\\s+farewell\\s+to|(?:a\\s+)?farewell\\s+to|(?:a\\s+)?goodbye\\s+to|(?:the\\s+)?(?:deprecation|discontinuation|shutdown|shutting\\s+down|sunsetting|retirement)\\s+of)]]\\s+{O}',
  },
  {
    id: 'en-ends-noun-after',
    examples: { yes: ["Google Reader's demise"], no: ['Dennis Ritchie obituary'] },
    kind: 'claim',
    pattern:
      "{S}(?:'s?)?\\s+[[(?:demise|sunset|deprecation|discontinuation|shutdown|swan song|obituary|farewell|goodbye|extinction)]](?=\\s*(?:$|[.!?;:,)\\]-]|\\s+(?:as|in|after|and|is|was|has|marks|deals|could|will|may|of)\\b))",
  },
  {
    id: 'en-declares-dead',
    examples: { yes: ['Gartner declares the desktop dead'], no: ['Doctor declares the patient dead'] },
    kind: 'claim',
    pattern:
      '[[(?:declares?|declared|declaring|pronounces?|pronounced|calls?|called)]]\\s+{R}\\s+[[(?:dead|over|obsolete|finished)]]',
  },
  {
    id: 'en-back-from-dead',
    examples: { yes: ['Vinyl is back from the dead'], no: ['The patient is back from the dead'] },
    kind: 'rebuttal',
    fixed: true,
    pattern:
      "{S}\\s+[[(?:(?:is|are|'s|'re|comes?|came)\\s+)?(?:back\\s+from\\s+the\\s+(?:dead|grave)|rises?\\s+again|un-?deprecates?|un-?deprecated|resurrected|is\\s+resurrected|returns\\s+from\\s+the\\s+dead)]]",
  },
  {
    id: 'en-left-for-dead',
    examples: {
      yes: ['After being left for dead, the PC is thriving'],
      no: ['After being left for dead, the hiker is recovering'],
    },
    kind: 'rebuttal',
    fixed: true,
    pattern:
      '[[(?:after|despite)\\s+(?:being\\s+)?(?:left|written\\s+off)\\s+for\\s+dead]]\\s*(?:in\\s+[^,]+)?,?\\s*{O}',
  },
  {
    id: 'en-still-matters',
    examples: { yes: ['Why SEO still matters'], no: ['Why he still matters'] },
    kind: 'rebuttal',
    pattern:
      '{S}\\s+[[(?:still|really still)\\s+matters?|(?:is|are)\\s+still\\s+(?:important|essential|worth it)]]',
  },
  {
    id: 'en-does-still-matter',
    examples: { yes: ['Does SEO still matter in 2025?'], no: ['Does he still matter?'] },
    kind: 'question',
    pattern:
      '{B}[[(?:does|do)]]\\s+{R}\\s+[[(?:still\\s+)?matter(?:\\s+(?:any ?more|in\\s+\\d{4}|today|now))?\\s*\\?]]',
  },
];

/** Subjects of "has died"-type cues must be known things, not names. */
export const EN_WH_WORDS: readonly string[] = [
  'why',
  'how',
  'what',
  "what's",
  'who',
  "who's",
  'which',
  'where',
  'when',
];
