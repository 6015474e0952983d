/**
 * Sales-call transcripts written for the demo: each has concrete numbers, dates, names, objections,
 * agreements and next steps, so that summaries and action items extracted from them are meaningful.
 */
import type { DemoContactKey, DemoUserKey } from './demo-records.js';

export type DemoCall = {
  subject: string;
  deal: string;
  contact: DemoContactKey;
  owner: DemoUserKey;
  direction: 'inbound' | 'outbound';
  daysAgo: number;
  consent: boolean;
  turns: [speaker: string, text: string][];
};

export const DEMO_CALLS: DemoCall[] = [
  {
    subject: 'Discovery call — Acme dispatch workflow',
    deal: 'acme-rollout',
    contact: 'dana',
    owner: 'sam',
    direction: 'outbound',
    daysAgo: 38,
    consent: true,
    turns: [
      [
        'Sam',
        'Hi Dana, thanks for making time. I saw you joined our webinar on dispatch automation last week. Before I show anything, could you walk me through how dispatch works at Acme today?',
      ],
      [
        'Dana',
        'Sure. We run eleven depots across the Midwest. Every morning each depot lead builds the route plan in a spreadsheet, then calls or texts drivers with changes during the day. We do around 2,400 deliveries a day, and on a bad day a third of them get re-routed at least once.',
      ],
      ['Sam', 'A third is a lot. What does a re-route cost you, roughly?'],
      [
        'Dana',
        'We measured it in spring. Each re-route takes a dispatcher about six minutes between phone calls and updating the sheet. That is close to 80 hours a day across all depots. And we miss delivery windows, which triggers penalties with two of our retail customers.',
      ],
      ['Sam', 'Understood. Who else is involved when changes happen — is IT part of the process?'],
      [
        'Dana',
        'Marco Diaz, our IT director, owns the transport management system. Anything that touches the TMS goes through him. Helen Brooks in procurement will run the commercial side once we get there.',
      ],
      ['Sam', 'That helps. What would success look like for you six months from now?'],
      [
        'Dana',
        'Honestly, I want re-routes to take under two minutes and I want drivers to see changes in an app instead of a phone call. If we could cut missed windows by half, that alone pays for a tool.',
      ],
      [
        'Sam',
        'Northwind Flow does exactly that: a dispatch board that syncs with your TMS, push updates to the driver app, and an audit trail of every change. Customers of your size typically cut re-route handling time by 60 to 70 percent.',
      ],
      [
        'Dana',
        'Sounds promising, but Marco will ask how the TMS integration works. We tried a tool two years ago that needed six months of custom work.',
      ],
      [
        'Sam',
        'Fair concern. We have a standard connector for your TMS vendor; most integrations go live in three to four weeks. I suggest a technical session with Marco and our solutions engineer.',
      ],
      [
        'Dana',
        'Yes, let us do that. Can you send some dates for next week? And a rough price range so I can check budget before we go further.',
      ],
      [
        'Sam',
        'I will send three slots for the technical session by tomorrow, plus a ballpark for 180 dispatcher and driver seats. I will also share a case study from Stark Energy, who run field service with a similar setup.',
      ],
      ['Dana', 'Perfect. Our budget cycle closes at the end of next month, so timing matters.'],
      ['Sam', 'Noted. Thanks Dana, talk soon.'],
    ],
  },
  {
    subject: 'Pricing negotiation — Acme 3-year term',
    deal: 'acme-rollout',
    contact: 'helen',
    owner: 'sam',
    direction: 'outbound',
    daysAgo: 4,
    consent: true,
    turns: [
      [
        'Sam',
        'Hi Helen, Dana, thanks for joining. Alex from our side is on the line as well. I understand you reviewed the proposal for 180 seats at $40 per seat per month.',
      ],
      [
        'Helen',
        'We did. The scope is right, but the annual total of $86,400 plus the $12,000 onboarding fee is above what I can sign without going to the CFO. I need to get under $90,000 for year one.',
      ],
      [
        'Alex',
        'I understand. There are two levers we can use. The per-seat price is consistent across our customers, so I would rather not move it, but onboarding and term length are flexible.',
      ],
      ['Helen', 'What would a three-year commitment look like?'],
      [
        'Alex',
        'On a three-year term we can give 8 percent off the subscription and waive the onboarding fee entirely. That brings year one to about $79,500.',
      ],
      ['Dana', 'That works much better. My worry with three years is being locked in if adoption is poor.'],
      [
        'Alex',
        'We can add a 30-day opt-out at the end of month twelve if agreed adoption targets are not met, say 70 percent of seats active weekly.',
      ],
      [
        'Helen',
        'Legal will want to see that in writing. They also flagged the liability cap in your standard terms; they would like it at twelve months of fees rather than six.',
      ],
      [
        'Sam',
        'We have agreed twelve months with other customers. I will check with our legal team and come back by Thursday.',
      ],
      [
        'Helen',
        'Good. If the redlines come back clean, I can get signature by the 28th. Budget for 180 seats is approved.',
      ],
      [
        'Dana',
        'One more thing: we need the analytics dashboards for depot managers at some point. Not in this contract, but I want to know the price.',
      ],
      [
        'Sam',
        'I will include an indicative price for the analytics add-on, around $14,400 a year, as a separate option.',
      ],
      [
        'Helen',
        'Fine. So next steps: revised proposal with the three-year option and the waived onboarding, the opt-out clause, and your answer on the liability cap.',
      ],
      [
        'Sam',
        'Exactly. Revised proposal by Wednesday, legal answer by Thursday, and we aim to sign by the 28th. I will also send Marco the security questionnaire answers this week.',
      ],
      ['Helen', 'Thanks both.'],
    ],
  },
  {
    subject: 'Technical deep dive — Globex SAP PM connector',
    deal: 'globex-plants',
    contact: 'raj',
    owner: 'alex',
    direction: 'outbound',
    daysAgo: 9,
    consent: true,
    turns: [
      [
        'Alex',
        'Raj, Lena, thanks for the site visit last week. Today I want to go through the integration with SAP Plant Maintenance and the rollout plan for the three plants.',
      ],
      [
        'Raj',
        'Good. My main requirement is that maintenance requests created in your tool become notifications in SAP PM, and that work order status flows back. I do not want two systems of record.',
      ],
      [
        'Alex',
        'Understood. The connector creates PM notifications with the equipment number, priority and photos, and subscribes to work order status changes. Technicians see the status in the mobile app.',
      ],
      [
        'Lena',
        'How long does it take for a status change to show up? My technicians complain when things lag.',
      ],
      [
        'Alex',
        'Typically under a minute. We poll every 30 seconds, or use an event if your SAP team enables it.',
      ],
      [
        'Raj',
        'Our SAP team is small. They estimated two weeks of their time for the setup. Is that realistic?',
      ],
      [
        'Alex',
        'Closer to eight to ten days of their time, mostly for authorisations and testing. Our engineer does the mapping.',
      ],
      ['Raj', 'The problem is timing. I want the connector in phase 1. Your proposal had it in phase 2.'],
      [
        'Alex',
        'We can move it into phase 1. That shifts go-live for the Columbus plant by about three weeks, to the middle of next quarter.',
      ],
      [
        'Lena',
        'I would rather wait three weeks than run paper and software in parallel. Columbus handles about 400 requests a month; we cannot double-key them.',
      ],
      [
        'Raj',
        'Agreed. Tom will also want to see the savings case. We lost roughly 1,100 hours of line downtime last year waiting on maintenance.',
      ],
      [
        'Alex',
        'In the pilot at a similar manufacturer, downtime waiting for maintenance dropped 14 percent. I am preparing an ROI model per plant for Tom.',
      ],
      [
        'Raj',
        'Send it to me first. If the numbers hold, I will take it to Tom before the budget meeting on the 15th.',
      ],
      [
        'Alex',
        'Will do. To summarise: connector moves to phase 1, Columbus go-live shifts three weeks, I send the ROI model to you by Friday, and your SAP team confirms their availability.',
      ],
      ['Raj', 'Correct. And please include training for the plant admins — Lena wants two sessions.'],
      ['Alex', 'Two admin training sessions, noted. Thanks both.'],
    ],
  },
  {
    subject: 'Discovery — Initech claims intake',
    deal: 'initech-claims',
    contact: 'bill',
    owner: 'sam',
    direction: 'inbound',
    daysAgo: 11,
    consent: true,
    turns: [
      [
        'Bill',
        'Hi Sam. Our broker partner recommended you. We are drowning in claims email and I want to see if you can help.',
      ],
      ['Sam', 'Happy to help, Bill. How do claims reach you today?'],
      [
        'Bill',
        'Mostly email. About 2,300 claims a month for property and auto. A coordinator reads each email, creates the claim in our core system, and requests missing documents. About 30 percent need a second touch because something is missing.',
      ],
      ['Sam', 'How long does a claim take from first email to being assigned to an adjuster?'],
      [
        'Bill',
        'Two and a half days on average. Our target is same day. Customers complain, and our broker partners hear about it.',
      ],
      ['Sam', 'What have you tried so far?'],
      [
        'Bill',
        'We built a web form, but brokers still email. And the form does not check documents, so the second touch problem stays.',
      ],
      [
        'Sam',
        'Northwind Flow can take both: a form and an email intake. It checks required documents per claim type and asks the sender automatically for what is missing before a coordinator ever looks at it.',
      ],
      [
        'Bill',
        'That is the part I care about. What about our security team? Joanna Kim will want a lot of detail.',
      ],
      ['Sam', 'We have SOC 2 Type II and a recent pen test. I can send the summary under NDA.'],
      [
        'Bill',
        'Please do. I would like a pilot with one claims team, eight coordinators, for about six weeks.',
      ],
      [
        'Sam',
        'That is a good pilot size. Would your two team leads join a demo? I would show the intake with your own claim types.',
      ],
      [
        'Bill',
        'Yes, Thursday afternoons are best for them. Budget for a pilot is around $40,000 if it proves out; a full rollout would be a bigger decision for next year.',
      ],
      [
        'Sam',
        'Understood. Next steps from my side: NDA and pen-test summary to Joanna this week, demo invite for a Thursday afternoon, and a pilot outline with success criteria — same-day assignment and second touches under 10 percent.',
      ],
      ['Bill', 'Sounds right. Send me the invite.'],
    ],
  },
  {
    subject: 'Objection handling — Umbrella Health data privacy',
    deal: 'umbrella-intake',
    contact: 'omar',
    owner: 'alex',
    direction: 'outbound',
    daysAgo: 6,
    consent: true,
    turns: [
      [
        'Alex',
        'Omar, thanks for joining. Priya from our customer success team is here too. Grace mentioned you have concerns about patient data.',
      ],
      [
        'Omar',
        'I do. Intake forms contain protected health information. I need a signed BAA, I need to know where data is stored, and who at your company can access it.',
      ],
      [
        'Alex',
        'All reasonable. We sign BAAs as standard. Data for US healthcare customers is hosted in US regions only, encrypted at rest and in transit.',
      ],
      [
        'Priya',
        'Access is limited to named support engineers, and only when you open a ticket and grant access. Every access is logged, and you can export the log.',
      ],
      ['Omar', 'What about the tablets in the waiting rooms? If a tablet is stolen, what is exposed?'],
      [
        'Alex',
        'Nothing is stored on the device. Sessions time out after two minutes of inactivity, and completed forms are cleared immediately.',
      ],
      ['Omar', 'Good. Our last vendor kept cached forms on the device and we had a finding in the audit.'],
      ['Priya', 'We can walk your auditor through the kiosk mode if that helps.'],
      [
        'Omar',
        'It might. The other issue is price. Grace loves the product, but finance asked me to get 15 percent off the proposal.',
      ],
      [
        'Alex',
        'On a one-year term $64,000 is our best price for six clinics. If you commit to two years, we can take 10 percent off and lock the price for year two.',
      ],
      ['Omar', 'I will take that back. Finance cares more about the total than the term.'],
      ['Alex', 'Understood. Then let me send both options side by side.'],
      [
        'Omar',
        'Please also send the BAA template and a data flow diagram by Friday. I need them before our compliance meeting on the 19th.',
      ],
      [
        'Priya',
        'I will send the BAA and the diagram by Thursday, and an overview of the kiosk mode for your auditor.',
      ],
      [
        'Omar',
        'If those check out, I will recommend we move forward. Decision would be by the end of the month.',
      ],
      ['Alex', 'Thank you, Omar. We will make that easy for you.'],
    ],
  },
  {
    subject: 'Kick-off — Stark Energy field service',
    deal: 'stark-field',
    contact: 'happy',
    owner: 'alex',
    direction: 'outbound',
    daysAgo: 5,
    consent: true,
    turns: [
      [
        'Alex',
        'Welcome everyone, and congratulations on signing. Priya will lead your onboarding. Harold, you manage the field teams — tell us what matters most.',
      ],
      [
        'Harold',
        'Thanks. We have 120 technicians in two regions. The biggest pain is scheduling: jobs get double-booked and technicians drive across the region because nobody sees the whole picture.',
      ],
      [
        'Priya',
        'Our plan has three stages. Week one, admin setup and the schedule sync with your dispatch system. Week two, a pilot with one crew of twelve technicians. Weeks three and four, rollout to everyone.',
      ],
      [
        'Harold',
        'The pilot crew should be the North crew in Houston. They are the most organised and the most vocal.',
      ],
      ['Priya', 'Perfect. We need a list of admins — how many will manage schedules?'],
      ['Harold', 'Six dispatchers and my two deputies. So eight admins.'],
      [
        'Priya',
        'I will create the eight admin accounts today and send the training videos. The live admin training is two sessions of ninety minutes.',
      ],
      [
        'Harold',
        'Can we do Tuesday and Thursday next week, at 8 in the morning? The dispatchers are busy after nine.',
      ],
      ['Priya', 'Tuesday and Thursday at 8, booked.'],
      [
        'Pepper',
        'From my side, I want a weekly report on jobs completed per technician and travel time. That was in the business case for the board.',
      ],
      [
        'Alex',
        'The standard report covers jobs per technician. Travel time needs the GPS integration, which is included; we switch it on in week two.',
      ],
      [
        'Pepper',
        'Good. I will judge the first month by two numbers: double-bookings should be near zero, and travel time down 15 percent.',
      ],
      ['Priya', 'We will baseline both in week one so we can measure properly.'],
      [
        'Harold',
        'One risk: the dispatch system upgrade on the 22nd. If the sync breaks during that week, we are in trouble.',
      ],
      ['Priya', 'Then we test the sync again right after the upgrade, on the 23rd, before the pilot starts.'],
      [
        'Alex',
        'To recap: admin accounts and videos today, training Tuesday and Thursday at 8, sync re-test on the 23rd, pilot with the North crew, and a baseline for double-bookings and travel time.',
      ],
      ['Pepper', 'Great. Let us make this work.'],
    ],
  },
  {
    subject: 'Renewal call — Wayne Property',
    deal: 'wayne-renewal',
    contact: 'lucius',
    owner: 'priya',
    direction: 'outbound',
    daysAgo: 8,
    consent: true,
    turns: [
      [
        'Priya',
        'Hi Lucius. Your renewal is coming up on the 1st, so I wanted to review the year with you and talk about what is next.',
      ],
      [
        'Lucius',
        'Sure. Overall the team is happy. The facilities requests used to live in three inboxes; now it is one board.',
      ],
      [
        'Priya',
        'The numbers agree. 52 of your 60 seats are active every week, and you closed about 1,900 requests last quarter, with the median time to close down from 5 days to 2.',
      ],
      [
        'Lucius',
        'That matches what my building managers tell me. The one complaint is the mobile app on older Android phones; it is slow.',
      ],
      [
        'Priya',
        'That was fixed in the release two weeks ago. If anyone is still on the old version, an update should solve it. I will send instructions for your IT team.',
      ],
      [
        'Lucius',
        'Good. Now, I heard about a maintenance module for planned maintenance — elevators, HVAC inspections, that kind of thing.',
      ],
      [
        'Priya',
        'Yes. It schedules recurring maintenance, tracks contractors and keeps inspection certificates. Several property managers use it for compliance.',
      ],
      [
        'Lucius',
        'We currently track inspections in a spreadsheet and we missed two elevator certificates last year. The fines were not pleasant.',
      ],
      [
        'Priya',
        'The module warns you 60 days before a certificate expires and assigns the task automatically.',
      ],
      ['Lucius', 'What would it cost on top of the renewal?'],
      [
        'Priya',
        'For 60 seats it is $9,600 a year. And if you add it at renewal, we can keep this year\u2019s seat price instead of the 5 percent increase.',
      ],
      [
        'Lucius',
        'That is interesting. Alfred handles the budget; I need his approval for anything above $25,000, and the renewal alone is $27,600.',
      ],
      [
        'Priya',
        'Then let me prepare a quote with two options: renewal only, and renewal with the maintenance module at the held price. I can also set up a short demo of the module for Alfred.',
      ],
      ['Lucius', 'Yes, please. Next Wednesday works for Alfred, after 2 pm.'],
      ['Priya', 'I will send the quote by Friday and a demo invite for Wednesday at 2:30.'],
      ['Lucius', 'Thanks, Priya.'],
    ],
  },
  {
    subject: 'Qualification — Vandelay EU order desk',
    deal: 'vandelay-eu',
    contact: 'katja',
    owner: 'alex',
    direction: 'inbound',
    daysAgo: 10,
    consent: true,
    turns: [
      [
        'Katja',
        'Hello Alex. Our partner in Rotterdam uses your product and suggested we talk. We import kitchen equipment and sell to wholesalers in nine EU countries.',
      ],
      ['Alex', 'Thanks for reaching out, Katja. How do orders come in today?'],
      [
        'Katja',
        'By email, fax — yes, still fax — and a few through a portal. The order desk has six people. They re-type every order into our ERP. Errors cost us a lot: wrong quantities, wrong delivery addresses.',
      ],
      ['Alex', 'How many orders a month, and how many go wrong?'],
      [
        'Katja',
        'About 3,000 orders a month. Around 4 percent have an error that we only notice at delivery. Each one costs us roughly 180 euros in returns and credit notes.',
      ],
      ['Alex', 'So around 21,000 euros a month in errors. What would you need to see to move forward?'],
      [
        'Katja',
        'Three things. Data must stay in the EU. The order desk must be able to use it in German, and some staff in Polish. And it must push orders into our ERP, which is Microsoft Dynamics.',
      ],
      [
        'Alex',
        'EU data residency is standard for EU customers; we host in Frankfurt. Dynamics has a standard connector. The interface is available in German today; Polish is on our roadmap for the first quarter.',
      ],
      [
        'Katja',
        'Polish is a nice-to-have. German is required. Art, our managing director, wants to see it himself before any decision.',
      ],
      [
        'Alex',
        'Then I suggest a demo in German for Art and the order desk lead. I can prepare it with your real order examples if you send me five anonymised orders.',
      ],
      [
        'Katja',
        'I can do that this week. On budget: we were thinking of about 45,000 euros a year. Is that realistic?',
      ],
      [
        'Alex',
        'For six order desk users and the Dynamics connector, yes, that is within range. I will send a price list in euros, including how we handle VAT.',
      ],
      ['Katja', 'Good. Our decision would be in the next quarter, after our warehouse move in Hamburg.'],
      [
        'Alex',
        'Understood. Next steps: you send five sample orders, I prepare a German demo for Art, and I send the EUR price list by Monday.',
      ],
      ['Katja', 'Thank you, Alex.'],
    ],
  },
  {
    subject: 'Loss review — Initech SSO add-on',
    deal: 'initech-security',
    contact: 'joanna',
    owner: 'sam',
    direction: 'outbound',
    daysAgo: 15,
    consent: false,
    turns: [
      [
        'Sam',
        'Joanna, thanks for taking the call even though you went another way. I would like to understand the decision so we can improve.',
      ],
      [
        'Joanna',
        'Of course. To be clear, your product was fine. The decision was mostly about our existing identity provider.',
      ],
      ['Sam', 'Can you tell me more?'],
      [
        'Joanna',
        'We renewed our IdP contract for three years in the spring, and it includes audit logging for connected apps. Paying $12,000 a year for your SSO and audit add-on looked like paying twice.',
      ],
      ['Sam', 'That makes sense. Was there anything in our audit features that you missed in theirs?'],
      [
        'Joanna',
        'Yours is more detailed about what happens inside the app — who changed a claim, who exported data. Theirs only covers sign-ins. But the auditors only asked about sign-ins this year.',
      ],
      ['Sam', 'Good to know. If the auditors ask about in-app changes next year, would you reconsider?'],
      [
        'Joanna',
        'Possibly. The regulator is moving towards activity logging. I would expect that question within eighteen months.',
      ],
      [
        'Sam',
        'Would it help if the in-app audit log were included in the base subscription, and SSO used your IdP?',
      ],
      [
        'Joanna',
        'Yes, that would remove the main objection. Our claims pilot with you is still going ahead; Bill is happy with it.',
      ],
      ['Sam', 'Great. Was there anything in the sales process we could have done better?'],
      [
        'Joanna',
        'Send the security documentation earlier. I received the pen-test summary two weeks after the demo. By then we had already talked to the IdP vendor.',
      ],
      ['Sam', 'Fair feedback. We will send security documents with the first demo invite from now on.'],
      ['Joanna', 'That would help with any security team, not just ours.'],
      [
        'Sam',
        'Thank you, Joanna. I will pass the packaging feedback to product and check back in about a year, before your next audit cycle.',
      ],
      ['Joanna', 'Sounds good.'],
    ],
  },
  {
    subject: 'Support escalation — Acme driver app sync',
    deal: 'acme-analytics',
    contact: 'marco',
    owner: 'sam',
    direction: 'inbound',
    daysAgo: 2,
    consent: true,
    turns: [
      [
        'Marco',
        'Sam, I need to raise something before we sign. During the trial, the driver app at the Peoria depot stopped receiving route updates for about forty minutes on Monday.',
      ],
      ['Sam', 'I am sorry to hear that, Marco. Do you know what time it started?'],
      [
        'Marco',
        'Around 7:10 in the morning, which is the worst time, right when trucks leave. Drivers fell back to phone calls.',
      ],
      [
        'Sam',
        'I checked with our support team before this call. There was a certificate rotation on the push notification service that morning; devices on the trial configuration did not pick up the new certificate until they restarted the app.',
      ],
      ['Marco', 'So it was on your side.'],
      [
        'Sam',
        'Yes, it was. The fix went out on Tuesday: the app now refreshes the certificate without a restart. Production tenants were not affected because they use a different configuration, but I understand that does not help your trust.',
      ],
      [
        'Marco',
        'What I need is a written incident report with the root cause and the fix, and your uptime commitment for the push service.',
      ],
      [
        'Sam',
        'The incident report will be with you by Thursday. Our service level is 99.9 percent monthly for the full platform, including push, with service credits.',
      ],
      ['Marco', 'And monitoring. I want to know about incidents before my dispatchers call me.'],
      [
        'Sam',
        'You can subscribe to our status page, and we can add your on-call address to incident notifications for your tenant.',
      ],
      [
        'Marco',
        'Do that. Separately, Dana asked me about the analytics add-on. My requirement is on-time delivery per depot, per day, and the export to our data warehouse.',
      ],
      [
        'Sam',
        'The analytics add-on has on-time delivery dashboards per depot out of the box, and a nightly export to your warehouse. I will send a short scoping document.',
      ],
      [
        'Marco',
        'Fine. But the incident report comes first. If that is convincing, I will not block the contract.',
      ],
      [
        'Sam',
        'Understood. Incident report by Thursday, status page and notifications set up today, and the analytics scoping document next week.',
      ],
      ['Marco', 'Thanks for being straight about it.'],
    ],
  },
];

/** The transcript as text ("Speaker: line" turns) and as timed segments (about 2.6 words per second). */
export function transcriptOf(call: DemoCall) {
  let t = 0;
  const segments = call.turns.map(([speaker, text]) => {
    const seconds = Math.max(2, text.split(/\s+/).length / 2.6);
    const segment = {
      speaker,
      start: Math.round(t * 10) / 10,
      end: Math.round((t + seconds) * 10) / 10,
      text,
    };
    t += seconds + 0.6;
    return segment;
  });
  return {
    text: call.turns.map(([s, line]) => `${s}: ${line}`).join('\n'),
    segments,
    durationSeconds: Math.round(t),
  };
}
