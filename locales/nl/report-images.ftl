# Foto's bij de openbare melding en bij latere berichten; hoe de sectie ze ziet.
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
