# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences.

## Layout
public-escape = Verlaat deze site nu
public-emergency = Nu in gevaar? Bel 112 (noodnummer) of 101 (politie).
public-languages = Talen
public-footer-nav = Melden
public-nav-report = Iets melden
public-nav-follow-up = Terugkomen met mijn ontvangstbewijs
public-nav-victim-info = Hulp voor slachtoffers
report-title = Een vermoeden van uitbuiting melden
report-intro = U hoeft uw naam niet te geven. Schrijf wat u zag, in uw eigen woorden. Alles wat u schrijft wordt vergrendeld: alleen de politiesectie mensenhandel kan het lezen.
report-error-summary = Enkele antwoorden moeten worden aangepast. Zie de berichten hieronder.
report-filed-by = Wie bent u?
report-filed-by-witness = Ik heb iets gezien of gehoord
report-filed-by-person-concerned = Het gaat over mij
report-filed-by-partner = Een partnerorganisatie
report-forms = Wat hebt u gezien?
report-form-sexual = Sekswerk onder controle van iemand anders
report-form-labour = Slechte werk- of woonomstandigheden
report-form-begging = Gedwongen bedelen
report-form-crime = Gedwongen misdrijven plegen
report-form-other = Iets anders
report-form-unsure = Ik weet het niet zeker
report-place = Waar? (niet verplicht)
report-when = Wanneer? (niet verplicht)
report-people = Betrokken personen
report-people-count = Hoeveel personen?
report-people-description = Hoe zien ze eruit?
report-minor = Kan er een kind (jonger dan 18) betrokken zijn?
report-minor-yes = Ja
report-minor-no = Nee
report-minor-unknown = Ik weet het niet
report-identifiers = Nummers, nummerplaten, websites (niet verplicht)
report-identifiers-hint = Eén per regel. Schrijf ze zoals u ze zag.
report-phones = Telefoonnummers
report-plates = Nummerplaten
report-websites = Websites of advertenties
report-handles = Namen op sociale media
report-emails = E-mailadressen
report-text = Wat is er gebeurd?
report-contact = Wilt u gecontacteerd worden?
report-contact-none = Nee
report-contact-section = Ja, door de politiesectie mensenhandel
report-contact-centre = Ja, door een gespecialiseerd centrum voor slachtoffers
report-contact-details = Hoe kunnen we u bereiken? (niet verplicht)
report-sealed-note = We bewaren uw internetadres, uw browser en het uur van uw melding niet.
report-submit = De melding versturen
report-error-filed-by = Kies wie u bent.
report-error-too-long = Dit is te lang: hoogstens { $max } tekens.
report-error-too-many-lines = Te veel regels: hoogstens { $max }.
report-error-choice = Kies een van de antwoorden.
report-error-empty = Vink aan wat u zag of schrijf enkele woorden.
report-error-message-empty = Schrijf eerst een bericht.
receipt-title = Uw melding is ontvangen
receipt-intro = Dit is uw ontvangstnummer. Hiermee kunt u terugkomen, zien wat er gebeurt en onze berichten lezen.
receipt-once = Schrijf het nu op. Deze pagina toont het maar 10 minuten, in dit tabblad; daarna kan niemand het terugvinden.
receipt-confirm = Ik heb mijn ontvangstnummer opgeschreven
receipt-continue = Verder
receipt-expired = Voor uw veiligheid wordt het ontvangstnummer maar enkele minuten na het versturen van een melding getoond. Hebt u het opgeschreven, gebruik het dan op de opvolgingspagina. Zo niet, dan kunt u een nieuwe melding versturen.
receipt-expired-title = Deze pagina is verlopen
receipt-answer-time = We antwoorden meestal binnen { $days } werkdagen. Kom terug met uw ontvangstnummer om ons antwoord te lezen.
receipt-copied = Gekopieerd
receipt-copy = Nummer kopiëren
receipt-safety = Bewaar het waar iemand die u controleert niet zou kijken: leer het vanbuiten, of schrijf het tussen andere nummers, zonder naam. Bewaar het niet in een telefoon die iemand anders nakijkt.
receipt-safety-title = Bewaar het veilig
done-title = Dank u
done-text = Bewaar uw ontvangstnummer op een veilige plek. Kom over enkele dagen terug om ons antwoord te lezen.
follow-up-title = Uw melding opvolgen
follow-up-unknown = We vonden geen melding met dit nummer. Controleer de cijfers en probeer opnieuw.
follow-up-receipt = Uw ontvangstnummer
follow-up-submit = Openen
follow-up-status = Stand van zaken:
follow-up-messages = Berichten
follow-up-no-messages = Nog geen berichten.
follow-up-from-section = Politiesectie
follow-up-from-you = U
follow-up-from-partner = De organisatie die uw melding doorgaf
follow-up-add = Informatie toevoegen of antwoorden
follow-up-send = Versturen
report-status-received = Ontvangen
report-status-in-progress = In behandeling
report-status-closed = Afgesloten
follow-up-message-count = { $count ->
    [one] { $count } bericht
   *[other] { $count } berichten
}

## Rest van de opmaak
public-nav-home = Startpagina
public-nav-what-happens = Wat er met een melding gebeurt
public-nav-what-we-keep = Wat we bewaren
public-nav-rights = De rechten van slachtoffers
public-nav-emergency = Noodnummers
public-staff-sign-in = Aanmelden voor personeel

## Startpagina
landing-title = Vertel ons wat u zag
landing-intro = U kunt mensenhandel en uitbuiting melden aan de politie. U hoeft uw naam niet te geven.
landing-choose-language = Kies uw taal
landing-what-to-do = Wat wilt u doen?

## Wat er met een melding gebeurt, en wie ze leest
info-what-happens-title = Wat er met uw melding gebeurt
info-what-happens-sealed = Uw melding wordt vergrendeld zodra ze aankomt. Alleen de politiesectie mensenhandel kan ze openen.
info-what-happens-receipt = U krijgt een ontvangstnummer. Schrijf het op. Daarmee kunt u terugkomen, onze berichten lezen en informatie toevoegen.
info-what-happens-read = Een onderzoeker van de sectie leest uw melding en beslist wat er gebeurt.
info-what-happens-contact = Als u dat vroeg, neemt de sectie contact met u op, of een gespecialiseerd centrum voor slachtoffers.
info-what-happens-status = Met uw ontvangstnummer ziet u de stand van zaken: ontvangen, in behandeling of afgesloten. We tonen nooit details van een onderzoek.
info-who-reads-title = Wie leest uw melding?
info-who-reads-section = Alleen de politiesectie mensenhandel van de politiezone Brussel-Noord. Andere politiemensen kunnen ze niet lezen.
info-who-reads-not-site = Deze website kan een melding vergrendelen, maar kan ze niet meer openen.

## Wat we bewaren en wat niet
info-keep-title = Wat we bewaren, en wat niet
info-keep-yes-title = Wat we bewaren
info-keep-report = Uw melding, vergrendeld. Alleen de sectie kan ze openen.
info-keep-messages = De berichten tussen u en de sectie, vergrendeld.
info-keep-day = De dag van uw melding en van elk bericht. Niet het uur.
info-keep-status = De stand van zaken van uw melding.
info-keep-no-title = Wat we nooit bewaren
info-keep-no-address = Uw internetadres (IP-adres).
info-keep-no-browser = Uw browser, of het soort telefoon of computer dat u gebruikt.
info-keep-no-time = Het uur van uw bezoek of van uw melding.
info-keep-no-receipt = Uw ontvangstnummer. We bewaren alleen een vingerafdruk ervan, waaruit het nummer niet terug te vinden is.
info-keep-no-cookie = Cookies: deze pagina's plaatsen er geen.
info-keep-no-other-sites = Iets van andere websites: deze pagina's laden niets van elders.
info-keep-lost-receipt = Als u uw ontvangstnummer verliest, kunnen we het u niet teruggeven. U kunt een nieuwe melding sturen.

## De rechten van slachtoffers
info-rights-title = De rechten van slachtoffers
info-rights-not-punished = U hebt niets fout gedaan. U mag niet gestraft worden voor wat u gedwongen werd te doen.
info-rights-status-title = Het slachtofferstatuut
info-rights-status = In België kan een slachtoffer van mensenhandel een bijzonder statuut krijgen. Het beschermt u en laat u in België blijven zolang de zaak loopt.
info-rights-conditions = Voor dit statuut:
info-rights-condition-contact = verbreekt u elk contact met de mensen die u uitbuiten;
info-rights-condition-centre = aanvaardt u hulp van een gespecialiseerd centrum;
info-rights-condition-statement = vertelt u de politie of het gerecht wat er gebeurd is.
info-rights-time-title = Tijd om te rusten en na te denken
info-rights-reflection = Eerst krijgt u 45 dagen om te rusten en na te denken. U mag in die tijd in België blijven. U hoeft nog niets te beslissen.
info-rights-stay = Als u vertelt wat er gebeurd is, krijgt u een document om 3 maanden te blijven. Het kan verlengd worden zolang de zaak loopt. Op het einde kunt u het recht krijgen om voorgoed te blijven.
info-rights-minors = Een kind jonger dan 18 dat alleen in België is, krijgt meteen een document om te blijven, en een voogd.
info-rights-centres-title = Wie u kan helpen
info-rights-centres = Drie gespecialiseerde centra helpen slachtoffers. Hun hulp is gratis en vertrouwelijk. U kunt naar hen gaan zonder eerst naar de politie te gaan.
info-rights-phone = Telefoon van de centra:
info-rights-leaflet = Deze informatie op één pagina, om af te drukken, in 12 talen

## Noodnummers
info-emergency-title = Noodnummers
info-emergency-danger = Nu in gevaar? Bel 112.
info-emergency-112 = Noodgevallen: ambulance, brandweer, politie.
info-emergency-101 = Politie.
info-emergency-centres = Gespecialiseerde centra voor slachtoffers van mensenhandel. Geen noodnummer.
info-emergency-free = 112 en 101 zijn gratis, dag en nacht, vanaf elke telefoon.

# Pictures and identifiers on the report and in messages.
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
report-hint-summary = Sommige gegevens lijken ongewoon. Controleer ze hieronder, of verstuur het formulier opnieuw zoals het is.
report-hint-phones = Dit lijkt geen Belgisch of internationaal telefoonnummer: { $values }. Controleer het, of verstuur het zoals het is.
report-hint-plates = Dit lijkt geen nummerplaat: { $values }. Controleer ze, of verstuur ze zoals ze is.
report-hint-websites = Dit lijkt geen webadres: { $values }. Controleer het, of verstuur het zoals het is.
report-hint-handles = Dit lijkt geen accountnaam: { $values }. Controleer ze, of verstuur ze zoals ze is.
report-hint-emails = Dit lijkt geen e-mailadres: { $values }. Controleer het, of verstuur het zoals het is.

# Too many wrong receipts (answered 429).
follow-up-too-many = Te veel pogingen met een verkeerd nummer. Om de meldingen te beschermen: wacht even en probeer het later opnieuw.

# What we keep: pictures.
info-keep-pictures = De foto's die u stuurt, vergrendeld zoals de melding.
info-keep-no-photo-data = De verborgen gegevens in uw foto's, zoals waar en wanneer een foto is genomen: wij halen ze weg voor we ze bewaren.
report-too-many = Er kwamen in korte tijd veel meldingen binnen vanaf deze verbinding. Je tekst staat hieronder nog: probeer het over enkele minuten opnieuw. Bij gevaar, bel 112.
report-error-images-pixels = Samen zijn de foto’s veel te groot (meer dan 100 miljoen pixels). Stuur er minder of kleinere.

# Error pages of the public area
public-error-not-found-title = Pagina niet gevonden
public-error-not-found-text = Deze pagina bestaat niet. Controleer het adres of begin opnieuw op de startpagina.
public-error-unavailable-title = Tijdelijk niet beschikbaar
public-error-unavailable-text = De meldingsdienst kan nu geen meldingen ontvangen. Probeer het over een tijdje opnieuw. Is iemand nu in gevaar, bel dan 112.
public-error-internal-title = Er ging iets mis
public-error-internal-text = Uw melding is misschien niet verzonden. Probeer het over een tijdje opnieuw. Is iemand nu in gevaar, bel dan 112.
public-error-too-large-title = Te groot om te verzenden
public-error-too-large-text = Wat u verzond is te groot. Stuur minder of kleinere foto’s.
public-error-bad-request-title = Het formulier kon niet gelezen worden
public-error-bad-request-text = Een deel van het formulier is niet aangekomen. Ga terug, controleer uw antwoorden en verzend het opnieuw.
public-error-back-home = Terug naar de startpagina
