# Triage of what arrives at the THB section.
nav-triage = Triage
triage-title = Triage
triage-help = Reports and screenings waiting for the section, those with a warning sign first, then the oldest. Attach each to a case, open a new case, or close it with a reason.
triage-none = Nothing waits in triage.
triage-count = { $count ->
    [one] One item waits.
   *[other] { $count } items wait.
}
triage-age = { $count ->
    [0] arrived today
    [one] 1 day ago
   *[other] { $count } days ago
}
triage-stale = { $count ->
    [one] Untouched for more than a day
   *[other] Untouched for { $count } days or more
}
triage-child = A child may be involved
triage-unread = { $count ->
    [one] 1 unread message
   *[other] { $count } unread messages
}
triage-screening = Screening
triage-matches = Shares an identifier with:
triage-open-case = Open a case
triage-attach-to = Attach to
triage-choose-case = Choose a case
triage-attach = Attach
triage-close-with = Close because
triage-choose-reason = Choose a reason
triage-close = Close
triage-closing-no-thb-indication = No indication of trafficking
triage-closing-forwarded-federal-police = Forwarded to the federal police
triage-closing-forwarded-labour-inspection = Forwarded to the social or labour inspection
triage-closing-forwarded-other-zone = Forwarded to another police zone
triage-closing-forwarded-youth-services = Forwarded to youth services
triage-closing-duplicate = Duplicate of another report
triage-closing-other = Another reason
triage-error-choose-case = Choose the case to attach it to.
triage-error-choose-reason = Choose the reason for closing it.
triage-error-already-triaged = This was already attached or closed.
triage-error-case-closed = That case is closed: reopen it first.
triage-error-cannot-read-cases = Only the section's investigators and supervisors triage.
done-triage-attached = Attached to the case.
done-triage-closed = Closed in triage.
done-triage-already = This was already attached or closed by a colleague.
