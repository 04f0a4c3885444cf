# Staff side of the frontline screening.

home-new-screening = New screening
home-screenings = Screenings

screening-new-title = New screening
screening-new-intro = First say who you are dealing with and what the situation looks like. The questions follow.
screening-choose-both = Choose who the person is and what the situation looks like.
screening-who-legend = The person is
screening-who-adult = an adult
screening-who-child = a child (under 18)
screening-who-unknown = of unknown age
screening-who-unknown-help = When the age is in doubt, the person is treated as a child.
screening-situation-legend = The situation looks like
screening-situation-labour = exploitation of work (including begging or forced crime)
screening-situation-sexual = sexual exploitation
screening-next = Next
screening-change-situation = Change the situation
screening-child-note = Child: means (deception, force, abuse) are not needed. Ask for the Guardianship Service early.
screening-checklist-help = Ask each question or answer it from what you saw. The answer that is a sign of exploitation differs from question to question: record the true answer, Lumen counts the signs. Leave “Not asked” where you did not ask.
screening-facts-legend = Other facts
screening-immediate-danger = The person is in immediate danger
screening-act-established = An act is established (recruited, transported, transferred, housed, received or controlled)
screening-act-help = Tick only if you know it, not if you suspect it.
screening-purpose = Form of exploitation
screening-purpose-none = Not known
screening-age = Age
screening-report-ref = Report reference
screening-person-description = Anonymous description of the person
screening-person-description-help = No name, no identity number: at most 500 characters.
screening-submit = See the result

screening-error-unknown-set = Unknown situation “{ $set }”. Choose one of the situations below.
screening-error-unknown-indicator = Unknown question “{ $indicator }” for this situation. Nothing was saved.
screening-error-unknown-purpose = Unknown form of exploitation “{ $purpose }”.
screening-error-invalid = The screening could not be read. Check the form.
screening-error-age = The age must be a whole number between 0 and 120.
screening-error-report-ref = The report reference is too long (200 characters at most).
screening-error-description = The description is too long (500 characters at most).

screening-list-title = Screenings
screening-list-scope-all = Every screening, newest first.
screening-list-scope-unit = The screenings of your unit, newest first.
screening-list-scope-own = Your screenings, newest first.
screening-list-empty = No screening yet.
screening-list-when = Date
screening-list-situation = Situation
screening-list-outcome = Result
screening-list-officer = Officer
screening-list-pages = Pages
screening-list-previous = Previous
screening-list-next = Next

screening-outcome-ilo-combination-met = ILO combination met
screening-outcome-ilo-combination-not-met = Signs, combination not met
screening-outcome-no-signs = No sign

screening-result-title = Screening result
screening-print = Print
screening-back-to-result = Back to the result
screening-not-a-status = This result describes signs and next steps. It does not say that the person is a victim: qualifying the facts is the magistrate's task.
screening-next-steps = Next steps
screening-emergency-first = Immediate danger: call 112 or 101 first.
screening-victim-info-link = Information for the person, in their language
screening-ilo-title = ILO reading
screening-ilo-rule = Rule applied:
screening-combination-adult = for adults, deceptive, coercive or abusive recruitment (D1, D2 or D3), and exploitative conditions (D4), and coercion or abuse of vulnerability at destination (D5 or D6).
screening-combination-child = for children, recruitment (D1, D2 or D3) or an established act, and exploitative conditions (D4); means are not needed.
screening-dimension-positive = positive
screening-dimension-negative = not positive
screening-counts = strong { $strong }, medium { $medium }, weak { $weak }
screening-clause-fired = Because:
screening-clause-two-strong = two strong indicators.
screening-clause-strong-and-medium-or-weak = one strong indicator and one medium or weak indicator.
screening-clause-three-medium = three medium indicators.
screening-clause-two-medium-and-weak = two medium indicators and one weak indicator.
screening-warning-minor-with-adult-set = The age given is under 18 but the questions for adults were used: start again with the questions for children.
screening-warning-adult-with-child-set = The age given is 18 or more but the questions for children were used.
screening-law-title = Belgian law
screening-law-intro = In Belgium an act and a purpose of exploitation are enough; the means only make it more serious.
screening-law-act-yes = An act is established.
screening-law-act-no = No act is established yet.
screening-law-purpose-stated = Form of exploitation stated: { $purpose }.
screening-law-purpose-suggested = Form of exploitation suggested by the situation: { $purpose }.
screening-law-purpose-not-indicated = The exploitative conditions (D4) are not shown yet.
screening-law-purpose-none = No form of exploitation is indicated.
screening-law-elements-yes = The elements of the offence may be present: inform the magistrate.
screening-law-elements-no = The elements of the offence are not all shown.
screening-law-means = Means (deception, force, abuse of vulnerability) are not required; they are aggravating circumstances.
screening-law-aggravating = Signs of aggravating circumstances
screening-unreadable = This screening's stored result cannot be read; tell the administrator.
screening-answer-yes = Yes
screening-answer-no = No
screening-answer-dont-know = Don't know
screening-answer-not-asked = Not asked
screening-phase-recruitment = Before or during the journey:
screening-phase-destination = Here, now:

# Steps of the screening
screening-step-of = Step { $no } of { $count }
screening-step-back = Back
screening-step-next = Save and continue
screening-step-to-review = Check the answers
screening-step-later = Save and finish later
screening-steps-all = All steps
screening-error-summary = There is a problem
screening-review-title = Check the answers
screening-review-intro = Check what was recorded. Change a step if needed, then see the result.
screening-review-change = Change
screening-review-none-asked = No question of this step was asked.
screening-review-not-asked = { $count ->
    [one] One question not asked.
   *[other] { $count } questions not asked.
}
screening-discard = Discard this screening
screening-drafts-title = Unfinished screenings
screening-drafts-help = Saved on the server as you go, visible to you only, kept { $count } days after the last change.
screening-drafts-continue = Continue
screening-drafts-saved-at = saved
screening-drafts-steps = steps
done-screening-draft-saved = Screening saved. Continue it from “Unfinished screenings” below.
done-screening-draft-discarded = Screening discarded. Nothing was filed.
screening-back-to-list = Back to the screenings

# Sending a screening to the THB section.
screening-section-title = THB section
screening-send-hint = If the THB section should look at this situation, send it the screening: it appears in the section's triage, and you see here whether it was taken up.
screening-send = Send to the THB section
screening-sent-on = Sent to the THB section on { $when }.
screening-taken-up = The section took it up in a case.
screening-closed-in-triage = The section closed it: { $reason }.
screening-waiting-in-triage = It waits in the section's triage.
screening-not-sent = Not sent to the THB section.
done-screening-sent = Sent to the THB section.
