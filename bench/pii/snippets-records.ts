import type { Snippet } from './snippet.js';

/**
 * Contact records, onboarding forms and German-language notes: where identity documents, dates of
 * birth and home addresses end up in a CRM.
 */
export const RECORD_SNIPPETS: Snippet[] = [
  {
    kind: 'note',
    text: `Neuer Ansprechpartner: Herr Dr. Klaus Zimmermann, Einkaufsleiter. Erreichbar unter 0221 555 3040 oder k.zimmermann@rheinmetall-handel.de.`,
    pii: [
      ['person', 'Klaus Zimmermann'],
      ['phone', '0221 555 3040'],
      ['email', 'k.zimmermann@rheinmetall-handel.de'],
    ],
  },
  {
    kind: 'note',
    text: `Termin mit Frau Yilmaz am Donnerstag verschoben. Angebot über 24.500 € netto geht bis 15.04.2025 raus.`,
    pii: [['person', 'Yilmaz']],
  },
  {
    kind: 'note',
    text: `Kundin wünscht Lieferung an Berliner Straße 12, 60311 Frankfurt am Main. Rechnungsadresse bleibt unverändert.`,
    pii: [['postal_address', 'Berliner Straße 12, 60311 Frankfurt am Main']],
  },
  {
    kind: 'note',
    text: `Onboarding form — Name: Aleksander Nowicki; Date of birth: 21.08.1991; Personal ID number: AXB402317; Mobile: +48 601 555 020.`,
    pii: [
      ['person', 'Aleksander Nowicki'],
      ['date_of_birth', '21.08.1991'],
      ['national_id', 'AXB402317'],
      ['phone', '+48 601 555 020'],
    ],
  },
  {
    kind: 'note',
    text: `Employee record: Marisol Gutierrez, SSN 078-05-1120, DOB 07/04/1985, 4821 Maple Avenue, Apt 3B, Columbus, OH 43215.`,
    pii: [
      ['person', 'Marisol Gutierrez'],
      ['national_id', '078-05-1120'],
      ['date_of_birth', '07/04/1985'],
      ['postal_address', '4821 Maple Avenue, Apt 3B, Columbus, OH 43215'],
    ],
  },
  {
    kind: 'note',
    text: `UK contractor setup: Rhys Pritchard, NI number JG 10 37 59 A, born 14th February 1988, lives at 9 Castle Road, Cardiff CF10 1BS.`,
    pii: [
      ['person', 'Rhys Pritchard'],
      ['national_id', 'JG 10 37 59 A'],
      ['date_of_birth', '14th February 1988'],
      ['postal_address', '9 Castle Road, Cardiff CF10 1BS'],
    ],
  },
  {
    kind: 'note',
    text: `Vertragsdaten: Sebastian Lang, geboren am 03.11.1979, Steueridentifikationsnummer 47 036 892 816, Bankverbindung DE02 1203 0000 0000 2020 51.`,
    pii: [
      ['person', 'Sebastian Lang'],
      ['date_of_birth', '03.11.1979'],
      ['national_id', '47 036 892 816'],
      ['iban', 'DE02 1203 0000 0000 2020 51'],
    ],
  },
  {
    kind: 'note',
    text: `Travel booking for the Tokyo summit: traveller Olumide Fashola, passport no. A07734129, date of birth 1982-05-30, seat preference aisle.`,
    pii: [
      ['person', 'Olumide Fashola'],
      ['national_id', 'A07734129'],
      ['date_of_birth', '1982-05-30'],
    ],
  },
  {
    kind: 'email',
    text: `Hi Benedikt,

here are my details for the supplier portal: IBAN CH93 0076 2011 6238 5295 7, phone +41 44 555 12 34, address Bahnhofstrasse 45, 8001 Zürich.

Danke,
Noemi Bachmann`,
    pii: [
      ['person', 'Benedikt'],
      ['iban', 'CH93 0076 2011 6238 5295 7'],
      ['phone', '+41 44 555 12 34'],
      ['postal_address', 'Bahnhofstrasse 45, 8001 Zürich'],
      ['person', 'Noemi Bachmann'],
    ],
  },
  {
    kind: 'note',
    text: `Reminder: send a card — Julien Marchand's birthday is 12 September. He prefers red wine, not whisky.`,
    pii: [
      ['person', 'Julien Marchand'],
      ['date_of_birth', '12 September'],
    ],
  },
  {
    kind: 'ticket',
    text: `Chargeback on card 5105 1051 0510 5100 for order 884213. Cardholder Arjun Nair disputes the March invoice of $3,450.`,
    pii: [
      ['payment_card', '5105 1051 0510 5100'],
      ['person', 'Arjun Nair'],
    ],
  },
  {
    kind: 'note',
    text: `Board members at Meridian Health: Catalina Restrepo (chair), Obinna Eze, Hye-jin Cho and Tomasz Wróbel. Catalina signs anything above $250k.`,
    pii: [
      ['person', 'Catalina Restrepo'],
      ['person', 'Obinna Eze'],
      ['person', 'Hye-jin Cho'],
      ['person', 'Tomasz Wróbel'],
      ['person', 'Catalina'],
    ],
  },
  {
    kind: 'call',
    text: `Nicolás Ferreyra: We moved. New office is at 1200 Brickell Avenue, Suite 800, Miami, FL 33131. Phone is 305-555-0148.`,
    pii: [
      ['person', 'Nicolás Ferreyra'],
      ['postal_address', '1200 Brickell Avenue, Suite 800, Miami, FL 33131'],
      ['phone', '305-555-0148'],
    ],
  },
  {
    kind: 'note',
    text: `Pricing sheet v7: Starter $29, Growth $79, Enterprise custom. ZIP 94107 is the sales tax jurisdiction. Valid from 01.07.2025.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Executive sponsor is Wanjiru Kamau, COO. Her EA Achieng Otieno manages the calendar: achieng.otieno@safarilink.co.ke.`,
    pii: [
      ['person', 'Wanjiru Kamau'],
      ['person', 'Achieng Otieno'],
      ['email', 'achieng.otieno@safarilink.co.ke'],
    ],
  },
  {
    kind: 'ticket',
    text: `Account holder Ilse de Vries asks to move the direct debit to BE68 5390 0754 7034 from next month on.`,
    pii: [
      ['person', 'Ilse de Vries'],
      ['iban', 'BE68 5390 0754 7034'],
    ],
  },
  {
    kind: 'note',
    text: `Met Giovanni Esposito and Chiara Romano at the Milan trade fair. Interested in the Italian language pack. Follow up via giovanni@esposito-srl.it.`,
    pii: [
      ['person', 'Giovanni Esposito'],
      ['person', 'Chiara Romano'],
      ['email', 'giovanni@esposito-srl.it'],
    ],
  },
  {
    kind: 'call',
    text: `Hamza Qureshi: The VPN concentrator is 185.199.108.153, and our office range ends at .200. Can you add both to the allow-list?`,
    pii: [
      ['person', 'Hamza Qureshi'],
      ['ip_address', '185.199.108.153'],
    ],
  },
  {
    kind: 'note',
    text: `Credit check passed. Company reg. no. 08123456, VAT GB123456789. Director: Imogen Fairbairn, DOB 22 Jan 1975.`,
    pii: [
      ['person', 'Imogen Fairbairn'],
      ['date_of_birth', '22 Jan 1975'],
    ],
  },
  {
    kind: 'email',
    text: `Dear Ms Chatterjee,

your replacement card has been issued. For security we never send full card numbers by email. Please call us on 0345 600 1234 to activate it.

Customer Services`,
    pii: [
      ['person', 'Chatterjee'],
      ['phone', '0345 600 1234'],
    ],
  },
  {
    kind: 'note',
    text: `Quarterly numbers: pipeline $1.8M, 42 open deals, win rate 23%, average cycle 64 days. Forecast call Monday 09:00.`,
    pii: [],
  },
  {
    kind: 'note',
    text: `Shipping label: Ms Keiko Sato, 2-11-3 Meguro, Meguro-ku, Tokyo 153-0063. Contact 03-5555-0123.`,
    pii: [
      ['person', 'Keiko Sato'],
      ['postal_address', '2-11-3 Meguro, Meguro-ku, Tokyo 153-0063'],
      ['phone', '03-5555-0123'],
    ],
  },
];
