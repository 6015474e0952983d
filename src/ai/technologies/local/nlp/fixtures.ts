/** Realistic CRM texts shared by the NLP tests; the reference date is a Wednesday. */
export const REFERENCE_DATE = new Date('2026-11-25T10:00:00Z');

/** A discovery call between a seller (Anna) and a prospect (Mark), with timestamps. */
export const DISCOVERY_CALL = `[00:00:04] Anna Keller: Hi Mark, thanks for making the time today.
[00:00:07] Mark Davis: Hi Anna, happy to. Priya from our finance team might join later.
[00:00:15] Anna Keller: Great. To start, could you walk me through how your sales team at Northwind Logistics tracks deals today?
[00:00:24] Mark Davis: Sure. We currently use HubSpot for the pipeline, but most of the call notes end up in spreadsheets.
[00:00:38] Mark Davis: Our twelve account executives spend hours every week copying call notes into the CRM by hand.
[00:00:51] Anna Keller: That matches what we hear from other logistics sales teams.
[00:00:58] Anna Keller: How many calls does the team run in a typical week?
[00:01:06] Mark Davis: Roughly two hundred discovery and renewal calls, mostly over Zoom.
[00:01:15] Anna Keller: And what happens to the action items from those calls?
[00:01:22] Mark Davis: Honestly, a lot of follow-ups fall through the cracks, and that costs us renewals.
[00:01:35] Anna Keller: Okay.
[00:01:37] Anna Keller: Our platform transcribes each sales call, extracts the action items and writes them back to the deal record automatically.
[00:01:52] Mark Davis: That sounds great, it is exactly the gap in our sales process.
[00:02:01] Mark Davis: We also looked at Gong last quarter, but the pricing was too high for a team our size.
[00:02:14] Anna Keller: Understood. What budget have you set aside for this project?
[00:02:22] Mark Davis: We have approved $48,000 for the first year, including onboarding.
[00:02:31] Mark Davis: Priya Shah, our CFO, has to sign off on anything above that.
[00:02:40] Anna Keller: That works. Our standard package for twelve seats comes in at around 42k per year.
[00:02:52] Mark Davis: Good. The main concern is security, since our customer contracts include personal data.
[00:03:05] Mark Davis: Our legal team will need to review the data processing agreement before we can sign.
[00:03:15] Anna Keller: Of course. We host everything in the EU and can share our SOC 2 report.
[00:03:26] Mark Davis: Can you send over the security questionnaire answers as well?
[00:03:31] Anna Keller: Yes, I'll send the completed security questionnaire tomorrow.
[00:03:40] Mark Davis: Another risk is timing, because a budget freeze could delay the rollout into next year.
[00:03:52] Anna Keller: When would you need the sales team to be live?
[00:03:58] Mark Davis: Ideally before the sales kickoff on January 12.
[00:04:06] Anna Keller: That is realistic if we start the pilot in December.
[00:04:14] Anna Keller: I'll send the revised proposal by Friday, with pricing for the pilot and the annual plan.
[00:04:25] Mark Davis: Perfect. I will loop in Priya so she can review the numbers early.
[00:04:34] Mark Davis: We need to confirm the list of pilot users by December 4.
[00:04:42] Anna Keller: Let's schedule a technical deep dive with your IT lead next Friday.
[00:04:51] Mark Davis: Works for me. Tom Becker runs IT, I'll forward him the invite.
[00:05:00] Anna Keller: Great. Tom will want the SSO details, so I'll ask our solutions engineer to prepare a short demo.
[00:05:12] Mark Davis: One more thing, what does support look like if something breaks?
[00:05:20] Anna Keller: Every plan includes email support with a four hour response time, and enterprise adds a phone line.
[00:05:31] Mark Davis: Good to know. You can reach me at mark.davis@northwind-logistics.com or +1 415 555 0142.
[00:05:42] Anna Keller: Thanks. I'll email you a recap this afternoon.
[00:05:48] Mark Davis: Sounds good.
[00:05:51] Anna Keller: Thanks again, Mark, talk soon.
[00:05:54] Mark Davis: Bye.`;

/** Internal meeting notes in paragraphs, no speakers. */
export const MEETING_NOTES = `Quarterly pipeline review: Northwind Logistics account

Attendees: Anna Keller, Tom Becker, Priya Shah, Lukas Meyer

The team reviewed the Northwind Logistics opportunity, which is now in the proposal stage with an
expected value of EUR 12,500 per quarter for the pilot. Priya confirmed that finance can release the
budget once the data processing agreement is signed. Tom raised a concern about single sign-on, because
the current identity provider is being replaced in January.

Lukas shared the competitive picture. Northwind is comparing us to Gong and Salesforce, and they
currently use HubSpot for pipeline tracking. Pricing is not the main blocker, but procurement usually
takes six weeks.

Action items: Lukas to update the forecast in the CRM by Monday. Tom will draft the SSO integration plan
by December 9. Priya needs to send the signed budget memo to procurement. Please share the updated pilot
timeline with the customer before next Thursday.

Next step is a joint workshop with the customer on December 15.`;

/** A short, unhappy support email. */
export const SUPPORT_EMAIL = `Subject: Export of call transcripts failing

Hi Cohelm support team,

Since yesterday's update, exporting call transcripts to PDF fails with an error for our whole team.
This is really frustrating because we need the transcripts for a customer audit on Friday.
Could you please look into this urgently and let me know when a fix is expected?

You can reach me at julia.novak@acme-freight.eu or on +49 30 1234 5678.

Thanks,
Julia Novak
Operations Manager, Acme Freight GmbH`;
