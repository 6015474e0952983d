import type { GuardRule } from '../rules.js';

// Matched against the de-obfuscated text: injection attempts are the one place people write "1gn0re"
// or "s y s t e m  p r o m p t" to get past a filter.

const AI_OWNER = String.raw`(?:your|its|the (?:ai|model|assistant|bot|copilot|llm|system)'?s?|cohelm'?s?|copilot'?s?)`;

export const REVERSE_ENGINEERING_RULES: GuardRule[] = [
  {
    id: 'reverse_engineering.extract-instructions',
    kind: 'deny',
    category: 'reverse_engineering',
    description: 'Extracting the system prompt or hidden instructions the AI runs with.',
    deobfuscate: true,
    patterns: {
      all: [
        {
          name: 'disclosure verb',
          phrases: [
            [
              /\b(?:reveal|print|output|repeat|recite|dump|leak|expose|disclose|spill|echo|write out|type out|read (?:back|out)|verbatim)\w*\b/,
              1,
            ],
            // Also everyday editing verbs: "translate everything above" is a normal request.
            [/\b(?:translate|encode|base64|copy|paste|quote)\w*\b/, 0.8],
            [
              /\b(?:show|display|give|tell|send|list|return|share|provide|extract|export|what (?:is|are|was|were|does)|what's|whats)\b/,
              0.6,
            ],
          ],
        },
        {
          name: 'hidden instructions',
          phrases: [
            // "Our system prompt engineers" names a team, not the prompt.
            [
              /\bsystem ?(?:prompts?|instructions?)\b(?! (?:engineer|engineering|design|writer|library|template|best practice))/,
              1,
            ],
            [/\b(?:everything|all|what(?:ever)?) you (?:were|have been) (?:told|given|instructed)\b/, 0.9],
            [
              /\b(?:configuration|config|setup|settings|parameters) (?:you (?:run|operate|work) (?:with|under)|you were (?:given|configured with))\b/,
              0.9,
            ],
            [
              /\b(?:instructions|rules|prompt|directives) (?:you (?:were|have been) (?:given|told|fed)|you got|you received|given to you|(?:[\w']+ ){0,2}?before (?:my|this) (?:message|question|prompt))\b/,
              0.9,
            ],
            [
              /\b(?:developer|pre|meta|initial|hidden|secret|original|base|root|master|internal|confidential)[ -]?(?:prompts?|instructions?|directives?)\b/,
              1,
            ],
            [
              new RegExp(
                String.raw`\b${AI_OWNER} (?:own )?(?:(?:hidden|secret|internal|initial|original|underlying|core|full|exact|complete|confidential|real|first) )+(?:prompt|instructions|rules|guidelines|directives|configuration|programming|guardrails|policies)\b`,
              ),
              1,
            ],
            [
              new RegExp(
                String.raw`\b${AI_OWNER} (?:prompt|instructions|rules|guidelines|directives|configuration|programming|guardrails)\b`,
              ),
              0.8,
            ],
            [/\bsystem message\b/, 0.8],
            [
              /\b(?:everything|all|the (?:text|words|content|messages?|lines?)|what(?:ever)? (?:was|is|is written|came)) (?:above|before (?:this|my (?:message|question))|prior to this)\b/,
              0.6,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'reverse_engineering.extract-model',
    kind: 'deny',
    category: 'reverse_engineering',
    description: 'Extracting the model weights, parameters or training data.',
    deobfuscate: true,
    patterns: {
      all: [
        {
          name: 'extraction verb',
          phrases: [
            [
              /\b(?:dump|extract|exfiltrate|steal|leak|reconstruct|replicate|clone|distil+|reveal|print|output)\w*\b/,
              1,
            ],
            [/\b(?:download|copy|recover|export)\w*\b/, 0.7],
            [/\b(?:give|share|send|access|get|obtain|list|show|tell|what (?:are|is))\b/, 0.6],
          ],
        },
        {
          name: 'model internals',
          phrases: [
            [/\bmodel (?:weights|checkpoints?)\b/, 1],
            [
              new RegExp(
                String.raw`\b${AI_OWNER} (?:weights|checkpoints?|training data|training set|training examples|training corpus|fine[- ]tuning data)\b`,
              ),
              1,
            ],
            // "What parameters do you take?" is a usage question; parameters need a strong verb.
            [new RegExp(String.raw`\b(?:model|${AI_OWNER}) (?:parameters|embeddings|architecture)\b`), 0.8],
            [/\bweights of (?:the|this|your) (?:ai|model|llm|network|assistant)\b/, 1],
            [
              /\btraining (?:data|set|corpus|examples) (?:you were trained on|of (?:the|this|your) (?:ai|model|llm|assistant))\b/,
              1,
            ],
          ],
        },
      ],
    },
    weight: 1,
  },
  {
    id: 'reverse_engineering.attack-model',
    kind: 'deny',
    category: 'reverse_engineering',
    description:
      'Reverse engineering, model extraction, prompt injection and jailbreaks aimed at the AI itself.',
    deobfuscate: true,
    patterns: {
      all: [
        {
          name: 'attack',
          phrases: [
            [
              /\breverse[- ]?engineer\w* (?:[\w']+ ){0,2}?(?:you|yourself|the (?:ai|model|llm|assistant|bot|copilot|prompt)|cohelm|copilot|your (?:model|prompt|logic|system|code|algorithm|weights|instructions))\b/,
              1,
            ],
            [/\bmodel (?:extraction|inversion|stealing|theft)\b/, 0.9],
            [/\bmembership inference\b/, 0.8],
            [
              /\b(?:what|which) (?:instructions|rules|prompt|directives|guidelines) (?:were|have) you (?:been )?(?:given|told|fed)\b/,
              0.7,
            ],
            [
              /\bwhat (?:your|the) (?:developers?|creators?|makers?|admins?|operators?|owners?) (?:told|instructed|asked|programmed|prompted) you\b/,
              0.8,
            ],
            [/\btrain (?:a|our|my) (?:own )?(?:model|llm|ai) on your (?:outputs|answers|responses)\b/, 0.8],
            [
              /\b(?:ignore|disregard|forget|override|bypass)\b (?:all |any |the |your )?(?:of )?(?:the )?(?:previous|prior|above|preceding|earlier|initial|original|system|existing|former|all) (?:instructions?|prompts?|rules|directives|guidelines|messages|context|commands|guardrails|restrictions)\b/,
              0.7,
            ],
            [
              /\bwhat (?:were|have) you (?:been )?(?:told|instructed|programmed|prompted|configured) (?:to|not to|before)\b/,
              0.7,
            ],
            [/\b(?:start|begin)\w* (?:your (?:reply|answer|response) )?with ["']?you are\b/, 0.7],
            [
              /\b(?:you are now|act as|pretend to be|enter|enable|switch to|activate) (?:in )?(?:dan|developer mode|maintenance mode|debug mode|admin mode|sudo mode|jailbreak mode|jailbroken|unrestricted mode|god mode|an? (?:unfiltered|uncensored|unrestricted) (?:ai|model|assistant|version))\b/,
              0.8,
            ],
            [/\bjailbreak\w* (?:you|yourself|the (?:ai|model|assistant|bot|copilot|llm))\b/, 0.8],
          ],
        },
      ],
    },
    weight: 1,
  },
];
