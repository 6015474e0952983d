/**
 * Regular-expression fragments the rules share. Text is normalised before matching: lowercase,
 * straight apostrophes, single spaces; so fragments use literal spaces and no case flags.
 */

/** Builds a RegExp from a raw template so fragments can be spliced in without double escaping. */
export function rx(strings: TemplateStringsArray, ...fragments: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...fragments));
}

/** Up to `n` whole words (with apostrophes and hyphens), lazily: "rank ${gap(3)}candidates". */
export function gap(n: number): string {
  return `(?:[\\w'-]+ ){0,${n}}?`;
}

/** Nouns for people a CRM holds, including leads and contacts. */
export const PEOPLE = String.raw`(?:people|persons?|individuals?|humans?|users?|customers?|clients?|leads?|prospects?|contacts?|candidates?|applicants?|employees?|staff|workers?|hires?|tenants?|borrowers?|patients?|students?|members?|visitors?|buyers?|shoppers?|guests?|subscribers?|recipients?|audiences?|men|women|folks|team members?|reps?|colleagues?|talent|residents?|citizens?|voters?|families|households|passengers|job seekers|interviewees|renters|consumers|donors|attendees|participants|respondents|mailing list|contact list|database)`;

/** Nouns that only ever mean a human being, for attributes like "age" that records also have. */
export const HUMANS = String.raw`(?:candidates?|applicants?|employees?|staff|workers?|people|persons?|individuals?|customers?|clients?|patients?|tenants?|students?|job seekers|interviewees|members|borrowers|new hires|team members|talent|contacts|men|women)`;

/** Employees and the roles a sales or support team has; "ai agents" are software, not staff. */
export const EMPLOYEES = String.raw`(?:employees?|staff(?: members?)?|team members?|reps?|representatives?|salespeople|sales ?people|sellers|sdrs?|bdrs?|aes?|account executives?|account managers?|csms?|(?<!ai )agents?|direct reports?|workers?|colleagues?|co-?workers?|engineers?|developers?|managers?|interns?|subordinates?|new hires|personnel|workforce)`;

/** Possessors whose "performance" is a business metric, not a person's: "the campaign's performance". */
export const NOT_A_PERSON = String.raw`(?:campaign|ad|website|site|page|app|product|pipeline|quarter|company|client|customer|account|vendor|partner|deal|channel|model|system|server|year|month|week|market|brand|email|fund|portfolio|stock|team|business|region|territory|store|q[1-4])`;

/** Content about a decision is not the decision: "a blog post on how banks assess creditworthiness". */
export const WRITING_ABOUT =
  /\b(?:blog(?: post)?|article|whitepaper|white paper|pitch|brochure|webinar|case study|landing page|newsletter|presentation|slides|deck|faq|explainer|guide|workshop) (?:[\w']+ ){0,3}?(?:on|about|explaining|describing|covering|how)\b/;
