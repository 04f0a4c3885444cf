# Foto's en identificatiegegevens bij de openbare melding en latere berichten; hoe de sectie foto's ziet.
report-images = Foto's (niet verplicht)
report-images-hint = Tot 5 foto's: JPEG, PNG of WebP, elk hoogstens 10 MB. We verwijderen verborgen gegevens, zoals de plaats en het tijdstip van de foto.
report-images-again = Voor uw veiligheid worden foto's niet bewaard als het formulier terugkomt. Kies ze opnieuw voor u verstuurt.
report-error-image-too-large = Een foto is groter dan 10 MB. Kies kleinere foto's.
report-error-image-too-many = U kunt hoogstens 5 foto's tegelijk versturen.
report-error-image-type = Een bestand is geen JPEG-, PNG- of WebP-foto. Alleen die kunnen verstuurd worden.
report-error-image-pixels = Een foto is veel te groot (meer dan 50 miljoen pixels). Kies een kleinere.
report-error-image-unreadable = Een foto kon niet gelezen worden. Ze is misschien beschadigd of onvolledig.
report-error-invalid-text = Sommige tekens in dit veld konden niet gelezen worden en zijn vervangen. Controleer de tekst.
report-error-form-broken = Uw formulier is niet volledig aangekomen. Controleer wat u schreef en verstuur het opnieuw.
report-error-form-too-large = Alles samen is te groot om te versturen. Verstuur minder of kleinere foto's.
follow-up-add-images = Foto's toevoegen (niet verplicht)
follow-up-images-sent = { $count ->
    [one] U hebt 1 foto verstuurd.
   *[other] U hebt { $count } foto's verstuurd.
}
reports-images = Foto's
reports-image-alt = Foto { $number } verstuurd met de melding
reports-image-alt-message = Foto { $number } verstuurd met een later bericht
report-hint-summary = Sommige gegevens lijken ongewoon. Controleer ze hieronder, of verstuur het formulier opnieuw zoals het is.
report-hint-phones = Dit lijkt geen Belgisch of internationaal telefoonnummer: { $values }. Controleer het, of verstuur het zoals het is.
report-hint-plates = Dit lijkt geen nummerplaat: { $values }. Controleer ze, of verstuur ze zoals ze is.
report-hint-websites = Dit lijkt geen webadres: { $values }. Controleer het, of verstuur het zoals het is.
report-hint-handles = Dit lijkt geen accountnaam: { $values }. Controleer ze, of verstuur ze zoals ze is.
report-hint-emails = Dit lijkt geen e-mailadres: { $values }. Controleer het, of verstuur het zoals het is.
