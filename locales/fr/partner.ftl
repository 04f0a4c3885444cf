# Espace partenaires : une organisation partenaire signale pour quelqu'un et suit ses signalements.
nav-partner = Nos signalements
partner-title = Les signalements de notre organisation
partner-filed-notice = Le signalement a été envoyé à la section de police traite des êtres humains.
partner-new = Faire un signalement pour quelqu'un
partner-count = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
partner-none = Votre organisation n'a encore fait aucun signalement.
partner-day = Jour
partner-status = Statut
partner-messages = Messages
partner-unread = Nouvelles réponses
partner-unread-count = { $count ->
    [one] { $count } nouvelle réponse
   *[other] { $count } nouvelles réponses
}
partner-pages = Pages
partner-one-title = Signalement
partner-back = Retour à nos signalements
partner-organisation = Organisation
partner-consent-recorded = Accord enregistré le
partner-thread = Messages avec la section de police
partner-no-messages = Pas encore de message.
partner-from-section = Section de police
partner-from-us = Votre organisation ou la personne
partner-add-message = Ajouter une information ou répondre
partner-message-hint = La personne peut aussi lire ces messages avec son numéro de reçu.
partner-send = Envoyer
partner-receipt-title = Le signalement a été reçu
partner-receipt-intro = Donnez ce numéro de reçu à la personne. Avec lui, elle peut suivre le signalement elle-même et lire les messages, sans vous.
partner-receipt-once = Il n'est montré qu'une fois. Ni vous ni la police ne pouvez le retrouver.
partner-receipt-confirm = Le numéro de reçu a été noté
partner-receipt-continue = Continuer
partner-new-title = Faire un signalement pour quelqu'un
partner-new-intro = Vous faites ce signalement pour { $organisation }. Écrivez ce que la personne vous a dit, avec des mots simples. Il est verrouillé : seule la section de police traite des êtres humains peut le lire.
partner-error-summary = Certaines réponses doivent être corrigées. Voyez les messages ci-dessous.
partner-forms = Qu'est-ce que la personne a vu ou vécu ?
partner-place = Où ? (facultatif)
partner-when = Quand ? (facultatif)
partner-people = Personnes concernées
partner-people-count = Combien de personnes ?
partner-people-description = À quoi ressemblent-elles ?
partner-minor = Un enfant (moins de 18 ans) pourrait-il être concerné ?
partner-minor-yes = Oui
partner-minor-no = Non
partner-minor-unknown = Nous ne savons pas
partner-identifiers = Numéros, plaques, sites (facultatif)
partner-identifiers-hint = Un par ligne. Écrivez-les tels qu'ils ont été donnés.
partner-phones = Numéros de téléphone
partner-plates = Plaques d'immatriculation
partner-websites = Sites ou annonces
partner-handles = Noms sur les réseaux sociaux
partner-emails = Adresses e-mail
partner-text = Que s'est-il passé ?
partner-contact = La personne veut-elle être contactée ?
partner-contact-none = Non
partner-contact-section = Oui, par la section de police traite des êtres humains
partner-contact-centre = Oui, par un centre spécialisé pour les victimes
partner-contact-details = Comment joindre la personne ? (facultatif)
partner-consent = Accord
partner-consent-box = La personne est d'accord que nous fassions ce signalement pour elle.
partner-submit = Envoyer le signalement
partner-error-consent = Cochez la case quand la personne a donné son accord. Sans son accord, le signalement ne peut pas être envoyé.
partner-error-too-long = C'est trop long : { $max } caractères au plus.
partner-error-empty = Cochez ce que la personne a vu ou écrivez quelques mots.
partner-error-message-empty = Écrivez d'abord un message.
