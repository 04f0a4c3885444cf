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

# The report as the section reads it: labels for staff, not the public questions.
reports-field-forms = Formes d'exploitation
reports-field-place = Lieu
reports-field-when = Quand
reports-field-people-count = Nombre de personnes
reports-field-people = Personnes décrites
reports-field-minor = Un enfant concerné
reports-field-phones = Numéros de téléphone
reports-field-plates = Plaques de véhicules
reports-field-websites = Sites et annonces
reports-field-handles = Comptes de réseaux sociaux
reports-field-emails = Adresses e-mail
reports-field-contact = Contact souhaité
reports-field-contact-details = Comment joindre la personne
reports-reply-language = La personne a écrit en { $language } : répondez dans cette langue si vous le pouvez.

reports-reference = Référence
reports-back = Retour aux signalements
