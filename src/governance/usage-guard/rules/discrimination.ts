import { HUMANS, PEOPLE, rx } from '../lexicon.js';
import type { GuardRule, Phrase, PhraseGroup } from '../rules.js';

// An age cue must not read "over 50k", "older than 30 days" or "over 50 employees" as a person's age.
const AGE_NUMBER = String.raw`\d{2}(?= ?(?:years?(?: old)?|yo|y/o|\+)?(?:[,.;:!?)]|$| and\b| or\b| from\b| in\b| for\b| to\b| who\b| because\b| as\b| at\b| on\b))`;

// The protected characteristics of the terms, one regex source per family; the rules use them joined.
const CHARACTERISTICS = {
  race: String.raw`(?:race|races|racial(?:ly)?|ethnicit(?:y|ies)|ethnic(?:ally)?|skin (?:colou?r|tone)|black people|white people|caucasians?|african[- ]americans?|ethnic[- ]sounding|(?:asian|hispanic|latino|latina|arab|arabic|african|indian|chinese|jewish|muslim|foreign)[- ](?:sounding|looking)|(?:sound|sounds|sounding|look|looks|looking) (?:foreign|ethnic|muslim|jewish|arabic|african|asian|indian|hispanic|latino|black|white)|(?:asian|hispanic|latino|arab|black|white) (?:people|customers|candidates|applicants|employees|leads|names|families|neighbou?rhoods?))`,
  religion: String.raw`(?:religions?|religious|(?<!good |bad )faith|muslims?|islamic|jews|jewish|christians|christian (?:faith|customers|candidates|applicants|people|names|background)|(?<=(?:is|are|they're|he's|she's|being|as) (?:a )?)christian|hindus?|sikhs?|buddhists?|atheists?|catholics?|protestants?|mormons?|church[- ]?goers?)`,
  sexAndGender: String.raw`(?:gender|genders|sex|male|female|males|females|men(?!'s)|women(?!'s| in (?:tech|business|leadership|stem|sales|engineering|finance|product|data|ai)\b)|transgender|trans (?:people|women|men|employees|candidates|customers)|non[- ]binary|pregnan\w*|maternity|expecting a (?:baby|child)|(?:plan|planning|plans) to have (?:kids|children|a baby)|sexual orientation|sexuality|gay|lesbians?|bisexual|homosexual|lgbt\w*|queer)`,
  // "Applicants over 50", not "a health score below 60": the number must follow people.
  age: String.raw`(?:(?<=\b(?:${PEOPLE}|anyone|everyone|someone|those|ones|they|he|she|who|that)(?:'re|'s)? (?:are |is |aged )?)(?:over|above|older than|under|below|younger than)(?: the age of)? ${AGE_NUMBER}|aged? ${AGE_NUMBER}|\d{2}\+?[- ]years?[- ]old|in (?:their|his|her) (?:[2-9]0s|twenties|thirties|forties|fifties|sixties|seventies)|elderly|seniors|retirees|pensioners|boomers|millennials|gen ?z|(?:young|younger|old|older) (?:people|candidates|applicants|employees|workers|customers|talent|folks|women|men|staff)|date of birth|birth ?year|over (?:fifty|sixty|forty|sixty-five))`,
  origin: String.raw`(?:nationalit(?:y|ies)|national origin|citizenship|citizens? of|non[- ]citizens?|immigrants?|immigration status|foreigners?|foreign[- ]born|foreign (?:names?|accents?|nationals?|workers?)|accents?|country of (?:origin|birth)|place of birth|ethnic names?|migrants?|refugees?)`,
  opinionAndUnion: String.raw`(?:political (?:opinions?|views?|affiliations?|leanings?|beliefs?|party|orientation|preferences?)|democrats?|republicans?|left[- ]wing(?:ers)?|right[- ]wing(?:ers)?|(?:voted|votes|vote) for|party membership|union (?:members?|membership|activit\w*|organi[sz]\w*|affiliation)|(?:in|belong to|join(?:ed)?) a (?:trade |labou?r )?union|unioni[sz]\w*|trade unions?|labou?r unions?)`,
  // "customer health" and "account health" are CRM metrics, not a person's health.
  health: String.raw`(?:disab(?:led|ility|ilities)|handicap\w*|wheelchair\w*|impairments?|blind (?:people|customers|candidates|applicants|employees)|deaf|autis\w*|adhd|dyslexi\w*|mental (?:health|illness)|chronic(?:ally)? ill\w*|illness(?:es)?|cancer|hiv|diabet\w*|medical (?:conditions?|history|records?|data|issues?|problems?)|(?<!(?:customer|account|deal|pipeline|portfolio|client|system|server|project|financial|business) )health (?:conditions?|issues?|problems?|records?|data|history|information)|diagnos(?:is|es|ed)|genetic (?:data|information|tests?|testing)|biometric (?:data|information)|sick leave|obes\w*|marital status)`,
};

const STRONG_ACTION = String.raw`(?:(?:rank|sort|filter|exclude|screen|segment|target|prioriti[sz]e|deprioriti[sz]e|reject|disqualify|favou?r|prefer|shortlist|weed out|eliminate|single out|discriminat|profil|infer|guess|predict|deduce|classify|categori[sz]e|work out|figure out)\w*|(?:only|never|don't|do not|won't|will not) (?:hire|call|contact|email|target|show|keep|include|invite|approve|accept|serve|promote|rent to|sell to|work with|offer)|(?:only|exclusively|just) (?:to|for|among)|(?:which|who) (?:of (?:these|the|our|my|them) )?(?:[\w']+ )?(?:is|are) (?:likely|probably|possibly|most likely|secretly))`;
const WEAK_ACTION = String.raw`(?:(?:score|rate|grade|order|pick|select|choose|remove|drop|list|find|identify|tag|label|group|cluster|split|bucket|separate|divide|determine|detect|estimate|flag|hire|fire|promote|approve|accept|decline|turn away|lay off|block|deny|charge|price|assign|route|allocate|distribute)\w*|tell me|(?:offer|pay|give) (?:[\w']+ )?(?:lower|higher|less|more|different|worse|better))`;
// Up to eight words between the action and the characteristic, never across a comma or a negation, so
// "rank leads by budget, not by ethnicity" is not read as ranking by ethnicity.
const CRITERION_GAP = String.raw`(?:(?!(?:not|never|no|without|regardless|irrespective|don't|doesn't|isn't|aren't|won't|can't|shouldn't)\b)[\w'-]+ ){0,8}?`;

function actionThen(characteristic: string): Phrase[] {
  return [
    [rx`\b${STRONG_ACTION}\b ${CRITERION_GAP}${characteristic}\b`, 1],
    [rx`\b${WEAK_ACTION}\b ${CRITERION_GAP}${characteristic}\b`, 0.8],
  ];
}

const ANY_CHARACTERISTIC = Object.values(CHARACTERISTICS).join('|');
// Attributes a question can ask about: "which leads are black", "is this customer jewish".
const ASKED_ATTRIBUTE = String.raw`(?:gay|lesbian|muslim|jewish|christian|hindu|catholic|pregnant|disabled|trans\w*|immigrants?|foreign(?:ers?)?|religious|democrats?|republicans?|black|white|asian|hispanic|latino|arab|union members?)`;

const CRITERION: PhraseGroup = {
  name: 'action on a protected characteristic',
  phrases: [
    ...actionThen(`(?:${ANY_CHARACTERISTIC})`),
    [
      rx`\b(?:which|who|whether|if) (?:of )?(?:[\w']+ ){0,3}?(?:is|are) (?:likely |probably |possibly |secretly )?(?:an? )?${ASKED_ATTRIBUTE}\b`,
      1,
    ],
    [
      rx`\b(?:how likely|likelihood|probability|chances?)\b (?:that )?${CRITERION_GAP}(?:is|are|to be|being) (?:an? )?${ASKED_ATTRIBUTE}\b`,
      1,
    ],
    [
      rx`\b(?:put|move|place|push|send)\w* (?:all |the )?(?:${ANY_CHARACTERISTIC}) (?:[\w']+ ){0,2}?(?:at the bottom|at the end|last|to the back|aside|on hold|on the (?:reject|no) pile)\b`,
      1,
    ],
    [
      rx`\b(?:give|offer|charge|pay|quote|show)\w* (?:${ANY_CHARACTERISTIC}) (?:[\w']+ ){0,2}?(?:higher|lower|more|less|worse|better|different|extra)\b`,
      1,
    ],
    [
      rx`\b(?:only|exclusively|just) (?:${ANY_CHARACTERISTIC}) (?:[\w']+ ){0,2}?(?:get|gets|receive|receives|see|sees|can|should|may|will)\b`,
      1,
    ],
    [
      rx`\b(?:${ANY_CHARACTERISTIC}) (?:[\w']+ ){0,3}?(?:should|must|will|to)? ?(?:be|get|gets|are|is) (?:excluded|rejected|filtered out|deprioriti[sz]ed|removed|screened out|banned|blocked|ranked lower|charged more|flagged|skipped|ignored|avoided)\b`,
      1,
    ],
    [
      /\b(?:is|are) (?:he|she|they|this (?:person|customer|lead|contact|candidate|applicant|employee|prospect|client)) (?:an? )?(?:likely |probably )?(?:gay|lesbian|muslim|jewish|christian|hindu|catholic|pregnant|disabled|trans\w*|an? immigrant|foreign\w*|religious|democrat|republican|black|white|old|older)\b/,
      1,
    ],
  ],
};

const PEOPLE_GROUP: PhraseGroup = {
  name: 'people',
  negation: null,
  phrases: [
    [rx`\b${PEOPLE}\b`, 1],
    // Groups named by the characteristic itself: "only invite christians".
    [
      /\b(?:muslims|jews|christians|hindus|sikhs|buddhists|atheists|catholics|protestants|mormons|males|females|gays|lesbians|immigrants|migrants|refugees|foreigners|seniors|retirees|pensioners|elderly|boomers|millennials|democrats|republicans|caucasians|asians|hispanics|latinos)\b/,
      1,
    ],
    [/\b(?:him|her|them|they|he|she|someone|anyone|everyone)\b/, 0.8],
  ],
};

// Fairness work names the characteristics too: "regardless of age", "remove gender from the scoring".
const FAIRNESS = [
  /\b(?:without regard to|regardless of|irrespective of|independent(?:ly)? of|not (?:based on|considering|taking into account|factoring in|using|looking at)|blind to)\b/,
  /\b(?:don't|do not|never|must not|mustn't|shouldn't|should not|won't|will not|not|cannot|can't|no) (?:[\w']+ ){0,3}?(?:discriminat\w*|consider|use|factor|look at|take into account|ask about|infer|guess|collect|store|rely on|bias)\b/,
  /\b(?:avoid\w*|prevent\w*|eliminat\w*|reduc\w*|detect\w*|check\w*|audit\w*|test\w*|monitor\w*) (?:[\w']+ ){0,4}?(?:bias\w*|discriminat\w*|unfair\w*)/,
  /\b(?:anti|non)[- ]?discriminat\w*|\bequal (?:opportunit\w*|treatment|pay)|\bunbiased\b|\bbias[- ]free\b|\bfair (?:lending|housing|hiring)\b|\bdiversity (?:and inclusion|report|statistics|training)\b|\beeo\b/,
  /\b(?:remove|strip|exclude|drop|mask|redact|hide|delete|anonymi[sz]e)\w* (?:[\w']+ ){0,3}?(?:race|gender|age|ethnicity|religion|nationality|protected|sensitive|demographic|personal)\w* (?:[\w']+ ){0,2}?(?:fields?|data|attributes?|columns?|information|criteria|characteristics|from)\b/,
];

export const DISCRIMINATION_RULES: GuardRule[] = [
  {
    id: 'discrimination_profiling.protected-characteristic',
    kind: 'deny',
    category: 'discrimination_profiling',
    description: 'Ranking, filtering, targeting or inferring people by a protected characteristic.',
    patterns: {
      requires: rx`\b(?:${ANY_CHARACTERISTIC}|${ASKED_ATTRIBUTE})\b`,
      // People first: the cheap group, so a sentence without people never reaches the costly spans.
      all: [PEOPLE_GROUP, CRITERION],
      unless: FAIRNESS,
    },
    weight: 1,
  },
  {
    id: 'discrimination_profiling.age-of-people',
    kind: 'deny',
    category: 'discrimination_profiling',
    description: 'Sorting or filtering people by age ("rank candidates by age"); a record\'s age is fine.',
    patterns: {
      all: [
        {
          name: 'action on age',
          phrases: actionThen(
            String.raw`(?<!(?:account|deal|lead|ticket|invoice|record|pipeline|opportunity|debt|receivables?|inventory|stock|data|cache|file|domain|page|post|content|item|order|subscription|contract|case|task|email|message) )(?:ages?|how old)`,
          ),
        },
        { name: 'humans', negation: null, phrases: [[rx`\b${HUMANS}\b`, 1]] },
      ],
      unless: FAIRNESS,
    },
    weight: 1,
  },
];
