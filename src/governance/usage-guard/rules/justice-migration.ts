import { gap, rx } from '../lexicon.js';
import type { GuardRule } from '../rules.js';

// Law firms, police departments and immigration consultancies are ordinary CRM customers, so the
// domain words alone decide nothing; each phrase ties them to a decision about a person.
const IMMIGRATION = String.raw`(?:asylum|refugee|visa(?! (?:card|payment|transaction|charge|debit|credit|fee))|immigration|deportation|removal|residency|residence permit|naturali[sz]ation|citizenship|green card|work permit|border)`;
const CASE = String.raw`(?:claims?|cases?|applications?|requests?|petitions?|appeals?|status|decisions?|eligibility|credibility|applicants?|seekers?|interviews?|hearings?|stor(?:y|ies)|testimon(?:y|ies))`;

export const JUSTICE_MIGRATION_RULES: GuardRule[] = [
  {
    id: 'justice_law_enforcement_migration.immigration-decision',
    kind: 'deny',
    category: 'justice_law_enforcement_migration',
    description: 'Assessing, deciding or drafting immigration, asylum or visa decisions about a person.',
    patterns: {
      all: [
        {
          name: 'immigration decision',
          phrases: [
            [
              rx`\b(?:assess|evaluate|determine|judge|decide|rate|score|predict|analy[sz]e|weigh|verify)\w* ${gap(5)}${IMMIGRATION}(?:'s)? ${CASE}\b`,
              1,
            ],
            [
              rx`\b${IMMIGRATION}(?:'s)? ${CASE} ${gap(3)}(?:is|are|was|seems?|looks?|sounds?) (?:[\w']+ )?(?:credible|genuine|legitimate|fake|fraudulent|true|truthful|believable|plausible|valid|bogus)\b`,
              1,
            ],
            [
              rx`\b(?:draft|write|prepare|generate|produce|compose|issue)\w* ${gap(3)}(?:deportation|removal|expulsion|asylum|visa (?:refusal|denial|rejection)|immigration|detention|extradition) (?:decisions?|orders?|rulings?|verdicts?|judge?ments?|refusals?|denials?|determinations?|recommendations?)\b`,
              1,
            ],
            [
              /\b(?:should|can|could|would) (?:we|they|the (?:state|government|authorities|court|judge|officer|agency)) (?:deport|detain|extradite|grant (?:him|her|them) asylum|deny (?:him|her|them) asylum|(?:grant|deny|refuse|set|revoke) (?:him |her |them )?(?:bail|parole|probation)|convict|acquit|sentence|jail|imprison)\b/,
              1,
            ],
            [
              /\b(?:should|must|will|can|could) (?:he|she|they|this (?:person|migrant|applicant|family|refugee|asylum seeker)|the (?:migrant|applicant|refugee|claimant|family)) be (?:deported|detained|removed|extradited|granted asylum|denied asylum)\b/,
              1,
            ],
            [
              rx`\b(?:decide|determine|assess|whether)\w* ${gap(4)}(?:be )?(?:deported|detained|extradited)\b`,
              0.9,
            ],
            [
              /\b(?:deport|detain|extradite)\w* (?:him|her|them|this (?:person|applicant|migrant|family)|the (?:applicant|migrant|family|claimant))\b/,
              0.9,
            ],
            [
              rx`\b(?:grant|deny|refuse|approve|reject)\w* ${gap(3)}(?:asylum|refugee status|visa(?! (?:card|payment|transaction|charge|debit|credit|fee))|residence permit|citizenship|naturali[sz]ation)\b`,
              0.9,
            ],
            [
              /\b(?:report|turn in|flag)\w* (?:(?:him|her|them|the [\w']+|this [\w']+|our [\w']+) )?to (?:immigration|ice|the border|border (?:control|patrol|force)|homeland security|the home office)\b/,
              0.9,
            ],
            [
              rx`\b(?:identify|find|flag|list|detect|spot)\w* ${gap(3)}(?:illegal (?:immigrants?|aliens?|migrants?|workers?)|undocumented (?:[\w']+ )?(?:immigrants?|migrants?|workers?|people|customers)|illegals|visa overstayers|overstayers)\b`,
              1,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'justice_law_enforcement_migration.criminal-justice',
    kind: 'deny',
    category: 'justice_law_enforcement_migration',
    description:
      'Predicting crime or recidivism, judging guilt, or drafting sentencing, bail or parole decisions.',
    patterns: {
      all: [
        {
          name: 'justice decision',
          phrases: [
            [
              rx`\b(?:predict|forecast|estimate|assess|score|calculate|model|rate|determine|evaluate|flag)\w* ${gap(6)}(?:recidivism|re-?offend\w*|re-?arrest|criminality|crime risk|criminal (?:risk|behaviou?r|propensity|tendencies)|flight risk|dangerousness|likelihood of (?:re-?offending|committing|absconding|fleeing)|likely to (?:commit|re-?offend|abscond)(?: (?:a |another |any |more |further )?crimes?)?|commit (?:a |another |any |more |further )?crimes?)\b`,
              1,
            ],
            [
              /\b(?:recidivism|re-?offending) (?:risk|scores?|predictions?|models?|rates? for|assessments?|probability|likelihood)\b/,
              0.9,
            ],
            [
              /\b(?:grant|deny|refuse|revoke)\w* (?:him |her |them |the (?:defendant|accused|inmate|prisoner) )?(?:bail|parole|probation)\b/,
              0.9,
            ],
            [/\bpredictive policing\b/, 1],
            [/\b(?:crime|criminal) (?:prediction|forecasting|risk scor\w*)\b/, 0.9],
            [
              /\b(?:defendant|offender|inmate|prisoner|parolee|accused|suspect)s?(?:'s)? (?:will|would|is likely to|are likely to|might) (?:re-?offend|commit|flee|abscond)\w*\b/,
              1,
            ],
            [
              rx`\b(?:is|was|whether) (?:the |this |he |she |they |our )?(?:suspect|defendant|accused|offender|inmate|prisoner|witness|claimant|asylum seeker|migrant|refugee)s? ${gap(2)}(?:guilty|innocent|lying|credible|telling the truth|a flight risk|dangerous|likely to (?:re-?offend|flee|abscond|commit))\b`,
              1,
            ],
            [
              rx`\b(?:decide|determine|recommend|predict|assess|judge)\w* ${gap(4)}(?:guilt|guilty|innocence|innocent|sentencing|bail|parole|conviction|acquittal|verdict|punishment|prison term|jail time)\b`,
              0.9,
            ],
            [
              rx`\b(?:draft|write|prepare|generate|produce|compose|issue)\w* ${gap(3)}(?:sentencing|parole|bail|court|judicial|criminal|probation) (?:board |hearing |committee )?(?:decisions?|orders?|rulings?|verdicts?|judge?ments?|determinations?|recommendations?)\b`,
              1,
            ],
            [
              rx`\b(?:identify|profile|rank|score|predict)\w* ${gap(3)}(?:suspects|criminals|potential offenders|likely offenders|future criminals)\b`,
              0.9,
            ],
            [
              /\b(?:facial recognition|face match\w*) (?:[\w']+ ){0,6}?(?:suspects?|offenders?|criminals?|wanted)\b/,
              0.9,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
];
