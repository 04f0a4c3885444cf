# Zoeken in dossiers, personen, notities en meldingen.
nav-search = Zoeken
search-title = Zoeken
search-label = Zoeken naar
search-hint = Een dossierreferentie, een naam, een telefoonnummer, een e-mailadres, een nummerplaat, een IBAN, een online naam, of woorden uit een notitie of een melding.
search-submit = Zoeken
search-none = Niets gevonden.
search-cases = Dossiers
search-persons = Personen
search-reports = Meldingen bij de triage
search-restricted-match = Een overeenkomst in een afgeschermd dossier, titularis { $owner }
search-ask-access = toegang vragen
search-error-too-long = Hoogstens { $max } tekens.
