# Inbox van de publieke meldingen (sectie mensenhandel). De publieke teksten staan in public.ftl.
nav-reports = Meldingen
reports-title = Publieke meldingen
reports-count = { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}
reports-day = Dag
reports-status = Stand van zaken
reports-forms = Wat werd gezien
reports-summary = Begin van de tekst
reports-one-title = Publieke melding
reports-language = Taal
reports-from-section = Sectie mensenhandel
reports-from-reporter = Melder
reports-reply = De melder antwoorden
reports-reply-send = Het antwoord versturen
reports-set-status = Stand van zaken voor de melder
reports-set-status-send = De stand van zaken wijzigen

# Images sent with a report, as the section sees them.
reports-images = Foto's
reports-image-alt = Foto { $number } verstuurd met de melding
reports-image-alt-message = Foto { $number } verstuurd met een later bericht

# The report as the section reads it: labels for staff, not the public questions.
reports-field-forms = Vormen van uitbuiting
reports-field-place = Plaats
reports-field-when = Wanneer
reports-field-people-count = Aantal personen
reports-field-people = Beschreven personen
reports-field-minor = Een kind betrokken
reports-field-phones = Telefoonnummers
reports-field-plates = Nummerplaten
reports-field-websites = Websites en advertenties
reports-field-handles = Socialemedia-accounts
reports-field-emails = E-mailadressen
reports-field-contact = Gewenst contact
reports-field-contact-details = Hoe de melder te bereiken
reports-reply-language = De melder schreef in { $language }: antwoord indien mogelijk in die taal.

reports-reference = Referentie
reports-back = Terug naar de meldingen
