import type { Snippet } from './snippet.js';

/** Notes reps type into deal, contact and account records: terse, abbreviated, often in lists. */
export const NOTE_SNIPPETS: Snippet[] = [
  {
    kind: 'note',
    text: `Met Priya Raghunathan (VP Ops) and her deputy Oluwaseun Adeyemi. Budget approved: $48,000. Decision by end of Q1. Competitor: Gong.`,
    pii: [
      ['person', 'Priya Raghunathan'],
      ['person', 'Oluwaseun Adeyemi'],
    ],
  },
  {
    kind: 'note',
    text: `Champion left the company. New contact: Zhang Wei, zhang.wei@shenzhen-electro.cn, mobile +86 139 1234 5678.`,
    pii: [
      ['person', 'Zhang Wei'],
      ['email', 'zhang.wei@shenzhen-electro.cn'],
      ['phone', '+86 139 1234 5678'],
    ],
  },
  {
    kind: 'note',
    text: `- Next steps: send MSA redlines by Friday
- Legal contact: Dmitri Volkov
- Pricing: 15% discount approved by VP Sales
- Risk: security review pending (SOC 2 Type II)`,
    pii: [['person', 'Dmitri Volkov']],
  },
  {
    kind: 'note',
    text: `Order #10023456 shipped 2024-03-15 via DHL, tracking 1Z999AA10123456784. Invoice INV-4471 paid.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Called Mateus, no answer. Left voicemail. Try again Tue. His assistant is Beatriz Santos.`,
    pii: [
      ['person', 'Mateus'],
      ['person', 'Beatriz Santos'],
    ],
    knownNames: ['Mateus Oliveira'],
  },
  {
    kind: 'note',
    text: `Customer wants invoices sent to the HQ: 1600 Amphitheatre Parkway, Mountain View, CA 94043. PO required on every invoice.`,
    pii: [['postal_address', '1600 Amphitheatre Parkway, Mountain View, CA 94043']],
  },
  {
    kind: 'note',
    text: `Søren is the economic buyer; Kierkegaard family owns 60% of the company. Intro came via Ingrid Björnsdóttir.`,
    pii: [
      ['person', 'Søren'],
      ['person', 'Kierkegaard'],
      ['person', 'Ingrid Björnsdóttir'],
    ],
    knownNames: ['Søren Kierkegaard'],
  },
  {
    kind: 'note',
    text: `Renewal risk: usage dropped 35% since the reorg in January. 3 of 5 admins inactive. Exec sponsor meeting booked for 12 March.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Contact details updated: Nkechi Okafor, Head of Procurement, nkechi.okafor@abujabank.com.ng, +234 803 555 0142.`,
    pii: [
      ['person', 'Nkechi Okafor'],
      ['email', 'nkechi.okafor@abujabank.com.ng'],
      ['phone', '+234 803 555 0142'],
    ],
  },
  {
    kind: 'note',
    text: `Onsite visit at Hauptstraße 5, 69117 Heidelberg. Parking in the courtyard. Ask for Frau Schmidt at reception.`,
    pii: [
      ['postal_address', 'Hauptstraße 5, 69117 Heidelberg'],
      ['person', 'Schmidt'],
    ],
  },
  {
    kind: 'note',
    text: `Candidate for the pilot: Aarav Bhattacharya (data team). Prefers Slack over email. Timezone IST.`,
    pii: [['person', 'Aarav Bhattacharya']],
  },
  {
    kind: 'note',
    text: `Deal lost to Salesforce. Reason: existing enterprise agreement. Revisit in 2026. Owner: Lena Fischer.`,
    pii: [['person', 'Lena Fischer']],
  },
  {
    kind: 'note',
    text: `Kwame Mensah mentioned his birthday is on June 5th, send a card. He also asked for the ROI calculator.`,
    pii: [
      ['person', 'Kwame Mensah'],
      ['date_of_birth', 'June 5th'],
    ],
  },
  {
    kind: 'note',
    text: `Reference customers to offer: Northwind Logistics, Globex, Initech. All three on Enterprise plan, >500 seats.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Spoke w/ Yuki re: SSO. IdP is Okta, tenant acme.okta.com. Yuki will send the metadata XML tomorrow.`,
    pii: [
      ['person', 'Yuki'],
      ['person', 'Yuki'],
    ],
    knownNames: ['Yuki Nakamura'],
  },
  {
    kind: 'note',
    text: `Reassigned account from Tom Becker to Anna Keller effective 1 Feb. Tom stays on as technical contact until the migration ends.`,
    pii: [
      ['person', 'Tom Becker'],
      ['person', 'Anna Keller'],
      ['person', 'Tom'],
    ],
  },
  {
    kind: 'note',
    text: `Procurement asked for our bank details on letterhead. Sent IBAN DE89 3704 0044 0532 0130 00 and BIC COBADEFFXXX to procurement@globex.com.`,
    pii: [
      ['iban', 'DE89 3704 0044 0532 0130 00'],
      ['email', 'procurement@globex.com'],
    ],
  },
  {
    kind: 'note',
    text: `Lunch with Emeka Obi and Folake Adebayo from the Lagos office. They want the mobile app in Yoruba and Hausa by Q4.`,
    pii: [
      ['person', 'Emeka Obi'],
      ['person', 'Folake Adebayo'],
    ],
  },
  {
    kind: 'note',
    text: `Expansion: +250 seats at $38/seat/month = $114,000/yr. Approved by CFO 14/02/2025. Signature pending.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Champion: Leilani Kahale. Blocker: Bartholomew Ashcroft-Reyes (IT) insists on on-prem. Coach: Pita Taufa.`,
    pii: [
      ['person', 'Leilani Kahale'],
      ['person', 'Bartholomew Ashcroft-Reyes'],
      ['person', 'Pita Taufa'],
    ],
  },
  {
    kind: 'note',
    text: `VIP contact. Home address (for the gift box only): 742 Evergreen Terrace, Springfield, OR 97477. Phone 541-555-0187.`,
    pii: [
      ['postal_address', '742 Evergreen Terrace, Springfield, OR 97477'],
      ['phone', '541-555-0187'],
    ],
  },
  {
    kind: 'note',
    text: `Demo went well. Questions about data residency (EU only), SSO, audit log retention (7 years), API rate limits (600/min).`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Intro call with Ngozi Eze's team. Ngozi wants weekly reports; her analyst Chinedu Okonkwo will be the admin.`,
    pii: [
      ['person', 'Ngozi Eze'],
      ['person', 'Ngozi'],
      ['person', 'Chinedu Okonkwo'],
    ],
  },
  {
    kind: 'note',
    text: `Contract signed by Dr. Franziska Weber on behalf of Weber & Söhne GmbH. Countersigned by our CEO.`,
    pii: [['person', 'Franziska Weber']],
  },
  {
    kind: 'note',
    text: `Follow up with rafael about the pricing sheet. he said the board meets thursday.`,
    pii: [['person', 'rafael']],
  },
  {
    kind: 'note',
    text: `Visited the warehouse at Unit 7, 45 Riverside Way, Leeds LS1 4AP. Forklift fleet of 30, all need tablets.`,
    pii: [['postal_address', 'Unit 7, 45 Riverside Way, Leeds LS1 4AP']],
  },
  {
    kind: 'note',
    text: `Asked for W-9. They sent EIN 12-3456789 and the remit-to address in Chicago. Sharon Mitchell in AP is the contact.`,
    pii: [['person', 'Sharon Mitchell']],
  },
  {
    kind: 'note',
    text: `Call with Mei Lin and Wu Hao. Mei Lin leaves in April; Wu Hao takes over the account. Send welcome pack to wuhao@pearlriver.com.cn.`,
    pii: [
      ['person', 'Mei Lin'],
      ['person', 'Wu Hao'],
      ['person', 'Mei Lin'],
      ['person', 'Wu Hao'],
      ['email', 'wuhao@pearlriver.com.cn'],
    ],
  },
  {
    kind: 'note',
    text: `Per Jordan's request, moved the QBR to the Paris office. Attendees: Jordan Mitchell, Amélie Dubois, Karim Benali.`,
    pii: [
      ['person', 'Jordan'],
      ['person', 'Jordan Mitchell'],
      ['person', 'Amélie Dubois'],
      ['person', 'Karim Benali'],
    ],
  },
  {
    kind: 'note',
    text: `Usage report Q3: 1,842 calls summarised, 96% accuracy rating, 12 support tickets (all closed within SLA).`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Tenant admin changed to Olamide Bankole (olamide.b@ikejatech.com). Previous admin Seun deactivated.`,
    pii: [
      ['person', 'Olamide Bankole'],
      ['email', 'olamide.b@ikejatech.com'],
      ['person', 'Seun'],
    ],
  },
  {
    kind: 'note',
    text: `Gift for Sakura Ito's promotion — she was born on 2 March 1990 per LinkedIn, do something for her birthday too.`,
    pii: [
      ['person', 'Sakura Ito'],
      ['date_of_birth', '2 March 1990'],
    ],
  },
];
