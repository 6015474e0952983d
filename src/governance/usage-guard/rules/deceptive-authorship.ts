import { gap, rx } from '../lexicon.js';
import type { GuardRule, PhraseGroup } from '../rules.js';

// Drafting in the user's own voice and name is the product's job; what the terms forbid is hiding
// that the text came from the AI or claiming a human wrote it. So every rule needs that intent.

const AI_ORIGIN: PhraseGroup = {
  name: 'AI origin',
  // "nobody can tell it's not ai" still speaks of hiding the origin.
  negation: null,
  phrases: [
    [
      /\b(?:ai|machine|computer|bot|chatgpt|gpt)[- ]?(?:generated|written|authored|produced|made|assisted)\b/,
      1,
    ],
    [
      /\b(?:written|generated|made|created|drafted|produced|composed) (?:by|with|using) (?:an? )?(?:ai|you|a bot|a machine|chatgpt|gpt|software|a tool|cohelm|copilot|an llm|a language model)\b/,
      1,
    ],
    [
      /\b(?:ai|a\.i\.|chat ?gpt|gpt(?:-?\d\w*)?|llm|a bot|a chatbot|a machine|cohelm|copilot|artificial intelligence)\b/,
      0.9,
    ],
    [/\byou wrote (?:it|this|them)\b/, 0.9],
    [/\b(?:it|this|they) (?:was|is|were|are) (?:ai[- ])?(?:generated|machine[- ]written)\b/, 0.9],
  ],
};

const CONCEALMENT: PhraseGroup = {
  name: 'concealment from readers',
  phrases: [
    [
      /\b(?:nobody|no one|no-one|noone|none of them|not a single (?:person|reader|soul))\b(?: [\w']+){0,3}? (?:(?:can|could|will|would|should|is able to|is going to|gonna) )?(?:tell|know|notice|detect|guess|suspect|realize|realise|find out|figure out|spot|see|work out)(?:s|es|ed)?\b/,
      1,
    ],
    [
      /\b(?:can't|cannot|can not|won't|will not|couldn't|wouldn't|never|unable to) (?:[\w']+ ){0,2}?(?:tell|know|notice|detect|guess|suspect|realize|realise|find out|figure out|spot|be detected|be flagged|be traced|be identified)(?:s|es|ed)?\b/,
      0.9,
    ],
    [
      /\bwithout (?:anyone|anybody|them|him|her|the (?:client|customer|reader|recipient|prospect|professor|teacher|manager|boss|editor)s?) (?:[\w']+ )?(?:knowing|noticing|realizing|realising|suspecting|finding out|being able to tell)\b/,
      1,
    ],
    [/\b(?:hide|conceal|disguise|mask|cover up|obscure)(?: the fact)? that\b/, 1],
    [/\b(?:hide|conceal|disguise|mask|obscure) (?:its|the|any|all) (?:ai|machine|bot)\b/, 0.9],
    [
      /\bremove (?:all |any |every )?(?:traces?|signs?|evidence|hints?|markers?|watermarks?|fingerprints?) (?:of|that)\b/,
      0.9,
    ],
    [
      /\b(?:don't|do not|never) (?:let (?:anyone|anybody|them|him|her|the [\w']+) (?:know|find out|see|notice|realize|realise)|mention|disclose|reveal|admit|tell (?:anyone|anybody|them|him|her|the [\w']+))\b/,
      0.8,
    ],
    [/\bundetectable\b/, 1],
    [
      /\bno (?:[\w']+ ){1,2}?(?:can|could|will|would|should)(?: ever)? (?:tell|know|notice|detect|guess|suspect|spot|see)\b/,
      0.9,
    ],
    [/\bpasses? (?:as|for) (?:human|a human|a person|hand[- ]?written)\b/, 1],
  ],
};

const CLAIM = String.raw`(?:say|says|saying|claim|claims|claiming|state|states|tell (?:them|him|her|the [\w']+|everyone|people)|insist|assure (?:them|him|her|the [\w']+)|swear|pretend|make (?:it|them|him|her|the [\w']+) (?:look|seem|sound|think|believe)|so (?:that )?(?:they|he|she|the [\w']+) (?:think|thinks|believe|believes))`;
const WROTE = String.raw`(?:wrote|typed|composed|authored|penned|drafted|created|did)`;
const BY_OWN_HAND = String.raw`(?:myself|ourselves|personally|alone|by myself|by hand|on (?:my|our) own|from scratch|without (?:any )?(?:help|ai|assistance|tools))`;
const HUMAN_WRITTEN = String.raw`(?:100% |fully |entirely |completely |really |truly )?(?:human[- ]written|human[- ]made|human[- ]authored|written by (?:a human|a person|a real person|hand|me|us|(?:our|my) (?:[\w']+ )?(?:team|analysts?|staff|writers?|copywriters?|people|employees|experts?|editors?))|hand[- ]?written|(?:my|our) own (?:work|writing)|not (?:ai|machine)[- ](?:generated|written)|not (?:written|generated|made) (?:by|with|using) (?:ai|a bot|a machine|chatgpt))`;

export const DECEPTIVE_AUTHORSHIP_RULES: GuardRule[] = [
  {
    id: 'deceptive_human_authorship.conceal-ai-origin',
    kind: 'deny',
    category: 'deceptive_human_authorship',
    description: 'Text meant to hide from its readers that the AI wrote it ("so nobody can tell it\'s AI").',
    patterns: { all: [CONCEALMENT, AI_ORIGIN] },
    weight: 1,
  },
  {
    id: 'deceptive_human_authorship.evade-ai-detection',
    kind: 'deny',
    category: 'deceptive_human_authorship',
    description: 'Rewriting text to get past AI-text detectors.',
    patterns: {
      all: [
        {
          name: 'evasion',
          phrases: [
            [
              /\b(?:undetectable|undetected|bypass|evade|beat|fool|trick|get (?:past|around|through)|pass|avoid|dodge|circumvent|slip (?:past|through)|fly under|defeat|cheat|humani[sz]e)\w*\b/,
              1,
            ],
            [
              /\b(?:not|never|won't|doesn't|don't|isn't|can't|without) (?:be |being |get |getting )?(?:flag|detect|catch|caught)\w*\b/,
              1,
            ],
            [
              /\b(?:classif|mark|rate|score|flag|label|detect|see|read|pass)\w* (?:(?:it|this|them|the [\w']+) )?as (?:human|human[- ]written|written by a human|not ai)\b/,
              1,
            ],
          ],
        },
        {
          name: 'AI detector',
          phrases: [
            [
              /\b(?:ai|gpt|chatgpt|llm|machine|bot|ai[- ](?:content|text|writing|generated(?: text| content)?))[- ]?(?:detectors?|detection|checkers?|classifiers?|scanners?)\b/,
              1,
            ],
            [/\b(?:gptzero|zerogpt|turnitin|originality(?:\.ai)?|copyleaks|winston ai|sapling)\b/, 1],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'deceptive_human_authorship.claim-human-authorship',
    kind: 'deny',
    category: 'deceptive_human_authorship',
    description: 'Asking the AI to claim that a human wrote its text, or to pass it off as human work.',
    patterns: {
      all: [
        {
          name: 'authorship claim',
          phrases: [
            [
              rx`\bpretend(?:ing)? (?:that )?(?:a |an )?(?:human|person|real person|i|me|we|someone|somebody|a colleague|my assistant|our team) (?:actually |really |personally )?(?:wrote|write|typed|composed|authored|penned|drafted|created|made)\b`,
              1,
            ],
            [
              rx`\b${CLAIM}\b ${gap(4)}(?:that )?(?:i|we) ${gap(1)}${WROTE} (?:it |this |the [\w']+ |everything |all of it |every word )?${BY_OWN_HAND}`,
              1,
            ],
            [
              rx`\b${CLAIM}\b(?: that)? (?:a human|a person|a real person|a human being|someone on (?:our|my) team|a colleague|my assistant|a professional writer|a copywriter) ${gap(1)}${WROTE}\b`,
              0.9,
            ],
            [
              rx`\b(?:${CLAIM}|promise|guarantee|certify)\b ${gap(3)}(?:that )?(?:it|this|the [\w']+|this [\w']+) (?:was|is|were|are) ${HUMAN_WRITTEN}\b`,
              1,
            ],
            [
              rx`\b(?:pass|passes|present|submit|hand in|turn in)\w* (?:(?:it|this|them) )?(?:off )?as if (?:i|we) ${WROTE} (?:it |this |them )?${BY_OWN_HAND}`,
              1,
            ],
            [
              /\bpass (?:it|this|them|the [\w']+) off as (?:my own|mine|our own|ours|human|hand[- ]?written|written by (?:me|us|a human|a person|hand)|(?:my|our|original|human) (?:own )?(?:work|writing))\b/,
              1,
            ],
            [
              rx`\b(?:present|label|market|submit|sell|publish|post|advertise|certify|mark)\w* (?:it|this|them|the [\w']+) as ${HUMAN_WRITTEN}\b`,
              0.9,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
];
