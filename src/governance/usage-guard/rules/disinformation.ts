import { gap, rx } from '../lexicon.js';
import type { GuardRule } from '../rules.js';

const HARMFUL = String.raw`(?:fake|false|fabricated|made[- ]up|bogus|phony|phoney|fraudulent|forged|fictitious|doctored|misleading|untrue|defamatory|disinformation|misinformation|rumou?rs?|smear|threat\w*|harass\w*|reviews?)`;

// Handling harmful content someone else made is support work: replying to a fake review, reporting
// harassment, debunking a rumour. Tied to the harmful word that follows so "write a fake review and
// reply to it" is still caught.
const HANDLING_HARM = rx`\b(?:debunk|counter|correct|fight|combat|rebut|refute|respond(?:ing)? to|reply(?:ing)? to|replies to|response to|answer(?:ing)?|flag|report|detect|identify|spot|remove|take down|warn\w*|complain\w*|dispute|handle|deal with|address|moderat\w*|investigat\w*|verify|fact[- ]check|protect\w*|prevent\w*)\w*\b ${gap(3)}${HARMFUL}`;
// Writing about disinformation ("the dangers of fake news") is not producing it.
const ABOUT_HARM = rx`\b(?:about|regarding|explaining|describing|on the (?:topic|subject|dangers?|risks?) of) ${gap(4)}(?:fake news|disinformation|misinformation|propaganda|deepfakes?|rumou?rs?|fake reviews)\b`;
// Someone else made the harmful content and the user answers it: "our reviewer left false claims".
const THIRD_PARTY_HARM = rx`\b(?:left|posted|wrote|published|received|got|saw|found)\b ${gap(3)}${HARMFUL}`;
// Placeholder content for demos and tests is not meant to deceive anyone.
const PLACEHOLDER = [
  /\b(?:sample|dummy|placeholder|mock|test|demo|example|fictional|hypothetical|synthetic|lorem)\b (?:[\w']+ )?(?:data|reviews?|names?|records?|content|story|customers?|scenario|contacts?|leads?|accounts?)\b/,
  /\bfor (?:testing|the demo|a demo|our demo|training|qa|development|staging|a workshop|a role[- ]?play)\b/,
];

export const DISINFORMATION_RULES: GuardRule[] = [
  {
    id: 'disinformation.fabricated-content',
    kind: 'deny',
    category: 'disinformation',
    description: 'Creating fake news, fabricated evidence, statistics or testimonials, or spreading rumours.',
    patterns: {
      all: [
        {
          name: 'creation',
          phrases: [
            [
              /\b(?:write|create|draft|generate|make|produce|spread|publish|post|invent|fabricate|craft|compose|come up with|put out|plant|seed|circulate|share|leak|design|run|launch|start)\w*\b/,
              1,
            ],
          ],
        },
        {
          name: 'falsehood',
          phrases: [
            [
              /\b(?:fake|false|fabricated|made[- ]up|bogus|phony|phoney|fraudulent|forged|fictitious|doctored|misleading|untrue|hoax)\b (?:[\w'-]+ )?(?:news|articles?|stor(?:y|ies)|press releases?|headlines?|reports?|statistics?|stats|stud(?:y|ies)|evidence|rumou?rs?|claims?|information|info|quotes?|testimonials?|reviews?|ratings?|endorsements?|research|data|case stud(?:y|ies)|screenshots?|documents?|invoices?|certificates?|credentials?|accusations?|allegations?|posts?|tweets?|campaign|figures|numbers|results|receipts?)\b/,
              1,
            ],
            [
              /\b(?:disinformation|misinformation|propaganda|smear campaign|astroturf\w*|sock ?puppet\w*|fake news|deepfake\w*|troll farm|bot farm)\b/,
              1,
            ],
            [
              /\bmake up (?:a |an |some |the )?(?:quotes?|statistics|stats|numbers|figures|testimonials?|reviews?|stor(?:y|ies)|evidence|data|sources?|studies|research)\b/,
              1,
            ],
            [
              /\b(?:fabricat|forg)\w* (?:a |an |the |some )?(?:[\w']+ )?(?:evidence|quotes?|data|records?|documents?|emails?|signatures?|invoices?|receipts?|reviews?|testimonials?|stats|statistics|numbers|figures|results|screenshots?|contracts?)\b/,
              1,
            ],
            // The requester's own rumour, not a competitor's: "they spread a rumour about us" is news.
            [
              /\b(?<!(?:they|he|she|competitors?|someone|somebody|people|customers?|who|which|has|have|had) )(?:spread|start|circulate|plant|seed|post|leak)\w* (?:a |some |the )?rumou?rs?\b/,
              1,
            ],
          ],
        },
      ],
      unless: [HANDLING_HARM, THIRD_PARTY_HARM, ABOUT_HARM, ...PLACEHOLDER],
    },
    weight: 1,
  },
  {
    id: 'disinformation.fake-reviews',
    kind: 'deny',
    category: 'disinformation',
    description: 'Reviews or testimonials written as if by customers who did not write them.',
    patterns: {
      all: [
        {
          name: 'review',
          phrases: [
            [
              /\b(?:reviews?|ratings?|testimonials?|endorsements?|five[- ]star|5[- ]star|one[- ]star|1[- ]star)\b/,
              1,
            ],
          ],
        },
        {
          name: 'impersonation',
          phrases: [
            [
              /\bas (?:if (?:they were |it was |from )?)?(?:different|real|satisfied|happy|various|multiple|actual|genuine|verified|independent|unrelated|\d+|[a-z]+ different) (?:customers?|people|users|buyers|clients|reviewers|persons|accounts|guests|patients)\b/,
              1,
            ],
            [
              /\b(?:posing|pretending|pretend) (?:to be |as )(?:a |an )?(?:real |happy |satisfied )?(?:customers?|users?|buyers?|clients?|reviewers?|guests?|patients?)\b/,
              1,
            ],
            [
              /\b(?:under|using|with|from) (?:fake|different|made[- ]up|fictional|multiple|burner|several|many) (?:[\w']+ )?(?:names|accounts|identities|profiles|personas|emails)\b/,
              1,
            ],
            [
              /\b(?:negative|bad|1[- ]star|one[- ]star|terrible) reviews? (?:on|for|about|of) (?:our |the |their )?competitor\w*/,
              1,
            ],
          ],
        },
      ],
      unless: [HANDLING_HARM],
    },
    weight: 1,
  },
  {
    id: 'disinformation.defamation',
    kind: 'deny',
    category: 'disinformation',
    description: 'Claims about a person or competitor that the requester knows or suspects to be false.',
    patterns: {
      all: [
        {
          name: 'claim',
          phrases: [
            [
              /\b(?:say|claim|accus|spread|post|tell|write|suggest|impl[yi]|insinuat|hint|state|publish|announce|imply)\w*\b/,
              1,
            ],
          ],
        },
        {
          name: 'known falsehood',
          negation: null,
          phrases: [
            [
              /\b(?:even though|although|though|despite|even if|when) (?:it'?s|it is|that'?s|that is|this is|he'?s|she'?s|they'?re|it isn't|it'?s not|we know)? ?(?:not true|untrue|false|a lie|made up|not proven|unproven|not the case|isn't true|never happened|no evidence)\b/,
              1,
            ],
            [
              /\b(?:it|that|this) (?:didn't|did not|never) (?:really )?happen(?:ed)?\b|\b(?:which|that) (?:is|was) (?:not true|untrue|false|a lie)\b/,
              1,
            ],
            [
              /\b(?:none|nothing) of (?:it|this|that|these|them) (?:is|was|are|were) true\b|\bit'?s all (?:made up|lies|invented)\b/,
              1,
            ],
            [/\b(?:we|i) (?:have no|don't have any|haven't got|lack) (?:proof|evidence)\b/, 0.8],
            [/\b(?:without|with no) (?:any )?(?:proof|evidence)\b/, 0.8],
            [
              /\b(?:smear|defame|slander|libel|character assassination|ruin (?:his|her|their|the [\w']+'s|[\w]+'s) (?:reputation|career|name|life)|destroy (?:his|her|their|[\w]+'s) reputation)\w*\b/,
              1,
            ],
          ],
        },
      ],
      unless: [HANDLING_HARM],
    },
    weight: 1,
  },
  {
    id: 'disinformation.harassment',
    kind: 'deny',
    category: 'disinformation',
    description:
      'Harassing, threatening or intimidating a person, stalking or exposing their private details.',
    patterns: {
      all: [
        {
          name: 'harassment',
          phrases: [
            [
              rx`\b(?:write|draft|compose|send|create|generate|craft|make)\w* ${gap(2)}(?:threatening|intimidating|harassing|menacing|abusive|hateful|bullying|insulting|humiliating|degrading|vicious|nasty|hostile) (?:[\w']+ )?(?:e-?mails?|messages?|letters?|texts?|dms?|notes?|comments?|posts?|voicemails?|replies|reply|tweets?|reviews?)\b`,
              1,
            ],
            // Base forms only: "the customer threatened to churn" reports, it does not ask.
            [
              /\b(?:threaten|intimidate|harass|bully|stalk|blackmail|extort|humiliate|torment|terrori[sz]e)\b (?:him|her|them|the|this|that|our|my|their|his|[\w']+ (?:until|into|so))/,
              0.9,
            ],
            [
              /\b(?:make|scare|frighten) (?:him|her|them|the [\w']+) (?:feel )?(?:afraid|scared|unsafe|frightened|fear for)\b/,
              0.9,
            ],
            [/\b(?:scare|frighten|intimidate|threaten) (?:him|her|them|the [\w']+) (?:so|into|until)\b/, 0.9],
            [/\b(?:i|we) know where (?:you|he|she|they) live\w*\b/, 1],
            [
              /\bmake (?:his|her|their|your) li(?:fe|ves) (?:a )?(?:living )?(?:hell|miserable|a nightmare)\b/,
              1,
            ],
            [
              /\b(?:expose|leak|publish|share|post|release)\w* (?:his|her|their) (?:private|intimate|nude|personal) (?:photos?|pictures?|images?|videos?|messages?|secrets?)\b/,
              1,
            ],
            [/\b(?:write|send|draft)\w* (?:a |an )?(?:death )?threats?\b/, 0.9],
            [
              /\b(?:hurt|harm|beat up|physically attack) (?:him|her|them|you|his family|her family|their family)\b/,
              0.9,
            ],
            [/\b(?:dox+|doxx?ing|doxx?ed)\b/, 1],
            [
              /\b(?:find out where (?:he|she|they) lives?|track (?:him|her|them) down|dig up dirt on|follow (?:him|her) home)\b/,
              0.8,
            ],
            [
              rx`\b(?:publish|post|leak|expose|broadcast|tweet|dump|share|spread|reveal)\w* ${gap(3)}(?:his|her|their|the [\w']+'s|[\w]+'s) (?:home|private|personal|residential) (?:address|phone(?: number)?|number|cell|mobile|email|location|details|info\w*)\b`,
              1,
            ],
            [
              /\b(?:publish|post|leak|expose|share|spread|reveal)\w* (?:[\w']+ ){0,3}?where (?:he|she|they) lives?\b/,
              1,
            ],
          ],
        },
      ],
      unless: [
        HANDLING_HARM,
        /\b(?:legal action|lawsuit|court|collections?|debt collect\w*|late fees?|suspend\w* (?:the |their )?(?:service|account))\b/,
      ],
    },
    weight: 1,
  },
];
