# Boîte de réception des signalements publics (section TEH). Les textes publics sont dans public.ftl.
nav-reports = Signalements
reports-title = Signalements publics
reports-count = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
reports-day = Jour
reports-status = État
reports-forms = Ce qui a été vu
reports-summary = Début du texte
reports-one-title = Signalement public
reports-language = Langue
reports-from-section = Section TEH
reports-from-reporter = Auteur du signalement
reports-reply = Répondre à l'auteur du signalement
reports-reply-send = Envoyer la réponse
reports-set-status = État montré à l'auteur
reports-set-status-send = Changer l'état

# Images sent with a report, as the section sees them.
reports-images = Photos
reports-image-alt = Photo { $number } envoyée avec le signalement
reports-image-alt-message = Photo { $number } envoyée avec un message ultérieur
