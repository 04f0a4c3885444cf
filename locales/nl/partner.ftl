# Partnerruimte: een partnerorganisatie meldt voor iemand en volgt haar meldingen op.
nav-partner = Onze meldingen
partner-title = De meldingen van onze organisatie
partner-filed-notice = De melding is verstuurd naar de politiesectie mensenhandel.
partner-new = Een melding doen voor iemand
partner-count = { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}
partner-none = Uw organisatie heeft nog geen melding gedaan.
partner-day = Dag
partner-status = Status
partner-messages = Berichten
partner-unread = Nieuwe antwoorden
partner-unread-count = { $count ->
    [one] { $count } nieuw antwoord
   *[other] { $count } nieuwe antwoorden
}
partner-pages = Pagina's
partner-one-title = Melding
partner-back = Terug naar onze meldingen
partner-organisation = Organisatie
partner-consent-recorded = Toestemming vastgelegd op
partner-thread = Berichten met de politiesectie
partner-no-messages = Nog geen berichten.
partner-from-section = Politiesectie
partner-from-us = Uw organisatie of de persoon
partner-add-message = Informatie toevoegen of antwoorden
partner-message-hint = De persoon kan deze berichten ook lezen met het ontvangstnummer.
partner-send = Versturen
partner-receipt-title = De melding is ontvangen
partner-receipt-intro = Geef dit ontvangstnummer aan de persoon. Daarmee kan die de melding zelf opvolgen en de berichten lezen, zonder u.
partner-receipt-once = Het wordt maar één keer getoond. U noch de politie kan het terugvinden.
partner-receipt-confirm = Het ontvangstnummer is opgeschreven
partner-receipt-continue = Verder
partner-new-title = Een melding doen voor iemand
partner-new-intro = U doet deze melding voor { $organisation }. Schrijf wat de persoon u vertelde, in eenvoudige woorden. De melding wordt vergrendeld: alleen de politiesectie mensenhandel kan ze lezen.
partner-error-summary = Sommige antwoorden moeten worden aangepast. Zie de berichten hieronder.
partner-forms = Wat heeft de persoon gezien of meegemaakt?
partner-place = Waar? (niet verplicht)
partner-when = Wanneer? (niet verplicht)
partner-people = Betrokken personen
partner-people-count = Hoeveel personen?
partner-people-description = Hoe zien ze eruit?
partner-minor = Kan er een kind (jonger dan 18) betrokken zijn?
partner-minor-yes = Ja
partner-minor-no = Nee
partner-minor-unknown = We weten het niet
partner-identifiers = Nummers, nummerplaten, websites (niet verplicht)
partner-identifiers-hint = Eén per regel. Schrijf ze zoals ze gegeven werden.
partner-phones = Telefoonnummers
partner-plates = Nummerplaten
partner-websites = Websites of advertenties
partner-handles = Namen op sociale media
partner-emails = E-mailadressen
partner-text = Wat is er gebeurd?
partner-contact = Wil de persoon gecontacteerd worden?
partner-contact-none = Nee
partner-contact-section = Ja, door de politiesectie mensenhandel
partner-contact-centre = Ja, door een gespecialiseerd centrum voor slachtoffers
partner-contact-details = Hoe kan de persoon bereikt worden? (niet verplicht)
partner-consent = Toestemming
partner-consent-box = De persoon gaat ermee akkoord dat wij deze melding voor hem of haar doen.
partner-submit = De melding versturen
partner-error-consent = Vink het vakje aan zodra de persoon akkoord is. Zonder toestemming kan de melding niet verstuurd worden.
partner-error-too-long = Dit is te lang: hoogstens { $max } tekens.
partner-error-empty = Vink aan wat de persoon zag of schrijf een paar woorden.
partner-error-message-empty = Schrijf eerst een bericht.
