# Triage van wat bij de sectie MH binnenkomt.
nav-triage = Triage
triage-title = Triage
triage-help = Meldingen en screenings die op de sectie wachten, eerst die met een waarschuwing, dan de oudste. Koppel elk aan een dossier, open een nieuw dossier, of sluit het af met een reden.
triage-none = Niets wacht bij de triage.
triage-count = { $count ->
    [one] Eén item wacht.
   *[other] { $count } items wachten.
}
triage-age = { $count ->
    [0] vandaag binnengekomen
    [one] 1 dag geleden
   *[other] { $count } dagen geleden
}
triage-stale = { $count ->
    [one] Meer dan een dag niet behandeld
   *[other] { $count } dagen of langer niet behandeld
}
triage-child = Er kan een kind bij betrokken zijn
triage-unread = { $count ->
    [one] 1 ongelezen bericht
   *[other] { $count } ongelezen berichten
}
triage-screening = Screening
triage-matches = Deelt een kenmerk met:
triage-open-case = Een dossier openen
triage-attach-to = Koppelen aan
triage-choose-case = Kies een dossier
triage-attach = Koppelen
triage-close-with = Afsluiten omdat
triage-choose-reason = Kies een reden
triage-close = Afsluiten
triage-closing-no-thb-indication = Geen aanwijzing van mensenhandel
triage-closing-forwarded-federal-police = Doorgestuurd naar de federale politie
triage-closing-forwarded-labour-inspection = Doorgestuurd naar de sociale of arbeidsinspectie
triage-closing-forwarded-other-zone = Doorgestuurd naar een andere politiezone
triage-closing-forwarded-youth-services = Doorgestuurd naar de jeugdhulp
triage-closing-duplicate = Dubbel van een andere melding
triage-closing-other = Een andere reden
triage-error-choose-case = Kies het dossier om het aan te koppelen.
triage-error-choose-reason = Kies de reden van de afsluiting.
triage-error-already-triaged = Dit was al gekoppeld of afgesloten.
triage-error-case-closed = Dat dossier is afgesloten: heropen het eerst.
triage-error-cannot-read-cases = Alleen de onderzoekers en supervisors van de sectie doen de triage.
done-triage-attached = Aan het dossier gekoppeld.
done-triage-closed = Afgesloten bij de triage.
done-triage-already = Dit was al door een collega gekoppeld of afgesloten.
