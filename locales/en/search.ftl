# Search across cases, persons, notes and reports.
nav-search = Search
search-title = Search
search-label = Search for
search-hint = A case reference, a name, a phone number, an e-mail address, a plate, an IBAN, a handle, or words of a note or a report.
search-submit = Search
search-none = Nothing found.
search-cases = Cases
search-persons = Persons
search-reports = Reports waiting in triage
search-restricted-match = A match in a restricted case, owner { $owner }
search-ask-access = ask for access
search-error-too-long = At most { $max } characters.
