import type { Snippet } from './snippet.js';

/** Lines from recorded sales and customer-success calls, as the transcription service writes them. */
export const CALL_SNIPPETS: Snippet[] = [
  {
    kind: 'call',
    text: `Anna Keller: Thanks for making time, Priya. Is the $48,000 figure still what finance approved?
Priya Raghunathan: Yes, for 120 seats. Our CFO, Oluwaseun Adeyemi, wants to see the DPA before Friday.`,
    pii: [
      ['person', 'Anna Keller'],
      ['person', 'Priya'],
      ['person', 'Priya Raghunathan'],
      ['person', 'Oluwaseun Adeyemi'],
    ],
    knownNames: ['Anna Keller', 'Priya Raghunathan'],
  },
  {
    kind: 'call',
    text: `[00:03:12] Mark Davis: If it's easier I can text you the dial-in. What's your cell?
[00:03:15] Zhang Wei: It's +86 138 0013 8000, or my desk line 021 6234 5678.`,
    pii: [
      ['person', 'Mark Davis'],
      ['person', 'Zhang Wei'],
      ['phone', '+86 138 0013 8000'],
      ['phone', '021 6234 5678'],
    ],
  },
  {
    kind: 'call',
    text: `Søren Kierkegaard: We run the pilot in Copenhagen first. Mateus Oliveira in São Paulo will take the LATAM rollout in Q3 2025.`,
    pii: [
      ['person', 'Søren Kierkegaard'],
      ['person', 'Mateus Oliveira'],
    ],
  },
  {
    kind: 'call',
    text: `Speaker 1: So the renewal is 3 years at 1,200 seats, version 4.2 of the connector, right?
Speaker 2: Correct, and we need it live by 2025-01-15.`,
    pii: [],
  },
  {
    kind: 'call',
    text: `Tom Becker: Before I forget — the invoice should go to our AP inbox, ap@northwind-logistics.com, not to me.
Lena Fischer: Noted. And the PO number is 4500012345?
Tom Becker: That's it.`,
    pii: [
      ['person', 'Tom Becker'],
      ['email', 'ap@northwind-logistics.com'],
      ['person', 'Lena Fischer'],
      ['person', 'Tom Becker'],
    ],
  },
  {
    kind: 'call',
    text: `Nkechi Okafor: I'll loop in Chidi from our security team; he owns the SOC 2 questionnaire.
Omar Haddad: Great. Chidi can reach me directly on 07700 900461.`,
    pii: [
      ['person', 'Nkechi Okafor'],
      ['person', 'Chidi'],
      ['person', 'Omar Haddad'],
      ['person', 'Chidi'],
      ['phone', '07700 900461'],
    ],
    knownNames: ['Nkechi Okafor', 'Chidi Nwosu', 'Omar Haddad'],
  },
  {
    kind: 'call',
    text: `Rep: Can you confirm the billing address for the contract?
Customer: Sure, it's 2200 Mission College Blvd, Santa Clara, CA 95054, attention Accounts Payable.`,
    pii: [['postal_address', '2200 Mission College Blvd, Santa Clara, CA 95054']],
  },
  {
    kind: 'call',
    text: `Aarav Bhattacharya: Honestly the blocker is legal. Dmitri Volkov has the redlines and he's out until Monday.
Sofia Rossi: Understood, I'll follow up with Dmitri on Monday then.`,
    pii: [
      ['person', 'Aarav Bhattacharya'],
      ['person', 'Dmitri Volkov'],
      ['person', 'Sofia Rossi'],
      ['person', 'Dmitri'],
    ],
  },
  {
    kind: 'call',
    text: `Yuki Nakamura: The old system was on 10.20.4.17 and the failover box on 10.20.4.18; both get decommissioned in March.`,
    pii: [
      ['person', 'Yuki Nakamura'],
      ['ip_address', '10.20.4.17'],
      ['ip_address', '10.20.4.18'],
    ],
  },
  {
    kind: 'call',
    text: `Ken Ito: We're comparing you with Salesforce and HubSpot. Pricing on Enterprise Plus is $62,500 a year, yes?
Agent: For 250 users, yes, plus onboarding at $4,800.`,
    pii: [['person', 'Ken Ito']],
  },
  {
    kind: 'call',
    text: `Agnieszka Nowak: Our procurement portal needs your bank details. Is it still PL61 1090 1014 0000 0712 1981 2874?
Jon Berg: Yes, that's our Polish entity's account.`,
    pii: [
      ['person', 'Agnieszka Nowak'],
      ['iban', 'PL61 1090 1014 0000 0712 1981 2874'],
      ['person', 'Jon Berg'],
    ],
  },
  {
    kind: 'call',
    text: `Emre Yılmaz: I'm in Istanbul next week, so let's do Thursday at 10:30 CET. Ayşe Demir will join from Ankara.`,
    pii: [
      ['person', 'Emre Yılmaz'],
      ['person', 'Ayşe Demir'],
    ],
  },
  {
    kind: 'call',
    text: `Mariana Costa: Sorry, my laptop died. Can you call me back on +55 11 98765-4321?
Björn Lindqvist: Sure, give me two minutes.`,
    pii: [
      ['person', 'Mariana Costa'],
      ['phone', '+55 11 98765-4321'],
      ['person', 'Björn Lindqvist'],
    ],
  },
  {
    kind: 'call',
    text: `Host: Welcome everyone to the quarterly business review. On the line we have Thandiwe Mthembu, Kofi Boateng and Lucía Fernández from the customer side.`,
    pii: [
      ['person', 'Thandiwe Mthembu'],
      ['person', 'Kofi Boateng'],
      ['person', 'Lucía Fernández'],
    ],
  },
  {
    kind: 'call',
    text: `Kenji Watanabe: The cancellation fee was ¥1,250,000 and the contract ran from 2021 to 2024. Nothing else outstanding.`,
    pii: [['person', 'Kenji Watanabe']],
  },
  {
    kind: 'call',
    text: `Farhan Siddiqui: For the background check they asked my date of birth, which is 17 April 1986, and my passport number, P4366918.`,
    pii: [
      ['person', 'Farhan Siddiqui'],
      ['date_of_birth', '17 April 1986'],
      ['national_id', 'P4366918'],
    ],
  },
  {
    kind: 'call',
    text: `Ioana Popescu: Tell Rafael the demo environment is at 198.51.100.23 and the admin login goes to ioana.popescu@contoso.ro.`,
    pii: [
      ['person', 'Ioana Popescu'],
      ['person', 'Rafael'],
      ['ip_address', '198.51.100.23'],
      ['email', 'ioana.popescu@contoso.ro'],
    ],
    knownNames: ['Ioana Popescu', 'Rafael Domínguez'],
  },
  {
    kind: 'call',
    text: `Grace Liu: We had 14 tickets last month, ticket #48213 was the worst. Can support escalate faster?
Anna Keller: I'll raise it with Rahul Mehta, he leads support EMEA.`,
    pii: [
      ['person', 'Grace Liu'],
      ['person', 'Anna Keller'],
      ['person', 'Rahul Mehta'],
    ],
  },
  {
    kind: 'call',
    text: `00:14:02 - Vusi Khumalo: Our Johannesburg office is at 14 Fredman Drive, Sandton, and the Cape Town team sits in the V&A Waterfront.`,
    pii: [
      ['person', 'Vusi Khumalo'],
      ['postal_address', '14 Fredman Drive, Sandton'],
    ],
  },
  {
    kind: 'call',
    text: `Eilidh MacLeod: Ring me on 0131 496 0321 if the courier can't find us. We're at 12 Rose Street, Edinburgh EH2 2PR.`,
    pii: [
      ['person', 'Eilidh MacLeod'],
      ['phone', '0131 496 0321'],
      ['postal_address', '12 Rose Street, Edinburgh EH2 2PR'],
    ],
  },
  {
    kind: 'call',
    text: `Sales: The discount is 12% if you sign by the 30th. That takes you from €96,000 to €84,480.
Buyer: Let me check with the board on Tuesday.`,
    pii: [],
  },
  {
    kind: 'call',
    text: `Hyun-woo Park: Can we move the kickoff? Jisoo is on leave and Min-jun Lee has the workshop that day.`,
    pii: [
      ['person', 'Hyun-woo Park'],
      ['person', 'Jisoo'],
      ['person', 'Min-jun Lee'],
    ],
  },
  {
    kind: 'call',
    text: `Lena Fischer: Anna, just so you know, Oluwaseun signed off on the budget this morning.
Anna Keller: That's great news.`,
    pii: [
      ['person', 'Lena Fischer'],
      ['person', 'Anna'],
      ['person', 'Oluwaseun'],
      ['person', 'Anna Keller'],
    ],
    knownNames: ['Oluwaseun Adeyemi', 'Anna Keller', 'Lena Fischer'],
  },
  {
    kind: 'call',
    text: `Amara Diallo: For the wire, use FR14 2004 1010 0505 0001 3M02 606 and put the order number 77812 in the reference.`,
    pii: [
      ['person', 'Amara Diallo'],
      ['iban', 'FR14 2004 1010 0505 0001 3M02 606'],
    ],
  },
  {
    kind: 'call',
    text: `Mark Davis: I'm putting the card on file now, it's 5555 5555 5555 4444, expiry 09/27.
Support: Thanks, the first charge goes out on the 1st.`,
    pii: [
      ['person', 'Mark Davis'],
      ['payment_card', '5555 5555 5555 4444'],
    ],
  },
  {
    kind: 'call',
    text: `Joaquín Herrera: My number changed. New one is +34 612 345 678. Email stays joaquin.herrera@iberdata.es.`,
    pii: [
      ['person', 'Joaquín Herrera'],
      ['phone', '+34 612 345 678'],
      ['email', 'joaquin.herrera@iberdata.es'],
    ],
  },
  {
    kind: 'call',
    text: `Tariq Al-Farsi: We expect 40% growth, so plan for 3,500 seats by 2026. Nadia Haddad runs the forecast.`,
    pii: [
      ['person', 'Tariq Al-Farsi'],
      ['person', 'Nadia Haddad'],
    ],
  },
  {
    kind: 'call',
    text: `Mei Lin: I spoke with Kalani Akana in Honolulu, she is happy with the integration. Next call on 12/03.`,
    pii: [
      ['person', 'Mei Lin'],
      ['person', 'Kalani Akana'],
    ],
  },
  {
    kind: 'call',
    text: `Chidi Nwosu: For payroll we need each employee's SSN, e.g. 219-09-9999, stored encrypted. Is that okay for you?`,
    pii: [
      ['person', 'Chidi Nwosu'],
      ['national_id', '219-09-9999'],
    ],
  },
  {
    kind: 'call',
    text: `Ruairí Ó Súilleabháin: Send the hardware to our Dublin office, Ngozi Eze will sign for it.`,
    pii: [
      ['person', 'Ruairí Ó Súilleabháin'],
      ['person', 'Ngozi Eze'],
    ],
  },
  {
    kind: 'call',
    text: `Rep: Who else should be on the decision call?
Prospect: Our COO and probably the head of IT. And maybe someone from Deloitte, they're advising us.`,
    pii: [],
  },
  {
    kind: 'call',
    text: `Zanele Dlamini: The trial ends on 31 October. If we extend, can we keep the 14-day SLA and the price of R 145 000?`,
    pii: [['person', 'Zanele Dlamini']],
  },
];
