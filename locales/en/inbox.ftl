# The THB section's inbox of reports: filters, pages, partner submissions.
reports-filter-any = Any
reports-filter = Filter
reports-pages = Pages of reports
reports-organisation = Partner organisation
reports-consent = Consent of the person
reports-consent-on = Recorded by the partner on { $day }
reports-from-partner = The partner organisation
reports-from-person = The person, with their receipt
reports-filed-by = Filed by
reports-filer-witness = Witness
reports-filer-person-concerned = Person concerned
reports-filer-partner = Partner organisation
reports-identifier-unrecognised = not recognised: kept as typed
