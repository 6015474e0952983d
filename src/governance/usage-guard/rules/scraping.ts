import { gap, rx } from '../lexicon.js';
import type { GuardRule } from '../rules.js';

const WEB_SOURCE = String.raw`(?:linkedin|facebook|instagram|twitter|x\.com|tiktok|reddit|github|google(?: maps| search)?|yelp|yellow ?pages|crunchbase|zoominfo|apollo|zillow|amazon|ebay|craigslist|indeed|glassdoor|tripadvisor|airbnb|trustpilot|g2|capterra|the web|the internet|websites?|sites|web ?pages|pages|social media|forums?|marketplaces?|app stores?|online directories|directories|directory|public profiles|search results|[\w-]+\.(?:com|io|net|org|de|fr|co\.uk|ai))`;

// Talking about scraping (a customer asks whether we scrape, a bot hit the site) is not doing it.
const ABOUT_SCRAPING = [
  /\b(?:whether|if) (?:we|you|they|cohelm|our [\w']+) (?:[\w']+ )?(?:scrap|crawl|harvest)/,
  /\banti[- ]?(?:scrap|crawl|bot)/,
  /\b(?:block|stop|prevent|detect|report|protect\w* (?:us |ourselves )?(?:from|against))\w* (?:[\w']+ ){0,3}(?:scrap|crawl|harvest|bots?\b)/,
  /\bscraping (?:policy|protection|attempts?|attacks?)\b/,
  /\b(?:competitors?|someone|somebody|bots?|they|he|she|hackers?|a third party|crawlers?) (?:(?:is|are|was|were|has been|have been|keeps?|kept|started|may be|might be) )?(?:scrap|crawl|harvest)/,
];

export const SCRAPING_RULES: GuardRule[] = [
  {
    id: 'scraping.scrape-or-crawl',
    kind: 'deny',
    category: 'scraping',
    description: 'Scraping, crawling or harvesting websites, profiles or contact data.',
    patterns: {
      all: [
        {
          name: 'scraping verb',
          phrases: [
            [/\b(?:scrap(?:e|es|ed|ing)|scrapers?|web[- ]?scrap\w*|data[- ]?scrap\w*)\b/, 1],
            [
              /\b(?:crawl(?:s|ed|ing|er|ers)?|web[- ]?crawl\w*|harvest(?:s|ed|ing)?|data[- ]min(?:e|ing))\b/,
              0.9,
            ],
            [/\bspider(?:s|ing)?\b/, 0.8],
          ],
        },
        {
          name: 'web data',
          phrases: [
            [
              /\b(?:profiles?|e-?mails?|e-?mail addresses|addresses|phone numbers?|numbers|contacts?|contact (?:details|info\w*)|websites?|sites?|web ?pages?|pages?|urls?|domains?|linkedin|facebook|instagram|twitter|x\.com|tiktok|reddit|github|google(?: maps| search)?|yelp|yellow ?pages|crunchbase|zoominfo|apollo|directories|directory|listings?|search results|reviews|data|data ?sets?|details|names|leads|users|members|followers|connections|companies|the (?:web|internet)|online|information|info|content|prices|pricing|competitors?)\b/,
              1,
            ],
          ],
        },
      ],
      unless: ABOUT_SCRAPING,
    },
    weight: 1,
  },
  {
    id: 'scraping.bulk-harvest',
    kind: 'deny',
    category: 'scraping',
    description:
      'Collecting data in bulk from websites or platforms ("extract every email from their site").',
    patterns: {
      all: [
        {
          name: 'bulk collection',
          phrases: [
            [
              rx`\b(?:extract|collect|gather|grab|pull|download|copy|compile|get|export|rip|save|fetch)\w* ${gap(5)}(?:all|every|each|thousands of|hundreds of|\d{3,}|as many|the entire|the full list of|a list of all)\b`,
              0.8,
            ],
            [/\b(?:bulk|mass)[- ](?:download|extract\w*|collect\w*|harvest\w*|export\w*|copy\w*)\b/, 0.9],
            [/\bautomat\w* (?:the )?(?:collection|extraction|download\w*|copying|visiting)\b/, 0.7],
            [
              /\b(?:script|bot|tool|program)\w* (?:that|to|which) (?:visits?|collects?|extracts?|downloads?|copies|copy|grabs?)\b/,
              0.8,
            ],
          ],
        },
        {
          name: 'web source',
          negation: null,
          phrases: [
            // "Leads that came from the website" names a source, not a harvest.
            [
              rx`\b(?<!(?:came|come|comes|coming|originated|sourced|arrived|signed up|submitted|registered|converted) )(?:from|on|across|off|of) (?:the |their |his |her |that |these |every |all |each |all the )?(?:[\w'-]+ )?${WEB_SOURCE}\b(?! (?:form|forms|chat|widget|signup|sign-up|contact form))`,
              1,
            ],
            [/\bevery (?:page|website|site|profile|listing|url)\b/, 0.9],
            [
              /\bfrom (?:the |their )?(?:[\w.']+ ){0,2}(?:listings|directory|directories|marketplace|app ?store|search results|public profiles)\b/,
              0.9,
            ],
          ],
        },
      ],
      unless: ABOUT_SCRAPING,
    },
    weight: 1,
  },
];
