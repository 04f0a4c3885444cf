# Personeelskant van de eerstelijnsscreening.

home-new-screening = Nieuwe screening
home-screenings = Screenings

screening-new-title = Nieuwe screening
screening-new-intro = Zeg eerst met wie u te maken hebt en hoe de situatie eruitziet. De vragen volgen.
screening-choose-both = Kies wie de persoon is en hoe de situatie eruitziet.
screening-who-legend = De persoon is
screening-who-adult = een volwassene
screening-who-child = een kind (jonger dan 18)
screening-who-unknown = van onbekende leeftijd
screening-who-unknown-help = Bij twijfel over de leeftijd wordt de persoon als kind behandeld.
screening-situation-legend = De situatie lijkt op
screening-situation-labour = arbeidsuitbuiting (ook bedelarij of gedwongen misdrijven)
screening-situation-sexual = seksuele uitbuiting
screening-next = Volgende
screening-change-situation = Situatie wijzigen
screening-child-note = Kind: middelen (misleiding, dwang, misbruik) zijn niet nodig. Verwittig vroeg de Dienst Voogdij.
screening-checklist-help = Stel elke vraag of beantwoord ze op basis van wat u zag. Het antwoord dat op uitbuiting wijst, verschilt per vraag: noteer het echte antwoord, Lumen telt de signalen. Laat „Niet gesteld” staan als u de vraag niet stelde.
screening-facts-legend = Andere feiten
screening-immediate-danger = De persoon is in onmiddellijk gevaar
screening-act-established = Een handeling is vastgesteld (werven, vervoeren, overbrengen, huisvesten, opvangen of controle overnemen)
screening-act-help = Vink enkel aan als u het weet, niet als u het vermoedt.
screening-purpose = Vorm van uitbuiting
screening-purpose-none = Niet gekend
screening-age = Leeftijd
screening-report-ref = Referentie van het proces-verbaal
screening-person-description = Anonieme beschrijving van de persoon
screening-person-description-help = Geen naam, geen identiteitsnummer: hoogstens 500 tekens.
screening-submit = Resultaat bekijken

screening-error-unknown-set = Onbekende situatie “{ $set }”. Kies een van de situaties hieronder.
screening-error-unknown-indicator = Onbekende vraag “{ $indicator }” voor deze situatie. Er werd niets bewaard.
screening-error-unknown-purpose = Onbekende vorm van uitbuiting “{ $purpose }”.
screening-error-invalid = De screening kon niet gelezen worden. Controleer het formulier.
screening-error-age = De leeftijd moet een geheel getal tussen 0 en 120 zijn.
screening-error-report-ref = De referentie van het proces-verbaal is te lang (hoogstens 200 tekens).
screening-error-description = De beschrijving is te lang (hoogstens 500 tekens).

screening-list-title = Screenings
screening-list-scope-all = Alle screenings, nieuwste eerst.
screening-list-scope-unit = De screenings van uw eenheid, nieuwste eerst.
screening-list-scope-own = Uw screenings, nieuwste eerst.
screening-list-empty = Nog geen screening.
screening-list-when = Datum
screening-list-situation = Situatie
screening-list-outcome = Resultaat
screening-list-officer = Agent
screening-list-pages = Pagina's
screening-list-previous = Vorige
screening-list-next = Volgende

screening-outcome-ilo-combination-met = ILO-combinatie vervuld
screening-outcome-ilo-combination-not-met = Signalen, combinatie niet vervuld
screening-outcome-no-signs = Geen signaal

screening-result-title = Resultaat van de screening
screening-print = Afdrukken
screening-back-to-result = Terug naar het resultaat
screening-not-a-status = Dit resultaat beschrijft signalen en volgende stappen. Het zegt niet dat de persoon een slachtoffer is: de kwalificatie van de feiten komt de magistraat toe.
screening-next-steps = Volgende stappen
screening-emergency-first = Onmiddellijk gevaar: bel eerst 112 of 101.
screening-victim-info-link = Informatie voor de persoon, in zijn of haar taal
screening-ilo-title = ILO-lezing
screening-ilo-rule = Toegepaste regel:
screening-combination-adult = voor volwassenen, misleidende, gedwongen of misbruikende werving (D1, D2 of D3), en uitbuitingsomstandigheden (D4), en dwang of misbruik van kwetsbaarheid op de bestemming (D5 of D6).
screening-combination-child = voor kinderen, werving (D1, D2 of D3) of een vastgestelde handeling, en uitbuitingsomstandigheden (D4); middelen zijn niet nodig.
screening-dimension-positive = positief
screening-dimension-negative = niet positief
screening-counts = sterk { $strong }, middelmatig { $medium }, zwak { $weak }
screening-clause-fired = Omdat:
screening-clause-two-strong = twee sterke indicatoren.
screening-clause-strong-and-medium-or-weak = een sterke indicator en een middelmatige of zwakke indicator.
screening-clause-three-medium = drie middelmatige indicatoren.
screening-clause-two-medium-and-weak = twee middelmatige indicatoren en een zwakke indicator.
screening-warning-minor-with-adult-set = De opgegeven leeftijd is onder 18 maar de vragen voor volwassenen werden gebruikt: begin opnieuw met de vragen voor kinderen.
screening-warning-adult-with-child-set = De opgegeven leeftijd is 18 of meer maar de vragen voor kinderen werden gebruikt.
screening-law-title = Belgisch recht
screening-law-intro = In België volstaan een handeling en een uitbuitingsdoel; de middelen zijn enkel verzwarend.
screening-law-act-yes = Een handeling is vastgesteld.
screening-law-act-no = Er is nog geen handeling vastgesteld.
screening-law-purpose-stated = Opgegeven vorm van uitbuiting: { $purpose }.
screening-law-purpose-suggested = Vorm van uitbuiting die de situatie doet vermoeden: { $purpose }.
screening-law-purpose-not-indicated = De uitbuitingsomstandigheden (D4) zijn nog niet aangetoond.
screening-law-purpose-none = Er is geen vorm van uitbuiting aangegeven.
screening-law-elements-yes = De elementen van het misdrijf kunnen aanwezig zijn: verwittig de magistraat.
screening-law-elements-no = De elementen van het misdrijf zijn niet allemaal aangetoond.
screening-law-means = Middelen (misleiding, dwang, misbruik van kwetsbaarheid) zijn niet vereist; het zijn verzwarende omstandigheden.
screening-law-aggravating = Signalen van verzwarende omstandigheden
screening-unreadable = Het bewaarde resultaat van deze screening is onleesbaar; verwittig de beheerder.
screening-answer-yes = Ja
screening-answer-no = Nee
screening-answer-dont-know = Weet niet
screening-answer-not-asked = Niet gesteld
screening-phase-recruitment = Voor of tijdens de reis:
screening-phase-destination = Hier, nu:

# Stappen van de screening
screening-step-of = Stap { $no } van { $count }
screening-step-back = Terug
screening-step-next = Bewaren en verder
screening-step-to-review = Antwoorden nakijken
screening-step-later = Bewaren en later afwerken
screening-steps-all = Alle stappen
screening-error-summary = Er is een probleem
screening-review-title = Antwoorden nakijken
screening-review-intro = Kijk na wat genoteerd is. Wijzig een stap als het moet en bekijk dan het resultaat.
screening-review-change = Wijzigen
screening-review-none-asked = Geen enkele vraag van deze stap is gesteld.
screening-review-not-asked = { $count ->
    [one] Eén vraag niet gesteld.
   *[other] { $count } vragen niet gesteld.
}
screening-discard = Deze screening weggooien
screening-drafts-title = Onafgewerkte screenings
screening-drafts-help = Bij elke stap op de server bewaard, alleen voor u zichtbaar, { $count } dagen na de laatste wijziging bewaard.
screening-drafts-continue = Verder
screening-drafts-saved-at = bewaard op
screening-drafts-steps = stappen
done-screening-draft-saved = Screening bewaard. Werk ze verder af via “Onafgewerkte screenings” hieronder.
done-screening-draft-discarded = Screening weggegooid. Er is niets ingediend.
screening-back-to-list = Terug naar de screenings

# Een screening naar de sectie MH sturen.
screening-section-title = Sectie MH
screening-send-hint = Als de sectie MH deze situatie moet bekijken, stuur haar de screening: ze verschijnt in haar triage, en u ziet hier of ze werd opgenomen.
screening-send = Naar de sectie MH sturen
screening-sent-on = Naar de sectie MH gestuurd op { $when }.
screening-taken-up = De sectie nam ze op in een dossier.
screening-closed-in-triage = De sectie sloot ze af: { $reason }.
screening-waiting-in-triage = Ze wacht bij de triage van de sectie.
screening-not-sent = Niet naar de sectie MH gestuurd.
done-screening-sent = Naar de sectie MH gestuurd.
