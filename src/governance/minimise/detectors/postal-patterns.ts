/** Address shapes of the US, the UK, German-speaking, Nordic and Romance-language countries. */

// "Springfield", "O'Fallon", "Winston-Salem", "St. Louis"; a full stop only inside a name, so that
// neither a sentence's end nor "6XE." (the end of a postcode) is taken for one.
const CAP_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\.(?=[ ]\p{Lu}))?`;
const CITY = `${CAP_WORD}(?:[ ]${CAP_WORD}){0,2}`;
// USPS and Royal Mail street suffixes in common use.
const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Expressway|Freeway|Turnpike|Pike|Row|Mews|Gardens|Grove|Hill|Walk|Circle|Cir|Loop|Cove|Trail|Plaza|Center|Centre|Quay|Wharf|Embankment';
const UNIT = String.raw`(?:,?[ ](?:(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|#)\.?[ ]?#?[\dA-Z][\w-]{0,5}|\d{1,3}(?:st|nd|rd|th)[ ]Floor))?`;
const UNIT_FIRST = String.raw`(?:(?:Flat|Apartment|Apt|Unit|Suite|Plot|Level)[ ][\dA-Z]\w{0,4},?[ ])?`;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
// German, Austrian and Swiss street endings, and Scandinavian ones ("Vesterbrogade", "Drottninggatan").
const NUMBER_AFTER_SUFFIX =
  'straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|markt|steig|pfad|kai|gade|gata|gatan|vej|vägen|veien|väg';

/** Patterns of the start of an address; `TAILS` may extend it. Each is global and Unicode-aware. */
export const ADDRESS_STARTS: RegExp[] = [
  // "221B Baker Street", "1600 Pennsylvania Avenue NW, Suite 300", "Flat 3, 12 Oak Road".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${UNIT_FIRST}\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?[ ](?:(?:[NSEW]\.?|North|South|East|West)[ ])?(?:(?:${CAP_WORD}|\d{1,3}(?:st|nd|rd|th))[ ]){1,4}(?:${SUFFIX})\b\.?(?:[ ](?:NW|NE|SW|SE|N|S|E|W)\b)?${UNIT}`,
    'gu',
  ),
  // "Hauptstraße 5", "Berliner Straße 12a", "Vesterbrogade 149".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}*(?:er|e)[ -])?(?:\p{Lu}[\p{L}-]*(?:${NUMBER_AFTER_SUFFIX})|Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz)[ ]\d{1,4}(?:[ ]?[a-zA-Z](?![\p{L}\p{N}]))?(?:[-–/]\d{1,4}[a-z]?)?(?![\p{L}\p{N}])`,
    'gu',
  ),
  // "Am Sandtorkai 38": only with a postcode after it, since "Im Jahr 2024" has the same shape.
  /(?<![\p{L}\p{N}])(?:Am|Im|An der|Auf der|In der|Unter den)[ ]\p{Lu}[\p{L}-]+[ ]\d{1,4}[a-z]?(?=,?\s+(?:D-)?\d{5}[ ]\p{Lu})/gu,
  // "Av. Paulista, 1578", "Calle de Alcalá 45", "Via Roma 12": the street type first, the number last.
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:Av\.|Avenida|Rua|Calle|Carrera|Via|Viale|Piazza|Corso|Rue)[ ](?:(?:de|del|da|do|dos|della|la|las|los)[ ])*${CAP_WORD}(?:[ ](?:(?:de|del|da|do|della)[ ])?${CAP_WORD}){0,3},?[ ]\d{1,5}(?![\p{L}\p{N}])`,
    'gu',
  ),
  // "12 rue de Rivoli", "8 avenue des Champs-Élysées": French streets, the type in lower case.
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:[ ]?(?:bis|ter))?,?[ ](?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|cours|route)[ ](?:(?:de la|de l'|du|des|de|d')[ ]?)?${CAP_WORD}(?:[ ]${CAP_WORD}){0,2}`,
    'gu',
  ),
  // "Springfield, IL 62704": a city and state make a bare ZIP an address.
  new RegExp(String.raw`(?<![\p{L}\p{N}])${CITY},[ ](?:${US_STATES})[ ]\d{5}(?:-\d{4})?\b`, 'gu'),
  // UK postcodes ("SW1A 1AA", "M1 1AE"), with the town before them when there is one.
  new RegExp(
    String.raw`(?:(?<![\p{L}\p{N}])${CITY},?[ ])?\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)[ ]?\d[ABD-HJLNP-UW-Z]{2}\b`,
    'gu',
  ),
];

/** What may separate the parts of an address: a comma, a line break, a signature's "|" or "·", a dash. */
export const GAP = /^(?:[ \t]*[,|·•][ \t]*|[ \t]*\n[ \t]*|[ \t]+[-–][ \t]+|[ \t]+)/;

/** Parts that continue an address after a gap, but would be too vague to start one. */
export const TAILS: { pattern: RegExp; afterComma?: boolean }[] = [
  // "10115 Berlin", "1060 Wien", "60311 Frankfurt am Main", "01310-200".
  {
    pattern: new RegExp(
      String.raw`^(?:(?:D-|A-|CH-)?\d{4,5}[ ]${CITY}(?:[ ](?:am|an der|im)[ ]${CAP_WORD})?|\d{5}-\d{3})`,
      'u',
    ),
  },
  {
    pattern:
      /^(?:USA|United States|UK|United Kingdom|England|Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Ireland|Canada)\b/u,
  },
  // ", Victoria Island, Lagos", ", Johannesburg 2196", ", Sydney NSW 2000", ", SP": towns, districts,
  // states and postcodes closing a line.
  {
    pattern: new RegExp(
      String.raw`^(?:${CITY}|[A-Z]{2})(?:[ ][A-Z]{2,3})?(?:[ ]\d{1,6})?(?:(?:,[ ]|[ ][-–][ ])(?:${CITY}|[A-Z]{2})(?:[ ][A-Z]{2,3})?(?:[ ]\d{1,6})?){0,2}(?=[ \t]*(?:$|[\n.;)]|,[ ]\d))`,
      'u',
    ),
    afterComma: true,
  },
];
