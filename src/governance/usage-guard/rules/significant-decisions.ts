import { gap, rx, WRITING_ABOUT } from '../lexicon.js';
import type { GuardRule } from '../rules.js';

// Credit notes, credit cards and "premium" plans are everyday CRM words, not credit or insurance decisions.
const CREDIT = String.raw`(?:loans?|credit(?! notes?| memos?| cards?| card| balance| to (?:the|their|his|her) account)|mortgages?|financing|credit lines?|lines? of credit|payment plans?|instal+ment plans?|lease applications?|bnpl|overdraft)`;
const CUSTOMER = String.raw`(?:customers?|clients?|buyers?|shoppers?|patrons?|him|her|this (?:person|buyer|user|shopper|patron|member|guy|individual)|the (?:applicant|person|individual))\b(?!'s|')`;

export const SIGNIFICANT_DECISION_RULES: GuardRule[] = [
  {
    id: 'credit.decision',
    kind: 'needs_human',
    category: 'credit',
    description: 'Approving, refusing or scoring credit, loans, financing or creditworthiness.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'credit decision',
          phrases: [
            [/\bcredit[- ]?worth\w*\b/, 0.9],
            [
              rx`\b(?:approve|deny|reject|decline|grant|refuse|assess|evaluate|decide|determine|score|rate|check|underwrite|qualify)\w* ${gap(4)}${CREDIT}\b`,
              1,
            ],
            [rx`\bshould (?:we|i) (?:give|extend|offer|lend|grant|approve)\w* ${gap(3)}${CREDIT}\b`, 1],
            [/\b(?:extend|lend)\w* (?:[\w']+ )?(?:credit|money) to (?:him|her|them|this|the|our)\b/, 0.9],
            [
              rx`\b(?:score|assess|evaluate|determine|predict|estimate|calculate|check|decide|approve|deny|increase|raise|lower|reduce|cut|set|adjust)\w* ${gap(4)}(?:credit ?scores?|credit (?:risk|rating|limit|decision|application|approval|check|history|report)|loan (?:application|approval|eligibility|decision|default)|default risk|likelihood (?:of|to) (?:default|repay))\b`,
              1,
            ],
            [rx`\bpredict\w* ${gap(5)}(?:default|repay\w*|pay back|creditworth\w*)\b`, 0.9],
            [/\b(?:eligible|qualif(?:y|ies)) for (?:a |the )?(?:loan|credit|mortgage|financing)\b/, 0.8],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'insurance.decision',
    kind: 'needs_human',
    category: 'insurance',
    description: 'Underwriting, pricing or deciding insurance cover or claims for a person.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'insurance decision',
          phrases: [
            [
              rx`\b(?:approve|deny|reject|decline|accept|pay out|settle|assess|evaluate|decide|determine|price|underwrite|quote|set|calculate|rate)\w* ${gap(4)}(?:insurance (?:claims?|cover(?:age)?|premiums?|applications?|polic(?:y|ies)|risk)|insurability|(?:insurance )?premiums? (?:for|of) (?:him|her|them|this|the|each|their|our)|coverage (?:for|of) (?:him|her|this (?:person|customer|applicant|patient|claimant|policyholder)))\b`,
              1,
            ],
            [
              /\b(?:approve|deny|reject|decline|accept|pay out|settle)\w* (?:the |this |his |her |their |a |an )?(?:(?:insurance|policyholder's|customer's|claimant's) )claims?\b/,
              1,
            ],
            [
              /\b(?:approve|deny|reject|decline|accept|pay out|settle)\w* (?:his|her|their) claim\b(?! that)/,
              0.9,
            ],
            [/\b(?:underwrit\w*|insurability|actuarial risk of)\b/, 0.8],
            [/\bshould (?:we|i) (?:insure|cover) (?:him|her|them|this|the)\b/, 0.9],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'customer_rejection.refuse-customer',
    kind: 'needs_human',
    category: 'customer_rejection',
    description: 'Rejecting, banning or blacklisting a customer or refusing them service.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'customer rejection',
          phrases: [
            [
              rx`\b(?:blacklist|blocklist|ban|block|refuse (?:service to|to (?:serve|sell to|work with|do business with|onboard))|deny service to|stop (?:doing business|working) with|cut (?:ties|off)(?: with)?|offboard|fire|reject|turn away|decline to (?:serve|work with|onboard))\w* ${gap(2)}${CUSTOMER}`,
              1,
            ],
            [
              /\b(?:kick|throw|boot)\w* (?:him|her|them|this (?:customer|client|user|member|buyer)|the (?:customer|client|user|member|buyer)) (?:off|out)\b/,
              1,
            ],
            [
              rx`\bput ${gap(2)}on (?:the|a|our) (?:blacklist|blocklist|do[- ]not[- ](?:serve|sell|service) list)\b`,
              1,
            ],
            [
              /\b(?:block|ban|suspend|close|freeze|deactivate|terminate)\w* (?:the |this |that |his |her )?(?:customer|client|user|member|buyer)'?s? account\b/,
              0.8,
            ],
            [
              rx`\b(?:decide|determine|recommend)\w* ${gap(3)}(?:to )?(?:accept|reject|onboard|refuse|serve|keep|drop)\w* (?:this |the )?(?:customer|client|applicant)\b(?!'s)`,
              0.9,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'contract_termination.terminate-contract',
    kind: 'needs_human',
    category: 'contract_termination',
    description: "Terminating, cancelling or not renewing a person's contract, lease or membership.",
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'termination',
          phrases: [
            [
              rx`\b(?:terminate|cancel|rescind|void|revoke)\w* ${gap(2)}(?:contracts?|agreements?|lease|tenancy|membership|service agreement|engagement)\b(?! (?:template|renewal|review|reminder|draft|call|meeting|summary|signature|upload|document|clause|terms))`,
              0.8,
            ],
            [/\bend (?:the|his|her|their|our|this) (?:contract|agreement|lease|tenancy|membership)\b/, 0.8],
            [
              /\b(?:don't|do not|won't|will not|not|refuse to|decline to) renew (?:his|her|their|the|this) (?:[\w']+ )?(?:contract|agreement|lease|tenancy|membership)\b/,
              0.8,
            ],
            [/\bnon[- ]?renewal (?:of|notice|letter)\b/, 0.8],
            [/\btermination (?:letter|notice) (?:for|to)\b/, 0.8],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'housing.tenancy-decision',
    kind: 'needs_human',
    category: 'housing',
    description: 'Choosing, rejecting or evicting tenants.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'housing decision',
          phrases: [
            [/\bevict(?:s|ed|ing|ion)?\b/, 0.9],
            [
              rx`\b(?:approve|reject|deny|accept|decline|screen|rank|score|choose|pick|select|shortlist)\w* ${gap(3)}(?:tenants?|renters?|rental applica\w+|lease applica\w+|housing applica\w+|prospective tenants?)\b`,
              1,
            ],
            [/\btenant screening\b/, 0.8],
            [/\b(?:whether|should (?:we|i)) (?:to )?rent (?:[\w']+ ){0,3}?to (?:him|her|them|this|the)\b/, 1],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'education.academic-decision',
    kind: 'needs_human',
    category: 'education',
    description: 'Admitting, grading, expelling or awarding scholarships to students.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'education decision',
          phrases: [
            [
              rx`\b(?:admit|reject|accept|expel|suspend|decide on)\w* ${gap(3)}(?:students?|pupils?|learners?|applicants? (?:to|for) (?:the|our) (?:program\w*|school|course|university|college|class))\b`,
              1,
            ],
            [
              rx`\b(?:which|who|whether) ${gap(3)}(?:students?|pupils?|applicants?) ${gap(2)}(?:to |we should |should we )?(?:admit|accept|reject|expel|suspend)\w*\b`,
              1,
            ],
            [
              rx`\b(?:which|who|whether) ${gap(3)}(?:students?|pupils?|applicants?|candidates?) ${gap(2)}(?:gets?|should get|will get) (?:into|in to|admitted to|accepted (?:in)?to) (?:the |our |this )?(?:[\w']+ )?(?:program\w*|school|course|university|college|class|cohort|academy)\b`,
              1,
            ],
            [/\badmissions? decisions?\b/, 0.9],
            [
              /\bgrade (?:the |this |these |his |her |their |each |every |all )?(?:students?'? )?(?:exams?|essays?|tests?|papers?|assignments?|homework|submissions?|coursework|dissertations?|theses|thesis)\b/,
              0.9,
            ],
            [
              /\b(?:scholarship|bursary) (?:decisions?|awards?)\b|\b(?:award (?:the )?scholarship|who (?:should )?gets? (?:the )?scholarship)\b/,
              0.9,
            ],
            [/\b(?:pass|fail) (?:him|her|the student|this student)\b/, 0.9],
          ],
        },
      ],
    },
    weight: 1,
  },
];
