# Côté personnel du screening de première ligne.

home-new-screening = Nouveau screening
home-screenings = Screenings

screening-new-title = Nouveau screening
screening-new-intro = Indiquez d'abord à qui vous avez affaire et à quoi ressemble la situation. Les questions suivent.
screening-choose-both = Choisissez qui est la personne et à quoi ressemble la situation.
screening-who-legend = La personne est
screening-who-adult = un·e adulte
screening-who-child = un·e enfant (moins de 18 ans)
screening-who-unknown = d'âge inconnu
screening-who-unknown-help = En cas de doute sur l'âge, la personne est traitée comme un·e enfant.
screening-situation-legend = La situation ressemble à
screening-situation-labour = de l'exploitation du travail (y compris mendicité ou délits forcés)
screening-situation-sexual = de l'exploitation sexuelle
screening-next = Suivant
screening-change-situation = Changer la situation
screening-child-note = Enfant : les moyens (tromperie, force, abus) ne sont pas nécessaires. Prévenez tôt le Service des Tutelles.
screening-checklist-help = Posez chaque question ou répondez d’après ce que vous avez vu. La réponse qui signale une exploitation change d’une question à l’autre : notez la vraie réponse, Lumen compte les signes. Laissez « Pas posée » si vous ne l’avez pas posée.
screening-facts-legend = Autres faits
screening-immediate-danger = La personne est en danger immédiat
screening-act-established = Un acte est établi (recruter, transporter, transférer, héberger, accueillir ou contrôler)
screening-act-help = Cochez seulement si vous le savez, pas si vous le soupçonnez.
screening-purpose = Forme d'exploitation
screening-purpose-none = Inconnue
screening-age = Âge
screening-report-ref = Référence du procès-verbal
screening-person-description = Description anonyme de la personne
screening-person-description-help = Pas de nom, pas de numéro d'identité : 500 caractères au plus.
screening-submit = Voir le résultat

screening-error-unknown-set = Situation inconnue « { $set } ». Choisissez une des situations ci-dessous.
screening-error-unknown-indicator = Question inconnue « { $indicator } » pour cette situation. Rien n'a été enregistré.
screening-error-unknown-purpose = Forme d'exploitation inconnue « { $purpose } ».
screening-error-invalid = Le screening n'a pas pu être lu. Vérifiez le formulaire.
screening-error-age = L'âge doit être un nombre entier entre 0 et 120.
screening-error-report-ref = La référence du procès-verbal est trop longue (200 caractères au plus).
screening-error-description = La description est trop longue (500 caractères au plus).

screening-list-title = Screenings
screening-list-scope-all = Tous les screenings, du plus récent au plus ancien.
screening-list-scope-unit = Les screenings de votre unité, du plus récent au plus ancien.
screening-list-scope-own = Vos screenings, du plus récent au plus ancien.
screening-list-empty = Aucun screening pour l'instant.
screening-list-when = Date
screening-list-situation = Situation
screening-list-outcome = Résultat
screening-list-officer = Agent·e
screening-list-pages = Pages
screening-list-previous = Précédent
screening-list-next = Suivant

screening-outcome-ilo-combination-met = Combinaison OIT remplie
screening-outcome-ilo-combination-not-met = Signes, combinaison non remplie
screening-outcome-no-signs = Aucun signe

screening-result-title = Résultat du screening
screening-print = Imprimer
screening-back-to-result = Retour au résultat
screening-not-a-status = Ce résultat décrit des signes et des étapes à suivre. Il ne dit pas que la personne est une victime : la qualification des faits appartient au magistrat.
screening-next-steps = Étapes à suivre
screening-emergency-first = Danger immédiat : appelez d'abord le 112 ou le 101.
screening-victim-info-link = Informations pour la personne, dans sa langue
screening-ilo-title = Lecture OIT
screening-ilo-rule = Règle appliquée :
screening-combination-adult = pour les adultes, un recrutement trompeur, sous la contrainte ou par abus (D1, D2 ou D3), et des conditions d'exploitation (D4), et une contrainte ou un abus de vulnérabilité à destination (D5 ou D6).
screening-combination-child = pour les enfants, un recrutement (D1, D2 ou D3) ou un acte établi, et des conditions d'exploitation (D4) ; les moyens ne sont pas nécessaires.
screening-dimension-positive = positive
screening-dimension-negative = non positive
screening-counts = forts { $strong }, moyens { $medium }, faibles { $weak }
screening-clause-fired = Parce que :
screening-clause-two-strong = deux indicateurs forts.
screening-clause-strong-and-medium-or-weak = un indicateur fort et un indicateur moyen ou faible.
screening-clause-three-medium = trois indicateurs moyens.
screening-clause-two-medium-and-weak = deux indicateurs moyens et un indicateur faible.
screening-warning-minor-with-adult-set = L'âge indiqué est de moins de 18 ans mais les questions pour adultes ont été utilisées : recommencez avec les questions pour enfants.
screening-warning-adult-with-child-set = L'âge indiqué est de 18 ans ou plus mais les questions pour enfants ont été utilisées.
screening-law-title = Droit belge
screening-law-intro = En Belgique, un acte et une finalité d'exploitation suffisent ; les moyens ne font qu'aggraver.
screening-law-act-yes = Un acte est établi.
screening-law-act-no = Aucun acte n'est encore établi.
screening-law-purpose-stated = Forme d'exploitation indiquée : { $purpose }.
screening-law-purpose-suggested = Forme d'exploitation suggérée par la situation : { $purpose }.
screening-law-purpose-not-indicated = Les conditions d'exploitation (D4) ne sont pas encore montrées.
screening-law-purpose-none = Aucune forme d'exploitation n'est indiquée.
screening-law-elements-yes = Les éléments de l'infraction peuvent être présents : informez le magistrat.
screening-law-elements-no = Les éléments de l'infraction ne sont pas tous montrés.
screening-law-means = Les moyens (tromperie, force, abus de vulnérabilité) ne sont pas requis ; ce sont des circonstances aggravantes.
screening-law-aggravating = Signes de circonstances aggravantes
screening-unreadable = Le résultat enregistré de ce screening est illisible ; prévenez l’administrateur.
screening-answer-yes = Oui
screening-answer-no = Non
screening-answer-dont-know = Ne sait pas
screening-answer-not-asked = Pas posée
screening-phase-recruitment = Avant ou pendant le voyage :
screening-phase-destination = Ici, maintenant :

# Étapes du screening
screening-step-of = Étape { $no } sur { $count }
screening-step-back = Retour
screening-step-next = Enregistrer et continuer
screening-step-to-review = Vérifier les réponses
screening-step-later = Enregistrer et finir plus tard
screening-steps-all = Toutes les étapes
screening-error-summary = Il y a un problème
screening-review-title = Vérifier les réponses
screening-review-intro = Vérifiez ce qui a été noté. Modifiez une étape si nécessaire, puis voyez le résultat.
screening-review-change = Modifier
screening-review-none-asked = Aucune question de cette étape n’a été posée.
screening-review-not-asked = { $count ->
    [one] Une question non posée.
   *[other] { $count } questions non posées.
}
screening-discard = Abandonner ce screening
screening-drafts-title = Screenings non terminés
screening-drafts-help = Enregistrés sur le serveur au fil des étapes, visibles par vous seul, gardés { $count } jours après la dernière modification.
screening-drafts-continue = Continuer
screening-drafts-saved-at = enregistré le
screening-drafts-steps = étapes
done-screening-draft-saved = Screening enregistré. Reprenez-le depuis « Screenings non terminés » ci-dessous.
done-screening-draft-discarded = Screening abandonné. Rien n’a été enregistré comme screening.
screening-back-to-list = Retour aux screenings

# Envoi d'un screening à la section TEH.
screening-section-title = Section TEH
screening-send-hint = Si la section TEH doit se pencher sur cette situation, envoyez-lui le screening : il apparaît dans son tri, et vous voyez ici s'il a été pris en charge.
screening-send = Envoyer à la section TEH
screening-sent-on = Envoyé à la section TEH le { $when }.
screening-taken-up = La section l'a pris en charge dans un dossier.
screening-closed-in-triage = La section l'a clôturé : { $reason }.
screening-waiting-in-triage = Il attend au tri de la section.
screening-not-sent = Pas envoyé à la section TEH.
done-screening-sent = Envoyé à la section TEH.
