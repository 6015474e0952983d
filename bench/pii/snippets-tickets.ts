import type { Snippet } from './snippet.js';

/** Support tickets and their replies: customers paste logs, payment data and contact details. */
export const TICKET_SNIPPETS: Snippet[] = [
  {
    kind: 'ticket',
    text: `Subject: Cannot log in
Reporter: oliver.grant@brightwave.co.uk
Since the update to 5.3.1 I get "invalid session" when logging in from 81.2.69.142. Please help, our sales team is blocked.`,
    pii: [
      ['email', 'oliver.grant@brightwave.co.uk'],
      ['ip_address', '81.2.69.142'],
    ],
  },
  {
    kind: 'ticket',
    text: `Hi, I was charged twice for March. The card is 4111 1111 1111 1111. Please refund one of the charges ($249.00). — Priscilla Nakamura-Hughes`,
    pii: [
      ['payment_card', '4111 1111 1111 1111'],
      ['person', 'Priscilla Nakamura-Hughes'],
    ],
  },
  {
    kind: 'ticket',
    text: `Error log:
2024-11-02T10:14:33Z ERROR auth failed user_id=88231 ip=192.168.10.54
2024-11-02T10:14:35Z WARN retry 2/3 after 1500ms`,
    pii: [['ip_address', '192.168.10.54']],
  },
  {
    kind: 'ticket',
    text: `Customer Fatima Al-Sayed (fatima.alsayed@dubaitrade.ae) reports the export to Excel truncates at 65,536 rows. Plan: Enterprise. Priority: P2.`,
    pii: [
      ['person', 'Fatima Al-Sayed'],
      ['email', 'fatima.alsayed@dubaitrade.ae'],
    ],
  },
  {
    kind: 'ticket',
    text: `The webhook to https://hooks.example.com/crm fails with HTTP 502 since build 2024.11.3. Retry count exceeded (5). No customer data affected.`,
    pii: [],
  },
  {
    kind: 'ticket',
    text: `Please change the account owner to Lars Eriksson and update the billing phone to +46 8 123 456 78. Old owner Pernilla left the company.`,
    pii: [
      ['person', 'Lars Eriksson'],
      ['phone', '+46 8 123 456 78'],
      ['person', 'Pernilla'],
    ],
  },
  {
    kind: 'ticket',
    text: `Agent note: caller verified identity with DOB 1984-09-23 and last four of SSN. Name on account: Denise Whitaker.`,
    pii: [
      ['date_of_birth', '1984-09-23'],
      ['person', 'Denise Whitaker'],
    ],
  },
  {
    kind: 'ticket',
    text: `Our firewall only allows 10.0.0.0/8 and 172.16.5.20. Can you whitelist your webhook IPs 34.120.15.7 and 34.120.15.8?`,
    pii: [
      ['ip_address', '10.0.0.0'],
      ['ip_address', '172.16.5.20'],
      ['ip_address', '34.120.15.7'],
      ['ip_address', '34.120.15.8'],
    ],
  },
  {
    kind: 'ticket',
    text: `Reply from Rahul Mehta (Support): Hi Gabriela, we reproduced the bug in version 3.2.0 and a fix ships Thursday. Sorry for the trouble!`,
    pii: [
      ['person', 'Rahul Mehta'],
      ['person', 'Gabriela'],
    ],
  },
  {
    kind: 'ticket',
    text: `Duplicate contacts after import: 1,204 records affected. CSV had columns name, email, phone. Import job id 7f3a9c21.`,
    pii: [],
  },
  {
    kind: 'ticket',
    text: `Please update our remittance details: IBAN NL91 ABNA 0417 1643 00, account holder Pieter van der Berg. Thank you!`,
    pii: [
      ['iban', 'NL91 ABNA 0417 1643 00'],
      ['person', 'Pieter van der Berg'],
    ],
  },
  {
    kind: 'ticket',
    text: `User thandi.mthembu@jozi-energy.co.za cannot see the Deals tab. Role: Sales Rep. Team: Gauteng Enterprise. Checked permissions, looks fine.`,
    pii: [['email', 'thandi.mthembu@jozi-energy.co.za']],
  },
  {
    kind: 'ticket',
    text: `Caller: Mr Oyelaran, callback number 0161 496 0752 between 2 and 4 pm. Issue: invoice 2024-118 shows the wrong VAT rate (20% vs 5%).`,
    pii: [
      ['person', 'Oyelaran'],
      ['phone', '0161 496 0752'],
    ],
  },
  {
    kind: 'ticket',
    text: `GDPR request: delete all data for Magdalena Wiśniewska, magda.w@krakowsoft.pl, phone +48 12 345 67 89. Confirm within 30 days.`,
    pii: [
      ['person', 'Magdalena Wiśniewska'],
      ['email', 'magda.w@krakowsoft.pl'],
      ['phone', '+48 12 345 67 89'],
    ],
  },
  {
    kind: 'ticket',
    text: `The iOS app crashes on launch (iPhone 15, iOS 17.4.1). Crash id E2F1-99AB. Happens for 3 of our 40 users.`,
    pii: [],
  },
  {
    kind: 'ticket',
    text: `Hi support, I'm Kalinda Walker from the Darwin office. Our SAML cert expires 30/06/2025; new cert attached. Call me on 08 8999 4821 if anything's unclear.`,
    pii: [
      ['person', 'Kalinda Walker'],
      ['phone', '08 8999 4821'],
    ],
  },
  {
    kind: 'ticket',
    text: `Refund request for order 5512-8890-1123. Customer paid with Amex 3782 822463 10005. Amount: €1.299,00.`,
    pii: [['payment_card', '3782 822463 10005']],
  },
  {
    kind: 'ticket',
    text: `Escalation: Dr Amaka Chukwu (Chief Medical Officer) says patient-facing staff can't access the scheduling module. Impact: 200 users.`,
    pii: [['person', 'Amaka Chukwu']],
  },
  {
    kind: 'ticket',
    text: `Identity verification for payout: passport number 533380006, issued 2019. Account holder born 11/05/1972.`,
    pii: [
      ['national_id', '533380006'],
      ['date_of_birth', '11/05/1972'],
    ],
  },
  {
    kind: 'ticket',
    text: `Latency from the Frankfurt region averaged 340 ms between 14:00 and 15:30 UTC. Status page incident #231 covers it.`,
    pii: [],
  },
  {
    kind: 'ticket',
    text: `New user request: add Tomasz Zieliński (tomasz.zielinski@gdansk-port.pl) and Oksana Kovalenko (oksana.k@gdansk-port.pl) as viewers.`,
    pii: [
      ['person', 'Tomasz Zieliński'],
      ['email', 'tomasz.zielinski@gdansk-port.pl'],
      ['person', 'Oksana Kovalenko'],
      ['email', 'oksana.k@gdansk-port.pl'],
    ],
  },
  {
    kind: 'ticket',
    text: `Reporter: Hamid Karimi. Reproduce: open any deal > Activity > filter "Calls" > page 2. Expected 25 items, got 0. Browser Chrome 131.`,
    pii: [['person', 'Hamid Karimi']],
  },
  {
    kind: 'ticket',
    text: `Customer sent their NI number AB 12 34 56 C for the payroll integration by mistake. Please purge it from ticket history.`,
    pii: [['national_id', 'AB 12 34 56 C']],
  },
  {
    kind: 'ticket',
    text: `Payment failed: card 6011 1111 1111 1117 declined (insufficient funds). Retry scheduled for 2025-03-03. Account: Initech Inc.`,
    pii: [['payment_card', '6011 1111 1111 1117']],
  },
  {
    kind: 'ticket',
    text: `Device shipped to Lindiwe Ndlovu, 88 Jan Smuts Avenue, Johannesburg 2196. Tracking via Aramex.`,
    pii: [
      ['person', 'Lindiwe Ndlovu'],
      ['postal_address', '88 Jan Smuts Avenue, Johannesburg 2196'],
    ],
  },
  {
    kind: 'ticket',
    text: `Call summary is wrong: it says Quentin Moreau agreed to 20% but it was Margaux Lefèvre who said that, and only for year one.`,
    pii: [
      ['person', 'Quentin Moreau'],
      ['person', 'Margaux Lefèvre'],
    ],
  },
  {
    kind: 'ticket',
    text: `SMTP relay rejects mail from 2a00:1450:4001:81c::200e. SPF record updated at 09:40; please re-test.`,
    pii: [['ip_address', '2a00:1450:4001:81c::200e']],
  },
  {
    kind: 'ticket',
    text: `Please reset MFA for user Mohammed Al-Rashid. He lost his phone; new number (+971) 50 123 4567 for SMS codes.`,
    pii: [
      ['person', 'Mohammed Al-Rashid'],
      ['phone', '(+971) 50 123 4567'],
    ],
  },
  {
    kind: 'ticket',
    text: `Question from customer: does the Copilot store transcripts? They're a hospital in Graz with strict data rules (Austria). Answer sent by Support Tier 2.`,
    pii: [],
  },
  {
    kind: 'ticket',
    text: `Bank transfer received from Helga Brandt, AT61 1904 3002 3457 3201, amount €4.800,00, reference CH-2024-771.`,
    pii: [
      ['person', 'Helga Brandt'],
      ['iban', 'AT61 1904 3002 3457 3201'],
    ],
  },
];
