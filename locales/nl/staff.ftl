# Personeelsomgeving: Nederlands
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Start
nav-users = Gebruikers
nav-units = Eenheden
nav-audit = Auditlog
nav-account = Mijn account
sign-out = Afmelden
footer-text = Lumen · Politiezone Brussel-Noord · Sectie MH
save = Opslaan
yes = Ja
no = Nee

error-back-home = Terug naar de startpagina
error-not-found-title = Pagina niet gevonden
error-not-found-text = Deze pagina bestaat niet of is verplaatst.
error-forbidden-title = Toegang geweigerd
error-forbidden-text = Uw rol geeft geen toegang tot deze pagina.
error-csrf-title = Formulier verlopen
error-csrf-text = Dit formulier is niet meer geldig. Ga terug, laad de pagina opnieuw en probeer het nog eens. Er is niets gewijzigd.
error-bad-request-title = Ongeldig formulier
error-bad-request-text = Het formulier is onvolledig of bevat een ongeldige waarde.
error-bad-request-field = Het veld ‘{ $field }’ ontbreekt of heeft een ongeldige waarde.
error-too-large-title = Te veel gegevens
error-too-large-text = Wat u verstuurde is te groot. Maak het korter en probeer opnieuw.
error-unavailable-title = Tijdelijk niet beschikbaar
error-unavailable-text = De databank antwoordt niet. Uw gegevens zijn veilig; probeer het over enkele ogenblikken opnieuw.
error-internal-title = Er ging iets mis
error-internal-text = Er is een onverwachte fout opgetreden. Ze is geregistreerd; probeer opnieuw.

field-form = formulier
field-email = E-mailadres
field-password = Wachtwoord
field-code = Code
field-current = Huidig wachtwoord
field-new = Nieuw wachtwoord
field-confirm = Bevestig het nieuwe wachtwoord
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Bevestig het nieuwe wachtwoord
field-display-name = Naam
field-role = Rol
field-unit = Eenheid
field-unit-none = Geen eenheid
field-unit-code = Code
field-unit-name = Naam
field-unit-kind = Soort
field-name = Naam
field-kind = Soort
field-active = Status
field-lang = Taal
field-page = Pagina
field-from = Van
field-until = Tot
field-invalid-email = Geef een geldig e-mailadres op.
field-invalid-role = Kies een rol uit de lijst.
field-role-choose = Kies een rol
field-role-missing = Kies de rol van het nieuwe account.
field-invalid-unit = Kies een eenheid uit de lijst, of geen eenheid.
field-invalid-display-name = Geef een naam op (ten hoogste 200 tekens).
field-email-taken = Een account gebruikt dit e-mailadres al.
field-invalid-unit-code = De code telt 2 tot 32 tekens: letters a–z, cijfers, - of _.
field-invalid-unit-name = Geef een naam op (ten hoogste 200 tekens).
field-invalid-unit-kind = Kies een soort uit de lijst.
field-unit-code-taken = Een eenheid gebruikt deze code al.

sign-in-title = Aanmelden
sign-in-submit = Aanmelden
sign-in-refused = E-mailadres of wachtwoord onjuist, of account tijdelijk geblokkeerd.
totp-title = Verificatiecode
totp-help = Geef de 6-cijferige code uit uw authenticatie-app in, of een van uw herstelcodes.
totp-submit = Controleren
totp-refused = Deze code is niet geldig of werd al gebruikt.
enrol-title = Verificatie in twee stappen instellen
enrol-active = Verificatie in twee stappen is actief op uw account.
enrol-help = Scan deze QR-code met een authenticatie-app (bijvoorbeeld FreeOTP of Aegis) en geef de getoonde code in.
enrol-open-app = Openen in de authenticatie-app
enrol-open-app-help = Op de telefoon met uw authenticatie-app voegt deze link uw account er meteen aan toe, zonder scannen.
enrol-manual = Lukt scannen niet? Geef deze sleutel in de app in:
enrol-submit = Bevestigen
recovery-title = Uw herstelcodes
recovery-help = Bewaar deze codes op een veilige plaats. Met elke code kunt u zich één keer aanmelden als u uw telefoon verliest. Ze worden alleen nu getoond.
recovery-done = Ik heb ze bewaard

home-title = Start
home-role-intro = U bent aangemeld als
home-nothing = Niets vraagt nu uw aandacht.
home-card-users = accounts
home-card-users-without-2fa = actieve accounts zonder verificatie in twee stappen
home-card-units = eenheden
home-card-audit-24h = auditregels in de laatste 24 uur

account-title = Mijn account
account-totp = Verificatie in twee stappen
account-totp-on = Actief.
account-recovery-left = { $count ->
    [one] Nog één herstelcode.
   *[other] Nog { $count } herstelcodes.
}
account-totp-enrol = Verificatie in twee stappen instellen
account-recovery = Herstelcodes
account-recovery-help = Nieuwe codes vervangen al uw codes: de oude werken meteen niet meer. Geef daarvoor de code in die uw authenticatie-app nu toont.
account-recovery-low = U hebt nog maar weinig herstelcodes: maak nieuwe aan.
account-recovery-code = Code uit uw authenticatie-app
account-recovery-submit = Nieuwe herstelcodes aanmaken
account-recovery-refused = Deze code is niet geldig of werd al gebruikt. Geef de code in die uw app nu toont.
account-recovery-locked = Te veel foute codes: uw account is tijdelijk geblokkeerd. Probeer het later opnieuw.
recovery-replaced = Uw oude herstelcodes werken niet meer. Hier zijn de nieuwe.
account-password = Wachtwoord wijzigen
account-password-submit = Wachtwoord wijzigen
password-policy = Minstens 12 tekens. Veelgebruikte wachtwoorden worden geweigerd.
password-current-wrong = Het huidige wachtwoord is niet juist.
password-mismatch = De twee nieuwe wachtwoorden zijn niet gelijk.
password-too-short = Het nieuwe wachtwoord moet minstens 12 tekens tellen.
password-too-long = Het nieuwe wachtwoord mag ten hoogste 256 tekens tellen.
password-too-common = Dit wachtwoord is te gewoon. Kies een ander.
password-changed = Uw wachtwoord is gewijzigd. Uw andere sessies werden afgesloten.

users-title = Gebruikers
users-2fa = Twee stappen
users-status = Status
users-active = Actief
users-inactive = Gedeactiveerd
users-new = Nieuw account
users-create = Account aanmaken
users-created-title = Account aangemaakt
users-created-help = Geef deze activeringscode persoonlijk aan { $email }. Hij wordt maar één keer getoond. Daarmee kiest de persoon een eigen wachtwoord en stelt verificatie in twee stappen in.
users-back = Terug naar de gebruikers
users-change-role = Rol en eenheid
users-access = Toegang
users-deactivate = Account deactiveren
users-activate = Account heractiveren
users-reset-2fa = Verificatie in twee stappen opnieuw instellen
users-search = Een account zoeken
users-search-help = Een deel van de naam of het e-mailadres; hoofdletters en accenten doen er niet toe.
users-search-submit = Zoeken
users-search-clear = Alle accounts tonen
users-count = { $count ->
    [one] Eén account.
   *[other] { $count } accounts.
}
users-found = { $count ->
    [0] Geen enkel account komt overeen met ‘{ $search }’.
    [one] Eén account komt overeen met ‘{ $search }’.
   *[other] { $count } accounts komen overeen met ‘{ $search }’.
}

units-title = Eenheden
units-new = Nieuwe eenheid
units-create = Eenheid aanmaken
unit-kind-thb-section = Sectie MH
unit-kind-intervention = Interventie
unit-kind-neighbourhood = Wijkagenten
unit-kind-reception = Onthaal
unit-kind-management = Directie
unit-kind-partner = Partnerorganisatie
unit-kind-other = Andere

role-partner = Partner
role-frontline = Eerstelijnspolitieagent
role-referent = Referentieagent
role-investigator = Onderzoeker
role-supervisor = Leidinggevende
role-analyst = Analist
role-admin = Beheerder

audit-title = Auditlog
audit-action = Handeling
audit-actor = Uitvoerder
audit-from = Van
audit-until = Tot
audit-filter = Filteren
audit-count = { $count ->
    [one] Eén regel.
   *[other] { $count } regels.
}
audit-time = Tijd (Brussel)
audit-object = Object
audit-outcome = Resultaat

## Audit log: filters, errors, what entries name
audit-any-action = Alle handelingen
audit-any-actor = Alle uitvoerders
audit-days-help = De dagen zijn Brusselse dagen; ‘tot’ omvat de hele laatste dag.
audit-about = Regels over: { $object }.
audit-about-clear = Alle regels tonen
audit-outcome-success = Uitgevoerd
audit-outcome-failure = Geweigerd
audit-actor-none = Niemand aangemeld
audit-actor-cli = Opdrachtregel (operator)
audit-actor-demo = Demonstratiegegevens
audit-object-gone = (verwijderd)
audit-role-asked = gevraagde rol: { $role }
audit-error-action = Kies een handeling uit de lijst.
audit-error-actor = Kies een uitvoerder uit de lijst.
audit-error-date = Geef een bestaande datum op, bijvoorbeeld 2027-03-14.
audit-error-range = De einddatum moet op of na de begindatum liggen.
audit-error-object = Het gevraagde object is niet geldig. Toon alle regels en kies er een uit de lijst.
audit-error-page = Dit paginanummer bestaat niet.
audit-group-access = Toegang
audit-group-audit = Auditlog
audit-group-auth = Aanmelding
audit-group-keys = Sleutels
audit-group-partner = Partnerruimte
audit-group-report = Meldingen
audit-group-screening = Screenings
audit-group-training = Opleiding
audit-group-unit = Eenheden
audit-group-user = Accounts
audit-object-route = Pagina
audit-object-audit-log = Auditlog
audit-object-user = Account
audit-object-master-key = Hoofdsleutel
audit-object-report = Melding
audit-object-unit = Eenheid
audit-object-screening = Screening
audit-object-training-course = Opleiding
audit-object-training-coverage = Opleidingsdekking
audit-object-training-officer = Agent
audit-object-training-officer-import = Import van agenten
audit-object-training-referent = Aanduiding van referent
audit-object-training-session = Opleidingssessie
audit-object-role-request = Rolaanvraag
audit-action-access-denied = Toegang geweigerd
audit-action-audit-list = Auditlog bekeken
audit-action-auth-enrolment-code = Activeringscode ingegeven
audit-action-auth-password-accepted = Wachtwoord aanvaard
audit-action-auth-second-factor = Verificatiecode ingegeven
audit-action-auth-sign-in = Aanmelding
audit-action-auth-sign-out = Afmelding
audit-action-keys-master-rotated = Hoofdsleutel vernieuwd
audit-action-partner-area = Partnerruimte geopend
audit-action-report-image-read = Afbeelding van een melding bekeken
audit-action-report-list = Lijst van meldingen bekeken
audit-action-report-partner-file = Melding ingediend door een partner
audit-action-report-partner-list = Dossiers van een partner bekeken
audit-action-report-partner-message = Bericht van een partner verstuurd
audit-action-report-partner-read = Dossier bekeken door een partner
audit-action-report-read = Melding bekeken
audit-action-report-reply = Antwoord verstuurd naar de melder
audit-action-report-status = Status van een melding gewijzigd
audit-action-screening-create = Screening ingediend
audit-action-screening-list = Lijst van screenings bekeken
audit-action-screening-read = Screening bekeken
audit-action-training-course-create = Opleiding toegevoegd
audit-action-training-course-update = Opleiding gewijzigd
audit-action-training-coverage-export = Opleidingsdekking geëxporteerd
audit-action-training-officer-create = Agent toegevoegd
audit-action-training-officer-import = Agenten geïmporteerd
audit-action-training-officer-list = Lijst van agenten bekeken
audit-action-training-officer-update = Agent gewijzigd
audit-action-training-referent-designate = Referent aangeduid
audit-action-training-referent-designate-override = Referent aangeduid met afwijking
audit-action-training-referent-end = Aanduiding van referent beëindigd
audit-action-training-session-attendance = Aanwezigheden bewaard
audit-action-training-session-cancel = Sessie geannuleerd
audit-action-training-session-create = Sessie gepland
audit-action-training-session-register = Agent ingeschreven voor een sessie
audit-action-training-session-register-override = Agent ingeschreven met afwijking van de voorwaarden
audit-action-training-session-update = Sessie gewijzigd
audit-action-unit-create = Eenheid aangemaakt
audit-action-unit-update = Eenheid gewijzigd
audit-action-user-activate = Account geheractiveerd
audit-action-user-create = Account aangemaakt
audit-action-user-deactivate = Account gedeactiveerd
audit-action-user-enrolled = Wachtwoord gekozen met de activeringscode
audit-action-user-language = Taal gewijzigd
audit-action-user-list = Lijst van accounts bekeken
audit-action-user-password-changed = Wachtwoord gewijzigd
audit-action-user-recovery-codes-regenerated = Nieuwe herstelcodes aangemaakt
audit-action-user-role-approve = Rolwijziging goedgekeurd
audit-action-user-role-refuse = Rolwijziging geweigerd
audit-action-user-role-request = Rolwijziging aangevraagd
audit-action-user-role-requests-list = Rolaanvragen bekeken
audit-action-user-role-unit = Rol of eenheid gewijzigd
audit-action-user-totp-enrolled = Verificatie in twee stappen ingesteld
audit-action-user-totp-enrolment-started = Instellen van verificatie in twee stappen begonnen
audit-action-user-totp-reset = Verificatie in twee stappen opnieuw ingesteld


nav-catalogue = Catalogus
catalogue-title = Screeningcatalogus
catalogue-intro = Elke indicator van de vier IAO/EC 2009-sets, met zijn dimensie en sterkte. Graden die niet uit de IAO-publicatie zelf komen, staan als ‘te controleren’ gemarkeerd: controleer ze aan de bron voor u erop vertrouwt.
catalogue-verify-count = { $count ->
    [0] Alle graden komen uit de primaire bron.
    [one] Eén graad te controleren.
   *[other] { $count } graden te controleren.
}
catalogue-id = Id
catalogue-label = Indicator
catalogue-dimension = Dimensie
catalogue-strength = Sterkte
catalogue-basis = Herkomst van de graad
catalogue-verify-flag = te controleren
strength-strong = sterk
strength-medium = middel
strength-weak = zwak
basis-primary = IAO-publicatie
basis-secondary = secundaire bron
basis-inferred = afgeleid van een verwante set

## Sign-in guards and role approvals
sign-in-too-many = Te veel mislukte pogingen vanaf deze verbinding. Wacht enkele minuten en probeer het opnieuw.
sign-in-first-time = Eerste aanmelding met een activeringscode
first-sign-in-title = Eerste aanmelding
first-sign-in-help = Typ de activeringscode die je beheerder je gaf en kies je wachtwoord. Daarna stel je verificatie in twee stappen in.
first-sign-in-submit = Mijn wachtwoord instellen
first-sign-in-refused = E-mailadres of activeringscode onjuist, verlopen of al gebruikt, of account tijdelijk geblokkeerd.
first-sign-in-awaiting-approval = Je account is nog niet geopend: een supervisor moet eerst de rol goedkeuren. Vraag het je beheerder.
field-enrolment-code = Activeringscode
role-change-partner-needs-partner-unit = Een partneraccount moet bij een partnerorganisatie horen: kies de eenheid.
role-change-staff-in-partner-unit = Politierollen kunnen niet in een partnerorganisatie geplaatst worden: kies een andere eenheid of de partnerrol.
role-change-own-account = Je kunt je eigen rol of eenheid niet wijzigen. Vraag het een andere beheerder.
role-change-already-waiting = Een wijziging van dit account wacht al op een supervisor. Daarover moet eerst beslist worden.
role-change-awaiting-opening = Dit account wacht tot een supervisor de rol goedkeurt; het kan niet eerder geactiveerd worden.
users-created-where = De eerste aanmelding gebeurt op { $path }.
users-created-expires = De code kan gebruikt worden tot { $day }.
users-created-awaiting-approval = Deze rol geeft toegang tot dossiergegevens: het account gaat pas open als een supervisor het goedkeurt.
users-pending-opening = Wacht op goedkeuring door een supervisor van het nieuwe account als:
users-pending-change = Wacht op goedkeuring door een supervisor van de wijziging naar:
users-enrolment-pending = Heeft zich nog niet aangemeld; de activeringscode kan gebruikt worden tot { $day }.
users-change-role-help = Rollen die dossiergegevens lezen (onderzoeker, supervisor, referent, partner) gelden pas na goedkeuring door een supervisor.
approvals-title = Goedkeuring van rollen
approvals-help = Beheerders geven niet alleen toegang tot dossiergegevens: elke zulke rol wacht hier op een supervisor.
approvals-none = Er wacht niets op een beslissing.
approvals-account = Account
approvals-now = Nu
approvals-asked = Gevraagd
approvals-asked-by = Gevraagd door
approvals-decision = Beslissing
approvals-new-account = Nieuw account
approvals-own-short = Een andere supervisor beslist (je eigen account of je eigen aanvraag).
approvals-approve = Goedkeuren
approvals-refuse = Weigeren
done-role-request-approved = Goedgekeurd: de rol geldt nu.
done-role-request-refused = Geweigerd: er werd niets gewijzigd.
approvals-own = Je kunt niet beslissen over je eigen account of je eigen aanvraag. Er werd niets gewijzigd.
nav-approvals = Goedkeuringen

# Confirmation banners after a save (done-<code>).
done-reply-sent = Antwoord verstuurd. De melder leest het met het ontvangstnummer.
done-report-status-changed = Status gewijzigd. De melder ziet de nieuwe status met het ontvangstnummer.
done-message-sent = Bericht verstuurd naar de sectie MH.
done-screening-filed = Screening ingediend. Het resultaat staat hieronder.
done-officer-created = Agent toegevoegd aan het register.
done-officer-saved = Gegevens van de agent bewaard.
done-officers-imported = Agenten geïmporteerd.
done-session-created = Sessie gepland.
done-session-saved = Sessie bewaard.
done-session-cancelled = Sessie geannuleerd.
done-officer-registered = Agent ingeschreven voor de sessie.
done-attendance-saved = Aanwezigheid bewaard.
done-referent-designated = Referent aangeduid.
done-referent-ended = Aanduiding beëindigd.
done-course-created = Opleiding toegevoegd.
done-course-saved = Opleiding bewaard.
done-unit-created = Eenheid aangemaakt.
done-unit-saved = Eenheid bewaard.
done-recovery-codes-regenerated = Nieuwe herstelcodes actief. De oude werken niet meer.
done-user-role-saved = Rol en eenheid bewaard.
done-role-change-requested = Wijziging aangevraagd: ze geldt zodra een supervisor ze goedkeurt.
done-user-activated = Account geheractiveerd.
done-user-deactivated = Account gedeactiveerd. De sessies werden afgesloten.
done-user-totp-reset = Verificatie in twee stappen opnieuw ingesteld: het account stelt ze in bij de volgende aanmelding.
units-back = Terug naar de eenheden

# Shared by every page: the error summary above a refused form, the pager of long lists.
error-summary-title = Er is een probleem
error-title-prefix = Fout:
pager-label = Pagina’s
pager-previous = Vorige
pager-next = Volgende
