import type { Snippet } from './snippet.js';

/**
 * Text full of capitalised words that are not people — products, companies named after their founders,
 * places, holidays, headings, job titles — to keep person precision honest.
 */
export const CAPITALISED_SNIPPETS: Snippet[] = [
  {
    kind: 'note',
    text: `Agenda: Q3 Business Review, Product Roadmap, Pricing & Packaging, Open Questions. Owner: Revenue Operations.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Tech stack: Google Workspace, Microsoft Dynamics, Zendesk Suite, Slack Enterprise Grid and Jira Service Management.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Travel plan: fly into San Francisco International, drive to Palo Alto, visit Stanford Research Park on Tuesday.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Key accounts this year: Wayne Enterprises, Stark Industries, Morgan Stanley, Johnson & Johnson and Procter & Gamble.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Office closed for Good Friday, Easter Monday, Christmas Eve and Boxing Day. Support runs via the Follow-Up Queue.`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Dear Valued Customer,

your Premium Support plan renews on 1 May. New this quarter: Smart Compose, Deal Insights and the Revenue Intelligence Dashboard.

Customer Experience Team`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Stakeholders: Head of Sales EMEA, Director of Finance, Chief Information Security Officer. Economic buyer unknown.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Event: Dreamforce at Moscone Center. Booth next to Clari Copilot and Outreach Kaia. Hotel: Marriott Marquis, 780 Mission Street, San Francisco, CA 94103.`,
    pii: [['postal_address', '780 Mission Street, San Francisco, CA 94103']],
  },
  {
    kind: 'note',
    text: `Office locations: Berlin Mitte, London Shoreditch, New York Flatiron and Singapore Raffles Place. HQ moves to Amsterdam Zuid in 2026.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Termin im Büro Hamburg Altona, Besprechungsraum Elbe. Thema: Rahmenvertrag und Preisliste 2025. Teilnehmer vom Kunden: Einkauf und IT.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Lead source: Revenue Ops Summit 2024 webinar, then Partner Referral via Deloitte Digital. Campaign: Spring Forward EMEA.`,
    pii: [],
  },
  {
    kind: 'ticket',
    text: `Data residency question: can we pin the tenant to AWS Frankfurt (eu-central-1) or Azure West Europe? Customer is Siemens Healthineers.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Title on LinkedIn: Senior Vice President, Global Revenue Operations at Hilton Grand Vacations. Reports to the Chief Commercial Officer.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Won: Morgan Stanley Wealth pilot (40 seats). Lost: Goldman Sachs, went with Salesforce Einstein. Pending: Charles Schwab renewal, Jane Street PoC.`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Hi Hannah,

the Sales Kickoff is in Lisbon this year (Hotel Tivoli Oriente). Please book flights via Egencia by Friday. Kevin Osei will share the Run of Show.

Thanks,
Events & Enablement`,
    pii: [
      ['person', 'Hannah'],
      ['person', 'Kevin Osei'],
    ],
  },
  {
    kind: 'note',
    text: `Competitive intel: Gong raised prices; Chorus is now ZoomInfo Chorus; Avoma targets SMB. Win themes: Data Privacy, Local Processing, Open Standards.`,
    pii: [],
  },
  {
    kind: 'call',
    text: `Rep: We run in Frankfurt and Dublin data centres, all ISO 27001 certified.
Prospect: Good. Our Works Council in Munich has to approve any call recording, and our Data Protection Officer too.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Renewal forecast: Acme Cloud Platform, Globex Data Suite, Initech Field Service. Risk flags: Executive Sponsor Change, Budget Freeze at Northwind's IT team.`,
    pii: [],
  },
];
