import { EMPLOYEES, gap, NOT_A_PERSON, rx, WRITING_ABOUT } from '../lexicon.js';
import type { GuardRule } from '../rules.js';

const CANDIDATES = String.raw`(?:candidates?|applicants?(?! (?:to|for) (?:the|our) (?:program\w*|school|course|university|college))|job applications?|applications? for the (?:role|job|position)|resumes?|résumés?|cvs?|job seekers?|interviewees?)`;
const EVALUATE = String.raw`(?:evaluate|rate|rank|score|assess|grade|appraise|judge|compare|benchmark|stack[- ]rank)`;
// A name's performance ("Sarah's performance"), not a campaign's or a quarter's.
const PERSON_POSSESSIVE = String.raw`\b(?!${NOT_A_PERSON}'s)[a-z]+'s`;
// "Assess the developer experience" is about a product, not about developers.
const NOT_ABOUT_STAFF = String.raw`(?! (?:experience|portal|docs|documentation|tools?|accounts?|api|program|community|relations|onboarding|view|dashboard|console|edition|plan|licen[cs]es?|seats?|access|permissions|settings|role))`;

export const EMPLOYMENT_RULES: GuardRule[] = [
  {
    id: 'employment.hiring',
    kind: 'needs_human',
    category: 'employment',
    description: 'Deciding whom to hire, shortlisting or rejecting candidates, making a job offer.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'hiring decision',
          phrases: [
            [/\bshould (?:we|i|our team|the company) (?:hire|employ|take on|bring on|onboard|offer)\b/, 1],
            [
              rx`\b(?:decide|determine|choose|pick|select|recommend|tell me|suggest|which|who)\w* ${gap(4)}(?:to )?(?:hire|employ|offer (?:the |a )?(?:job|role|position))\b`,
              1,
            ],
            [/\bhire or (?:not|reject|pass|decline)\b/, 1],
            [
              rx`\b(?:decide|determine|choose|pick|recommend)\w* ${gap(2)}(?:who|which (?:candidate|applicant|person|one)) (?:gets?|should get|will get|receives?|lands?) (?:the |this |that |our )?(?:[\w']+ ){0,3}?(?:job|role|position|offer|opening|vacancy)\b`,
              1,
            ],
            [/\b(?:hiring|recruitment|recruiting|selection|employment|job offer) decisions?\b/, 1],
            [
              // Base forms only, and not what a tool or agency does: "an agency that ranks candidates" is a description.
              rx`\b(?<!(?:tool|software|platform|system|app|product|agency|they|that|which|who) (?:to |that |which )?)(?:shortlist|screen|rank|score|rate|grade|pick|choose|select|reject|accept|approve|disqualify|filter|evaluate|assess|compare|sort|triage)(?:ing)? ${gap(4)}${CANDIDATES}`,
              0.9,
            ],
            [
              /\b(?:best|top|strongest|weakest|right|ideal|most qualified) (?:candidates?|applicants?|hire)\b/,
              0.9,
            ],
            [/\b(?:make (?:him|her|them|[\w']+) (?:a |an )?job offer|extend (?:an|the|a job) offer to)\b/, 1],
            [/\b(?:offer|give) (?:him|her|them|[\w']+) the (?:job|role|position)\b/, 1],
            [
              /\b(?:is|are) (?:this|the|these) (?:candidate|applicant)s? (?:a )?(?:good |right |strong |great |bad |poor )?(?:fit|hire|suitable|qualified|the right choice)\b/,
              0.9,
            ],
            [
              /\b(?:is|are) (?:he|she|they) (?:a )?(?:good |right |strong |great |bad |poor )?(?:fit|hire|suitable|qualified|the right choice) for (?:the|this|our) (?:[\w']+ )?(?:role|job|position|team|opening)\b/,
              1,
            ],
            [/\bhire (?:him|her)\b/, 1],
          ],
        },
        {
          name: 'job context',
          negation: null,
          phrases: [
            [
              rx`\b(?:${CANDIDATES}|interview\w*|job (?:offer|opening|posting|application|candidate)|(?:the|this|that|a|an|our) (?:[\w']+ ){0,3}?(?:role|position|vacancy|opening)|vacanc(?:y|ies)|(?:recruiting|recruitment|hiring) (?:pipeline|process|round|committee|panel|manager)|who (?:[\w']+ ){0,3}?(?:hire|employ)|hiring|him|her|headcount|new hires?|talent|offer letter)\b`,
              1,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'employment.dismissal-and-promotion',
    kind: 'needs_human',
    category: 'employment',
    description: 'Firing, dismissing, laying off or promoting an employee, or setting their pay.',
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'employment decision',
          phrases: [
            [/\bfire (?:him|her|them)\b(?! (?:off|up|an?|the|some|over|back)\b)/, 1],
            [
              rx`\bfire (?:the |our |this )(?:[\w']+ )?(?:${EMPLOYEES}|salesperson|assistant|hire|person)\b`,
              1,
            ],
            [
              /\b(?:should (?:we|i)|whether to|time to|decide to|going to) (?:fire|dismiss|let go(?: of)?|lay off|sack|terminate|demote)\b(?! up| off| away| the (?:grill|engine|server|alarm))/,
              1,
            ],
            [
              rx`\b(?:who|whom|which (?:of (?:my|our|the|these) )?(?:[\w']+ )?(?:${EMPLOYEES}|person|people|team members?|one of them)) ${gap(4)}(?:to |should |would |gets? |be |we )?(?:fired|fire|dismiss\w*|let go|laid off|lay off|made redundant|make redundant|terminated|sacked|demoted|cut)\b(?! up| off| away| through)`,
              0.9,
            ],
            [/\b(?:terminate|end)\w* (?:his|her|their|[\w]+'s|the) employment\b/, 1],
            [
              rx`\bterminat\w* (?:him|her|the (?:[\w']+ )?${EMPLOYEES}|this ${EMPLOYEES}|our ${EMPLOYEES})\b`,
              1,
            ],
            [
              rx`\b(?:dismiss|sack|demote)\w* (?:him|her|the (?:[\w']+ )?${EMPLOYEES}|[\w']+ from (?:the|his|her|their) (?:job|role|position|team))\b`,
              1,
            ],
            // "let it go", "let me go through", "let's go" are not dismissals.
            [
              /\blet(?:ting)? (?!it\b|this\b|that\b|me\b|us\b|them\b|go\b|you\b)[\w']+ go\b(?! (?:ahead|through|over|back|live|on|of|home))/,
              0.9,
            ],
            [
              rx`\b(?:lay off|make redundant) ${gap(2)}(?:him|her|staff|employees|people|workers|\d+|half|some|the team|members)\b`,
              0.9,
            ],
            [/\b(?:dismissal|redundancy|firing) (?:letter|notice|decision|meeting)\b/, 0.9],
            [/\bpromote (?:him|her)\b/, 0.9],
            [
              /\b(?:should (?:we|i) promote [\w']+|promote (?!it\b|this\b|that\b)[\w']+ to (?:senior|lead|manager|director|head|vp|principal|team lead|[\w']+ manager))\b/,
              1,
            ],
            [
              rx`\b(?:who|which (?:[\w']+ )?(?:rep|employee|one|person|team member|engineer|${EMPLOYEES})) ${gap(2)}(?:to promote|should (?:get|be) promoted|deserves? (?:a |the )?promotion|gets? the promotion)\b`,
              1,
            ],
            [/\bpromotion (?:decision|case|recommendation)s? (?:for|about)\b/, 0.9],
            [
              /\b(?:decide|determine|set|recommend|calculate)\w* (?:[\w']+ ){0,2}?(?:his|her|their|[\w]+'s) (?:salary|pay rise|raise|bonus|compensation|pay cut)\b/,
              0.8,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'employee_evaluation.performance',
    kind: 'needs_human',
    category: 'employee_evaluation',
    description: "Evaluating, rating or ranking employees' performance; a campaign's performance is fine.",
    patterns: {
      unless: [WRITING_ABOUT],
      all: [
        {
          name: 'evaluation of a person at work',
          phrases: [
            [
              rx`\b${EVALUATE}\w* (?:(?:the|each|every|all|our|my|these|this|his|her|their|individual|of|performance|productivity|work|output) )*(?:(?:sales|support|customer success|cs|account|junior|senior|new|remote|inside|field|marketing|engineering|individual) )?${EMPLOYEES}\b${NOT_ABOUT_STAFF}`,
              1,
            ],
            [
              rx`\b(?:${EVALUATE}|review)\w* (?:the )?(?:performance|productivity|work|output|contribution)s? of (?:each |every |the |our |my |these |all )?(?:[\w']+ )?(?:${EMPLOYEES}|team members?)\b`,
              1,
            ],
            [
              rx`\b(?:${EVALUATE}|review)\w* ${gap(2)}team(?:'s)? (?:performance|productivity|members?)\b`,
              0.9,
            ],
            [
              rx`\b${EVALUATE}\w* (?:my|our) team\b(?!'s| (?:on|of|at|in) (?:the )?(?:deals?|pipeline|accounts?|calls?))`,
              0.8,
            ],
            [
              rx`\b(?:${EVALUATE}|review|critique)\w* ${gap(2)}${PERSON_POSSESSIVE} (?:annual |quarterly |overall |job |work |individual )?(?:performance|productivity|work quality)\b`,
              1,
            ],
            [
              rx`\b${PERSON_POSSESSIVE} (?:annual |quarterly |mid-?year |year-?end |job |individual )?performance (?:reviews?|appraisals?|evaluations?|ratings?|assessments?|improvement plan)\b`,
              0.9,
            ],
            [
              rx`\bperformance (?:reviews?|appraisals?|evaluations?|ratings?|assessments?|scorecards?) (?:for|of) (?:him|her|each (?:[\w']+ )?${EMPLOYEES}|every (?:[\w']+ )?${EMPLOYEES}|the (?:[\w']+ )?${EMPLOYEES}|my ${EMPLOYEES}|my team|our team|(?:each|every) (?:member|person|one) (?:of|on|in) (?:my|our|the) team|everyone (?:on|in) (?:my|our|the) team|[\w']+ (?:from|on|in) (?:my|our|the) team)\b`,
              1,
            ],
            [
              rx`\b(?:give|assign)\w* (?:each|every|all|the|my|our) (?:[\w']+ )?${EMPLOYEES} (?:a |an )?(?:performance |quality |productivity )?(?:score|rating|grade|ranking|review)\b`,
              1,
            ],
            [
              /\b(?:put|place)\w* (?:him|her|them|[\w']+) on (?:a |an )?(?:pip|performance improvement plan)\b/,
              1,
            ],
            [/\bperformance improvement plan\b/, 0.8],
            [
              rx`\b(?:who|which (?:[\w']+ )?(?:rep|employee|team member|sdr|bdr|ae|agent|person|one)s?|${EMPLOYEES}) (?:is|are|has been|have been|was|were)(?: [\w']+)? (?:underperform\w*|(?:the )?(?:worst|weakest|lowest|poorest|best|strongest|top|bottom) (?:performer|performing|seller)s?|slacking|lazy|not pulling (?:their|his|her) weight)\b`,
              1,
            ],
            [
              rx`\b(?:underperforming|low[- ]performing|poor[- ]performing|worst[- ]performing|top[- ]performing|best[- ]performing|weakest|lowest[- ]performing) ${EMPLOYEES}\b`,
              1,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
];
