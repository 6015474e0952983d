import type { Snippet } from './snippet.js';

/**
 * A later batch with formats the first batches did not use (extensions, compact numbers, P.O. boxes,
 * French and Australian numbers, name lists, possessives), written before running the detectors on it.
 */
export const MIXED_SNIPPETS: Snippet[] = [
  {
    kind: 'note',
    text: `Attendees: Ana Lima, Bruno Souza, Carla Dias (all Itaú), plus our SE Wojtek. Bruno's team owns the data lake.`,
    pii: [
      ['person', 'Ana Lima'],
      ['person', 'Bruno Souza'],
      ['person', 'Carla Dias'],
      ['person', 'Wojtek'],
      ['person', 'Bruno'],
    ],
  },
  {
    kind: 'signature',
    text: `Thanks,
Aoife Byrne
Operations Manager
+353-1-555-0143 ext. 204 | aoife.byrne@shamrockfoods.ie`,
    pii: [
      ['person', 'Aoife Byrne'],
      ['phone', '+353-1-555-0143 ext. 204'],
      ['email', 'aoife.byrne@shamrockfoods.ie'],
    ],
  },
  {
    kind: 'note',
    text: `Remit to: PO Box 1234, Denver, CO 80201. Net 45. Contact for remittance questions: Tyrone Jackson, 303-555-0166.`,
    pii: [
      ['postal_address', 'PO Box 1234, Denver, CO 80201'],
      ['person', 'Tyrone Jackson'],
      ['phone', '303-555-0166'],
    ],
  },
  {
    kind: 'email',
    text: `Bonjour Camille,

pour la livraison: 12 rue de Rivoli, 75001 Paris. Vous pouvez me joindre au 06 12 34 56 78.

Cordialement,
Théo Lefebvre`,
    pii: [
      ['person', 'Camille'],
      ['postal_address', '12 rue de Rivoli, 75001 Paris'],
      ['phone', '06 12 34 56 78'],
      ['person', 'Théo Lefebvre'],
    ],
  },
  {
    kind: 'call',
    text: `Bongani Zulu: Just call my mobile, 4155550132, I'm never at my desk. Or WhatsApp +27 82 555 0199.`,
    pii: [
      ['person', 'Bongani Zulu'],
      ['phone', '4155550132'],
      ['phone', '+27 82 555 0199'],
    ],
  },
  {
    kind: 'ticket',
    text: `Customer paid with 4111111111111111 by mistake in the notes field. Please redact. Order total $89.99, order id 202411250042.`,
    pii: [['payment_card', '4111111111111111']],
  },
  {
    kind: 'note',
    text: `KYC: D.O.B. 1/2/1990, SSN: 123 45 6789, driver's license D1234567 (CA). Applicant: Rosa Delgado.`,
    pii: [
      ['date_of_birth', '1/2/1990'],
      ['national_id', '123 45 6789'],
      ['national_id', 'D1234567'],
      ['person', 'Rosa Delgado'],
    ],
  },
  {
    kind: 'email',
    text: `Dear Siobhan and Liam,

lovely to meet you both in Cork. I've asked Oleksandr to set up the sandbox; he'll email you from oleksandr.h@cohelm.io.

Best,
Ruth`,
    pii: [
      ['person', 'Siobhan'],
      ['person', 'Liam'],
      ['person', 'Oleksandr'],
      ['email', 'oleksandr.h@cohelm.io'],
      ['person', 'Ruth'],
    ],
  },
  {
    kind: 'ticket',
    text: `Access log: client=203.0.113.9:443 user=ANNA.KELLER@ACME.DE status=403. Second attempt from 198.51.100.77 succeeded.`,
    pii: [
      ['ip_address', '203.0.113.9'],
      ['email', 'ANNA.KELLER@ACME.DE'],
      ['ip_address', '198.51.100.77'],
    ],
  },
  {
    kind: 'note',
    text: `Met with Kwame yesterday; Kwame's boss Abena Owusu wants a proposal by 20 May. Budget around £75k.`,
    pii: [
      ['person', 'Kwame'],
      ['person', 'Kwame'],
      ['person', 'Abena Owusu'],
    ],
  },
  {
    kind: 'signature',
    text: `Regards,
Liam O'Sullivan
Sales Director APAC
Level 12, 1 Martin Place, Sydney NSW 2000
+61 2 5550 1234 | 0412 555 678`,
    pii: [
      ['person', "Liam O'Sullivan"],
      ['postal_address', 'Level 12, 1 Martin Place, Sydney NSW 2000'],
      ['phone', '+61 2 5550 1234'],
      ['phone', '0412 555 678'],
    ],
  },
  {
    kind: 'note',
    text: `Bank details received (compact form): DE44500105175407324931. Account holder Jana Novak. Verified by phone.`,
    pii: [
      ['iban', 'DE44500105175407324931'],
      ['person', 'Jana Novak'],
    ],
  },
  {
    kind: 'call',
    text: `Prospect: Can the tool handle 30,000 calls a month? We're at 1.2 million minutes per year.
Rep: Yes, our largest customer does 4x that. I'll send a case study by Wednesday.`,
    pii: [],
  },
  {
    kind: 'email',
    text: `Hi Dev,

Toll-free line for the launch: 1-800-555-0199. Backup: +1-415-555-0123. Please add both to the campaign page.

Thx, Priyanka`,
    pii: [
      ['person', 'Dev'],
      ['phone', '1-800-555-0199'],
      ['phone', '+1-415-555-0123'],
      ['person', 'Priyanka'],
    ],
  },
  {
    kind: 'note',
    text: `Visitor badge for Herr Grünewald, Fr. Okonkwo-Schulz and Prof. Ishikawa on 14.11. at Musterstraße 1, D-12345 Musterstadt.`,
    pii: [
      ['person', 'Grünewald'],
      ['person', 'Okonkwo-Schulz'],
      ['person', 'Ishikawa'],
      ['postal_address', 'Musterstraße 1, D-12345 Musterstadt'],
    ],
  },
  {
    kind: 'ticket',
    text: `Please send the replacement headset to Apt 5, 100 Main St., Boston, MA 02110 — recipient Xiomara Castillo, phone (617) 555-0110.`,
    pii: [
      ['postal_address', 'Apt 5, 100 Main St., Boston, MA 02110'],
      ['person', 'Xiomara Castillo'],
      ['phone', '(617) 555-0110'],
    ],
  },
  {
    kind: 'email',
    text: `cc: Ravi, Tomás

Ravi — the London team is moving to 1 Canada Square, London E14 5AB next month. Tomás, please update the invoice address.`,
    pii: [
      ['person', 'Ravi'],
      ['person', 'Tomás'],
      ['person', 'Ravi'],
      ['postal_address', '1 Canada Square, London E14 5AB'],
      ['person', 'Tomás'],
    ],
  },
  {
    kind: 'note',
    text: `Pilot metrics: 18 reps, 412 calls, avg handle time 6:42, NPS +38. Next review 2025-06-30 with the steering group.`,
    pii: [],
  },
  {
    kind: 'call',
    text: `Ifeoma Chukwuemeka: Before we sign, Babajide needs to check the liability cap. Then Olusegun signs for us.`,
    pii: [
      ['person', 'Ifeoma Chukwuemeka'],
      ['person', 'Babajide'],
      ['person', 'Olusegun'],
    ],
  },
  {
    kind: 'email',
    text: `Hallo Herr Meier,

anbei die Unterlagen. Meine Durchwahl ist +49 89 12345-678, mobil erreichen Sie mich unter 0151 23456789.

Beste Grüße
Anja Krause`,
    pii: [
      ['person', 'Meier'],
      ['phone', '+49 89 12345-678'],
      ['phone', '0151 23456789'],
      ['person', 'Anja Krause'],
    ],
  },
  {
    kind: 'note',
    text: `New champion: Nomvula Sithole. Old champion Pieter Botha moved to Anglo American. Nomvula prefers calls after 3pm SAST.`,
    pii: [
      ['person', 'Nomvula Sithole'],
      ['person', 'Pieter Botha'],
      ['person', 'Nomvula'],
    ],
  },
  {
    kind: 'ticket',
    text: `From: "Wagner, Lukas" <lukas.wagner@stadtwerke-bonn.de>
Our SSO stopped working after we rotated the cert. IdP entity id https://sso.stadtwerke-bonn.de/adfs.`,
    pii: [
      ['person', 'Wagner, Lukas'],
      ['email', 'lukas.wagner@stadtwerke-bonn.de'],
    ],
  },
  {
    kind: 'note',
    text: `Pricing approved: 3 years, $118,000 ACV, 7% annual uplift, net 30. Signatory: Chief Revenue Officer. Legal entity: Initech Holdings LLC.`,
    pii: [],
  },
  {
    kind: 'call',
    text: `[12:04] Svetlana Ivanova: I was born 29.02.1988, yes, a leap year baby. The card for the deposit is 3714 496353 98431.`,
    pii: [
      ['person', 'Svetlana Ivanova'],
      ['date_of_birth', '29.02.1988'],
      ['payment_card', '3714 496353 98431'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Mohamed,

the devices for Fatou, Ousmane and Aminata are ready. Please confirm the delivery address in Dakar and a phone number for the courier.

Regards,
Logistics Desk`,
    pii: [
      ['person', 'Mohamed'],
      ['person', 'Fatou'],
      ['person', 'Ousmane'],
      ['person', 'Aminata'],
    ],
  },
  {
    kind: 'ticket',
    text: `IP allow-list request from customer: 2001:0db8:0000:0000:0000:ff00:0042:8329 and 100.64.12.3. Ticket owner: Marta Jiménez.`,
    pii: [
      ['ip_address', '2001:0db8:0000:0000:0000:ff00:0042:8329'],
      ['ip_address', '100.64.12.3'],
      ['person', 'Marta Jiménez'],
    ],
  },
  {
    kind: 'note',
    text: `Payroll integration: employee tax id 12 345 678 901 (Steuer-ID) and IBAN IE29 AIBK 9311 5212 3456 78 for Cian Murphy.`,
    pii: [
      ['national_id', '12 345 678 901'],
      ['iban', 'IE29 AIBK 9311 5212 3456 78'],
      ['person', 'Cian Murphy'],
    ],
  },
  {
    kind: 'call',
    text: `Diego Alves: Our São Paulo office number is (11) 3555-0142, ask for Renata.`,
    pii: [
      ['person', 'Diego Alves'],
      ['phone', '(11) 3555-0142'],
      ['person', 'Renata'],
    ],
  },
];
