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
