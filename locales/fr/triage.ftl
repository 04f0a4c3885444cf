# Tri de ce qui arrive à la section TEH.
nav-triage = Tri
triage-title = Tri
triage-help = Signalements et screenings qui attendent la section, ceux qui portent un signe d'alerte d'abord, puis les plus anciens. Joignez chacun à un dossier, ouvrez un nouveau dossier, ou clôturez-le avec un motif.
triage-none = Rien n'attend au tri.
triage-count = { $count ->
    [one] Un élément attend.
   *[other] { $count } éléments attendent.
}
triage-age = { $count ->
    [0] arrivé aujourd'hui
    [one] il y a 1 jour
   *[other] il y a { $count } jours
}
triage-stale = { $count ->
    [one] Pas traité depuis plus d'un jour
   *[other] Pas traité depuis { $count } jours ou plus
}
triage-child = Un enfant pourrait être concerné
triage-unread = { $count ->
    [one] 1 message non lu
   *[other] { $count } messages non lus
}
triage-screening = Screening
triage-matches = Partage un identifiant avec :
triage-open-case = Ouvrir un dossier
triage-attach-to = Joindre à
triage-choose-case = Choisir un dossier
triage-attach = Joindre
triage-close-with = Clôturer car
triage-choose-reason = Choisir un motif
triage-close = Clôturer
triage-closing-no-thb-indication = Aucune indication de traite
triage-closing-forwarded-federal-police = Transmis à la police fédérale
triage-closing-forwarded-labour-inspection = Transmis à l'inspection sociale ou du travail
triage-closing-forwarded-other-zone = Transmis à une autre zone de police
triage-closing-forwarded-youth-services = Transmis aux services de la jeunesse
triage-closing-duplicate = Doublon d'un autre signalement
triage-closing-other = Autre motif
triage-error-choose-case = Choisissez le dossier auquel le joindre.
triage-error-choose-reason = Choisissez le motif de la clôture.
triage-error-already-triaged = Ceci a déjà été joint ou clôturé.
triage-error-case-closed = Ce dossier est clôturé : rouvrez-le d'abord.
triage-error-cannot-read-cases = Seuls les enquêteurs et superviseurs de la section font le tri.
done-triage-attached = Joint au dossier.
done-triage-closed = Clôturé au tri.
done-triage-already = Ceci a déjà été joint ou clôturé par un ou une collègue.
