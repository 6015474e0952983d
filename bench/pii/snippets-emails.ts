import type { Snippet } from './snippet.js';

/** Emails synced into the CRM: greetings, bodies, forwarded headers and signatures. */
export const EMAIL_SNIPPETS: Snippet[] = [
  {
    kind: 'email',
    text: `Hi Priya,

thanks for the call today. As discussed, the annual price for 120 seats is $48,000 and the offer is valid until 30 November.

Best regards,
Anna Keller
Account Executive, Cohelm
+49 30 5550 1234`,
    pii: [
      ['person', 'Priya'],
      ['person', 'Anna Keller'],
      ['phone', '+49 30 5550 1234'],
    ],
    knownNames: ['Priya Raghunathan', 'Anna Keller'],
  },
  {
    kind: 'email',
    text: `From: Oluwaseun Adeyemi <o.adeyemi@lagosfreight.ng>
To: Mark Davis <mark.davis@cohelm.io>
Subject: Re: Security review

Mark, our team reviewed the pen test. Two findings left, see attached.

Oluwaseun`,
    pii: [
      ['person', 'Oluwaseun Adeyemi'],
      ['email', 'o.adeyemi@lagosfreight.ng'],
      ['person', 'Mark Davis'],
      ['email', 'mark.davis@cohelm.io'],
      ['person', 'Mark'],
      ['person', 'Oluwaseun'],
    ],
  },
  {
    kind: 'email',
    text: `Dear Mr Okafor,

please find our invoice INV-2024-00871 attached. Payment is due within 30 days to:
IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L.

Kind regards,
Sarah Whitfield
Finance, Northwind Logistics Ltd`,
    pii: [
      ['person', 'Okafor'],
      ['iban', 'GB29 NWBK 6016 1331 9268 19'],
      ['person', 'Sarah Whitfield'],
    ],
  },
  {
    kind: 'email',
    text: `Hello team,

quick reminder that the v2.14.3 release goes out Friday. Release notes are in Confluence. No action needed.

Thanks,
Product Operations`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Hi Mateus,

could you send the signed order form to legal@acme-corp.com and cc me? Our address for the hardware is 350 Fifth Avenue, Suite 4400, New York, NY 10118.

Cheers,
Dmitri`,
    pii: [
      ['person', 'Mateus'],
      ['email', 'legal@acme-corp.com'],
      ['postal_address', '350 Fifth Avenue, Suite 4400, New York, NY 10118'],
      ['person', 'Dmitri'],
    ],
  },
  {
    kind: 'email',
    text: `Sehr geehrte Frau Schneider,

vielen Dank für Ihre Bestellung. Die Rechnung geht an: Friedrichstraße 123, 10117 Berlin.
Bei Fragen erreichen Sie mich unter 030 20614 587.

Mit freundlichen Grüßen
Jürgen Hoffmann`,
    pii: [
      ['person', 'Schneider'],
      ['postal_address', 'Friedrichstraße 123, 10117 Berlin'],
      ['phone', '030 20614 587'],
      ['person', 'Jürgen Hoffmann'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Lucía, Hi Kofi,

attached is the QBR deck. Slide 7 has the adoption numbers: 87% weekly active, up from 64% in Q2.

Talk soon,
Thandiwe`,
    pii: [
      ['person', 'Lucía'],
      ['person', 'Kofi'],
      ['person', 'Thandiwe'],
    ],
    knownNames: ['Lucía Fernández', 'Kofi Boateng', 'Thandiwe Mthembu'],
  },
  {
    kind: 'email',
    text: `---------- Forwarded message ---------
From: Siobhán Ní Bhriain <siobhan@greenisle.ie>
Date: Tue, 4 Mar 2025 at 09:12

Can someone from your side call me on +353 1 555 0199? Our Dublin office is 25 Merrion Square, Dublin 2.`,
    pii: [
      ['person', 'Siobhán Ní Bhriain'],
      ['email', 'siobhan@greenisle.ie'],
      ['phone', '+353 1 555 0199'],
      ['postal_address', '25 Merrion Square, Dublin 2'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Rahul,

The customer reported that the SSO login fails from 203.0.113.42 since this morning. Ticket is #88213. Could you take a look?

Thanks
Grace`,
    pii: [
      ['person', 'Rahul'],
      ['ip_address', '203.0.113.42'],
      ['person', 'Grace'],
    ],
  },
  {
    kind: 'email',
    text: `Hi all,

The renewal for Globex Corporation is on track. They want a 3-year term at $210,000 per year and an uplift cap of 5%. Contract draft v3 attached.

Best,
Sales Ops`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Dear Dr. Tanaka,

thank you for agreeing to the reference call. Ms. Aisha Bello from our customer advisory board will join as well.

Sincerely,
Hiroshi Yamamoto`,
    pii: [
      ['person', 'Tanaka'],
      ['person', 'Aisha Bello'],
      ['person', 'Hiroshi Yamamoto'],
    ],
  },
  {
    kind: 'email',
    text: `Hey Zhang Wei,

Following up on pricing: I can do 15% off list if we close by 28 March. Does Thursday 2pm work for a call with your CFO?

Best, Tom`,
    pii: [
      ['person', 'Zhang Wei'],
      ['person', 'Tom'],
    ],
  },
  {
    kind: 'email',
    text: `Hello,

I'd like to update the card on our account to 4012 8888 8888 1881 (Visa, exp 11/26). The billing contact stays the same.

Regards,
Nadia Haddad
Office Manager | Haddad & Partners
nadia@haddad-partners.com | +961 1 555 234`,
    pii: [
      ['payment_card', '4012 8888 8888 1881'],
      ['person', 'Nadia Haddad'],
      ['email', 'nadia@haddad-partners.com'],
      ['phone', '+961 1 555 234'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Ingrid,

our new office address from 1 April: 14 Tottenham Court Road, London W1T 1JY. Please update the contract and the invoice address.

Many thanks,
Björn`,
    pii: [
      ['person', 'Ingrid'],
      ['postal_address', '14 Tottenham Court Road, London W1T 1JY'],
      ['person', 'Björn'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Kenji,

Apologies for the delay. The onboarding workshop is confirmed for Monday 9:00–12:00 at your Osaka office. Ayaka from our side will run it.

Best regards,
Leilani Kahale
Customer Success Manager`,
    pii: [
      ['person', 'Kenji'],
      ['person', 'Ayaka'],
      ['person', 'Leilani Kahale'],
    ],
  },
  {
    kind: 'email',
    text: `Dear Sir or Madam,

We are writing to inform you that your subscription (order 10023456) will renew automatically on 2025-02-01 for €9,600.

Your Contoso Billing Team`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Hi Ms. Kowalczyk,

as requested, here is our tax information for the supplier registration: Steuer-ID 86095742719, USt-IdNr. DE123456789.

Viele Grüße
Katrin Baumann`,
    pii: [
      ['person', 'Kowalczyk'],
      ['national_id', '86095742719'],
      ['person', 'Katrin Baumann'],
    ],
  },
  {
    kind: 'email',
    text: `Priya — quick one: can Oluwaseun approve the PO this week? Finance closes the books on the 28th.

— Anna`,
    pii: [
      ['person', 'Priya'],
      ['person', 'Oluwaseun'],
      ['person', 'Anna'],
    ],
    knownNames: ['Priya Raghunathan', 'Oluwaseun Adeyemi', 'Anna Keller'],
  },
  {
    kind: 'email',
    text: `Hi Gunnar,

thanks for the intro to Sigríður Jónsdóttir. I'll reach out to her at sigga@nordurljos.is this week.

Kind regards,
Mariana Costa
+351 912 345 678`,
    pii: [
      ['person', 'Gunnar'],
      ['person', 'Sigríður Jónsdóttir'],
      ['email', 'sigga@nordurljos.is'],
      ['person', 'Mariana Costa'],
      ['phone', '+351 912 345 678'],
    ],
  },
  {
    kind: 'email',
    text: `Team,

Reminder: the Microsoft Teams integration webinar is on Wednesday at 16:00. Register at https://events.cohelm.io/teams-webinar. Capacity is 500 attendees.

Marketing`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Hi Ahmed,

I checked with our payments team. The refund of $1,249.00 went to the card ending 4242 on 14 February. Reference RF-55821.

Best,
Camille Martin
Billing Support`,
    pii: [
      ['person', 'Ahmed'],
      ['person', 'Camille Martin'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Wojciech,

please send the NDA to our registered office: Leopoldstr. 21, 80802 München. Our legal counsel, Dr. Franziska Weber, will countersign.

Best regards
Florian Wagner`,
    pii: [
      ['person', 'Wojciech'],
      ['postal_address', 'Leopoldstr. 21, 80802 München'],
      ['person', 'Franziska Weber'],
      ['person', 'Florian Wagner'],
    ],
  },
  {
    kind: 'email',
    text: `Dear Anh,

Happy to confirm your access. Your login is anh.tran@saigontech.vn and the VPN gateway is 2001:db8:85a3::8a2e:370:7334.

Regards,
IT Service Desk`,
    pii: [
      ['person', 'Anh'],
      ['email', 'anh.tran@saigontech.vn'],
      ['ip_address', '2001:db8:85a3::8a2e:370:7334'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Jisoo,

Just confirming our meeting at the Seoul office next Tuesday at 3pm. I'll bring Hyun-woo and the pricing proposal (v2, 18% discount).

Best regards,
Daniel Brooks`,
    pii: [
      ['person', 'Jisoo'],
      ['person', 'Hyun-woo'],
      ['person', 'Daniel Brooks'],
    ],
  },
  {
    kind: 'email',
    text: `Good morning Emre,

attached is the revised quote Q-2024-1187 for 75 licences at €38 per user per month. The offer is valid for 30 days.

Kind regards,
Ayşe`,
    pii: [
      ['person', 'Emre'],
      ['person', 'Ayşe'],
    ],
  },
  {
    kind: 'email',
    text: `Hello Mr. Volkov,

For the KYC check we still need a copy of your ID card and your date of birth (we have 03/14/1979 on file — please confirm).

Thank you,
Compliance Team`,
    pii: [
      ['person', 'Volkov'],
      ['date_of_birth', '03/14/1979'],
    ],
  },
  {
    kind: 'email',
    text: `Hi there,

Your trial of Cohelm Copilot ends in 3 days. Upgrade now to keep your 14 dashboards and 2,300 call summaries.

The Cohelm Team`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Hi Farhan,

Meeting notes from today are below. Tariq will send the architecture diagram; Agnieszka owns the data migration plan.

Cheers,
Sofia`,
    pii: [
      ['person', 'Farhan'],
      ['person', 'Tariq'],
      ['person', 'Agnieszka'],
      ['person', 'Sofia'],
    ],
    knownNames: ['Farhan Siddiqui', 'Tariq Al-Farsi', 'Agnieszka Nowak', 'Sofia Rossi'],
  },
  {
    kind: 'email',
    text: `Hi Joanna,

the courier tried to deliver the devices to 1 Infinite Loop, Cupertino, CA 95014 but nobody was at reception. Can you give me a phone number for the site? 

Thanks,
Marcus Reid`,
    pii: [
      ['person', 'Joanna'],
      ['postal_address', '1 Infinite Loop, Cupertino, CA 95014'],
      ['person', 'Marcus Reid'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Chen,

I'm out of office until 6 January with limited access to email. For urgent matters please contact my colleague Olivia Bennett on (212) 555-0147.

Kind regards,
James O'Connor`,
    pii: [
      ['person', 'Chen'],
      ['person', 'Olivia Bennett'],
      ['phone', '(212) 555-0147'],
      ['person', "James O'Connor"],
    ],
  },
];
