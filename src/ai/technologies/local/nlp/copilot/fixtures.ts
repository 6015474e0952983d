/** Realistic deal-page texts shared by the CoPilot task tests; the reference date is a Wednesday. */
export const REFERENCE_DATE = new Date('2026-11-25T10:00:00Z');

/** A negotiation call: amounts, dates, owners, agreements, roles, products and a competitor. */
export const NEGOTIATION_CALL = `[00:00:03] Sofia Lindqvist: Hi Daniel, thanks for joining, and hi Marta.
[00:00:06] Daniel Roth: Hi Sofia. Marta Klein from procurement is with me today.
[00:00:11] Sofia Lindqvist: Great. Last time we left the pricing open, so I'd like to settle that today.
[00:00:19] Daniel Roth: Sure. We compared you to Pipedrive, but your call analytics module is the reason we're here.
[00:00:31] Daniel Roth: Our budget for the first year is 48,000 EUR, and that has to cover onboarding as well.
[00:00:42] Sofia Lindqvist: Our quote was 52,000 EUR per year for 40 seats of Sales Cloud plus the Call Analytics add-on.
[00:00:55] Marta Klein: Could you do 46,000 EUR if we commit to a two-year contract?
[00:01:04] Sofia Lindqvist: I can offer 48,000 EUR per year on a two-year contract, with onboarding included.
[00:01:15] Daniel Roth: That works for us. We agreed internally that a two-year term is fine.
[00:01:24] Marta Klein: Then we'll go with the two-year option at 48,000 EUR per year.
[00:01:31] Sofia Lindqvist: Great. I'll send the revised order form by Friday.
[00:01:38] Daniel Roth: Our CFO, Helena Brandt, signs off on anything above 40,000 EUR, so she will need to see it.
[00:01:49] Daniel Roth: Helena is the decision maker, and Marta handles procurement.
[00:01:57] Sofia Lindqvist: Understood. Who is the technical lead for the SSO setup?
[00:02:04] Daniel Roth: Jonas Weber is our technical lead; he will run the integration.
[00:02:12] Sofia Lindqvist: Could we plan the go-live for January 15?
[00:02:18] Daniel Roth: Yes, we want to go live on January 15, before our sales kickoff.
[00:02:27] Marta Klein: Legal needs to review the data processing agreement before we can sign.
[00:02:36] Sofia Lindqvist: I'll ask our legal team to send the DPA tomorrow.
[00:02:43] Marta Klein: We aim to sign the contract by December 12.
[00:02:50] Daniel Roth: One concern is the migration from our old CRM; it could delay the rollout.
[00:03:01] Sofia Lindqvist: Our onboarding team migrates the data for you, and that's included in the price.
[00:03:10] Daniel Roth: Sounds good, let's do a migration workshop with Jonas next week.
[00:03:18] Sofia Lindqvist: Confirmed. Marta, can you send me the supplier registration form by Monday?
[00:03:26] Marta Klein: Yes, I'll send it on Monday.
[00:03:31] Sofia Lindqvist: Thanks both, talk soon.
[00:03:34] Daniel Roth: Bye.`;

/** The timeline of a deal that went quiet: newest last, as the hint context builds it. */
export const STALE_DEAL_TIMELINE = `2026-10-02 Sofia Lindqvist: Kick-off call with Brightline Foods went well; they want to replace spreadsheets for their field sales team of 25.
2026-10-09 Call "Discovery": Priya Nair said the budget is around 30,000 EUR per year and approval sits with their COO. They are also evaluating Salesforce.
2026-10-16 Sofia Lindqvist: Sent the proposal for 28,500 EUR per year. Priya said she would review it with the COO.
2026-10-23 Priya Nair: Thanks, we are still reviewing internally. Pricing is higher than we hoped and the COO is worried about the rollout effort.
2026-10-30 Sofia Lindqvist: Followed up by email, no answer yet.`;

export const STALE_DEAL_FACTS = {
  title: 'Brightline Foods – field sales CRM',
  stage: 'Proposal',
  amount: 28500,
  currency: 'EUR',
  closeDate: '2026-11-20',
  ownerName: 'Sofia Lindqvist',
  companyName: 'Brightline Foods',
  daysSinceActivity: 26,
  openTasks: [
    { title: 'Call Priya about the proposal', dueAt: '2026-11-06', overdue: true },
    { title: 'Send the rollout plan to the COO', dueAt: '2026-11-13', overdue: true },
    { title: 'Prepare the reference customer list', dueAt: '2026-12-02', overdue: false },
  ],
  contacts: [{ id: 'c1', name: 'Priya Nair' }],
};

/** A customer's unhappy message on a deal. */
export const COMPLAINT_MESSAGE = `Hi Sofia,

I have to be honest, we are really disappointed with how the pilot is going. The call recordings from last week still haven't been transcribed, and two of our reps lost their notes after the update on Monday.

Nobody from support has answered our ticket since Thursday. Can you tell me when the transcription backlog will be cleared? And could you check whether the lost notes can be restored?

We need this fixed before our review meeting on Friday, otherwise it will be hard to recommend the rollout.

Regards,
Daniel`;

/** A task someone typed in a hurry: run-on sentences, filler, a list, lower-case starts. */
export const MESSY_TASK = `prep renewal for brightline

so basically we need to get the renewal ready before dec 12. pull the usage numbers from last quarter and compare them with the contract seats, i guess some seats are unused.
also check with finance whether the invoice from october was paid
- draft the renewal quote
- book a call with priya and her coo
and then send the quote and update the close date in the crm once they confirm.`;
