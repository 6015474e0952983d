import type { Snippet } from './snippet.js';

/** Email signatures and contact blocks in German, UK and US formats. */
export const SIGNATURE_SNIPPETS: Snippet[] = [
  {
    kind: 'signature',
    text: `Mit freundlichen Grüßen

Katarzyna Wójcik
Leiterin Einkauf
Acme GmbH | Hauptstraße 5 | 10115 Berlin
Tel.: +49 (0)30 1234 5678 | Mobil: 0171 2345678
k.wojcik@acme.de`,
    pii: [
      ['person', 'Katarzyna Wójcik'],
      ['postal_address', 'Hauptstraße 5 | 10115 Berlin'],
      ['phone', '+49 (0)30 1234 5678'],
      ['phone', '0171 2345678'],
      ['email', 'k.wojcik@acme.de'],
    ],
  },
  {
    kind: 'signature',
    text: `--
James Whitmore
Senior Account Manager
Brightwave Ltd, 10 Downing Street, London SW1A 2AA
T: 020 7946 0958 | M: 07700 900123`,
    pii: [
      ['person', 'James Whitmore'],
      ['postal_address', '10 Downing Street, London SW1A 2AA'],
      ['phone', '020 7946 0958'],
      ['phone', '07700 900123'],
    ],
  },
  {
    kind: 'signature',
    text: `Best,
Jennifer Alvarez
Director of Revenue Operations | Initech
500 W 2nd St, Suite 1900, Austin, TX 78701
o: (512) 555-0163  c: 512.555.0199`,
    pii: [
      ['person', 'Jennifer Alvarez'],
      ['postal_address', '500 W 2nd St, Suite 1900, Austin, TX 78701'],
      ['phone', '(512) 555-0163'],
      ['phone', '512.555.0199'],
    ],
  },
  {
    kind: 'signature',
    text: `Viele Grüße
Dr. Matthias Krüger
Geschäftsführer
Krüger Logistik GmbH & Co. KG
Am Sandtorkai 38, 20457 Hamburg
Telefon 040 3009 1120`,
    pii: [
      ['person', 'Matthias Krüger'],
      ['postal_address', 'Am Sandtorkai 38, 20457 Hamburg'],
      ['phone', '040 3009 1120'],
    ],
  },
  {
    kind: 'signature',
    text: `Kind regards,

Oluwaseun Adeyemi
Chief Financial Officer
Lagos Freight Ltd.
Plot 12, Adeola Odeku Street, Victoria Island, Lagos
+234 1 555 0100`,
    pii: [
      ['person', 'Oluwaseun Adeyemi'],
      ['postal_address', 'Plot 12, Adeola Odeku Street, Victoria Island, Lagos'],
      ['phone', '+234 1 555 0100'],
    ],
  },
  {
    kind: 'signature',
    text: `Thanks,
Priya

Priya Raghunathan | Head of Operations | Northwind Logistics
priya.r@northwind-logistics.com | +1 415 555 0132`,
    pii: [
      ['person', 'Priya'],
      ['person', 'Priya Raghunathan'],
      ['email', 'priya.r@northwind-logistics.com'],
      ['phone', '+1 415 555 0132'],
    ],
  },
  {
    kind: 'signature',
    text: `Cheers,
Eilidh

Eilidh MacLeod
Partnerships Lead, Thistle Analytics
3 Queen Street, Edinburgh EH2 1JE
0131 496 0000`,
    pii: [
      ['person', 'Eilidh'],
      ['person', 'Eilidh MacLeod'],
      ['postal_address', '3 Queen Street, Edinburgh EH2 1JE'],
      ['phone', '0131 496 0000'],
    ],
  },
  {
    kind: 'signature',
    text: `Beste Grüße
Jonas Becker
Vertrieb DACH
Cohelm GmbH · Königsallee 60 · 40212 Düsseldorf
jonas.becker@cohelm.de · +49 211 5555 7890`,
    pii: [
      ['person', 'Jonas Becker'],
      ['postal_address', 'Königsallee 60 · 40212 Düsseldorf'],
      ['email', 'jonas.becker@cohelm.de'],
      ['phone', '+49 211 5555 7890'],
    ],
  },
  {
    kind: 'signature',
    text: `Regards,
Marcus Reid
VP Customer Success
Globex Corporation
1 World Trade Center, 85th Floor, New York, NY 10007
Direct: 212-555-0178`,
    pii: [
      ['person', 'Marcus Reid'],
      ['postal_address', '1 World Trade Center, 85th Floor, New York, NY 10007'],
      ['phone', '212-555-0178'],
    ],
  },
  {
    kind: 'signature',
    text: `Sent from my iPhone

Mateus Oliveira
Diretor Comercial | Brasil Cargo S.A.
Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200
+55 11 3555-0100`,
    pii: [
      ['person', 'Mateus Oliveira'],
      ['postal_address', 'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200'],
      ['phone', '+55 11 3555-0100'],
    ],
  },
  {
    kind: 'signature',
    text: `Sincerely,
Dr. Hiroshi Tanaka
Head of Digital Transformation
Tanaka Medical Group`,
    pii: [['person', 'Hiroshi Tanaka']],
  },
  {
    kind: 'signature',
    text: `Freundliche Grüße aus Wien
Elisabeth Gruber
Mariahilfer Straße 77, 1060 Wien
+43 1 5555 210`,
    pii: [
      ['person', 'Elisabeth Gruber'],
      ['postal_address', 'Mariahilfer Straße 77, 1060 Wien'],
      ['phone', '+43 1 5555 210'],
    ],
  },
  {
    kind: 'signature',
    text: `Thanks!
Zanele

Zanele Dlamini · Procurement Manager · Jozi Energy
zanele.d@jozi-energy.co.za`,
    pii: [
      ['person', 'Zanele'],
      ['person', 'Zanele Dlamini'],
      ['email', 'zanele.d@jozi-energy.co.za'],
    ],
  },
  {
    kind: 'signature',
    text: `Best regards,
Ravi Shankar Iyer
Principal Architect, Infosys
Electronics City, Hosur Road, Bengaluru 560100
+91 80 2852 0261`,
    pii: [
      ['person', 'Ravi Shankar Iyer'],
      ['postal_address', 'Electronics City, Hosur Road, Bengaluru 560100'],
      ['phone', '+91 80 2852 0261'],
    ],
  },
  {
    kind: 'signature',
    text: `Warm regards,
Leilani

--
Leilani Kahale
Customer Success | Cohelm
808-555-0112`,
    pii: [
      ['person', 'Leilani'],
      ['person', 'Leilani Kahale'],
      ['phone', '808-555-0112'],
    ],
  },
  {
    kind: 'signature',
    text: `Gruß
Stefan
--
Stefan Hartmann
IT-Leitung, Hartmann & Söhne KG
Leopoldstraße 244, 80807 München
Fon 089 1234 5678 · Fax 089 1234 5679`,
    pii: [
      ['person', 'Stefan'],
      ['person', 'Stefan Hartmann'],
      ['postal_address', 'Leopoldstraße 244, 80807 München'],
      ['phone', '089 1234 5678'],
      ['phone', '089 1234 5679'],
    ],
  },
  {
    kind: 'signature',
    text: `Best wishes,
Charlotte Ashworth
Head of Finance
Ashworth & Pike LLP
Flat 4, 27 Old Gloucester Street, London WC1N 3AX
charlotte@ashworthpike.co.uk`,
    pii: [
      ['person', 'Charlotte Ashworth'],
      ['postal_address', 'Flat 4, 27 Old Gloucester Street, London WC1N 3AX'],
      ['email', 'charlotte@ashworthpike.co.uk'],
    ],
  },
  {
    kind: 'signature',
    text: `Regards,
The Billing Team
Northwind Logistics Inc.
billing@northwind-logistics.com`,
    pii: [['email', 'billing@northwind-logistics.com']],
  },
  {
    kind: 'signature',
    text: `Cheers,
Kai

Kai Nakamura-Lindgren | Solutions Engineer | Cohelm
kai@cohelm.io`,
    pii: [
      ['person', 'Kai'],
      ['person', 'Kai Nakamura-Lindgren'],
      ['email', 'kai@cohelm.io'],
    ],
  },
  {
    kind: 'signature',
    text: `Kind regards,
Annika Sørensen
Nordic Sales | Cohelm ApS
Vesterbrogade 149, 1620 København V
+45 32 55 01 23`,
    pii: [
      ['person', 'Annika Sørensen'],
      ['postal_address', 'Vesterbrogade 149, 1620 København V'],
      ['phone', '+45 32 55 01 23'],
    ],
  },
  {
    kind: 'signature',
    text: `Best,
Sam

Samuel Oduya
Account Director, East Africa
Westlands, Nairobi
+254 20 555 1234`,
    pii: [
      ['person', 'Sam'],
      ['person', 'Samuel Oduya'],
      ['phone', '+254 20 555 1234'],
    ],
  },
  {
    kind: 'signature',
    text: `Mit freundlichen Grüßen
i. A. Sabine Vogel
Buchhaltung
Vogel Maschinenbau AG
Industriestraße 12a, 70565 Stuttgart
Steuer-ID: 65 929 970 489`,
    pii: [
      ['person', 'Sabine Vogel'],
      ['postal_address', 'Industriestraße 12a, 70565 Stuttgart'],
      ['national_id', '65 929 970 489'],
    ],
  },
];
