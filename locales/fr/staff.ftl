# Espace du personnel : français
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Accueil
nav-users = Utilisateurs
nav-units = Unités
nav-audit = Journal d’audit
nav-account = Mon compte
sign-out = Se déconnecter
footer-text = Lumen · Zone de police Bruxelles Nord · Section TEH
save = Enregistrer
yes = Oui
no = Non

error-back-home = Retour à la page d’accueil
error-not-found-title = Page introuvable
error-not-found-text = Cette page n’existe pas ou a été déplacée.
error-forbidden-title = Accès refusé
error-forbidden-text = Votre rôle ne donne pas accès à cette page.
error-csrf-title = Formulaire expiré
error-csrf-text = Ce formulaire n’est plus valable. Revenez en arrière, rechargez la page et réessayez. Rien n’a été modifié.
error-bad-request-title = Formulaire invalide
error-bad-request-text = Le formulaire est incomplet ou contient une valeur invalide.
error-bad-request-field = Le champ « { $field } » manque ou contient une valeur invalide.
error-too-large-title = Trop de données
error-too-large-text = L’envoi est trop volumineux. Raccourcissez-le et réessayez.
error-unavailable-title = Momentanément indisponible
error-unavailable-text = La base de données ne répond pas. Vos données sont en sécurité ; réessayez dans quelques instants.
error-internal-title = Une erreur est survenue
error-internal-text = Une erreur inattendue s’est produite. Elle a été enregistrée ; réessayez.

field-form = formulaire
field-email = Adresse e-mail
field-password = Mot de passe
field-code = Code
field-current = Mot de passe actuel
field-new = Nouveau mot de passe
field-confirm = Confirmez le nouveau mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-confirm-password = Confirmez le nouveau mot de passe
field-display-name = Nom
field-role = Rôle
field-unit = Unité
field-unit-none = Aucune unité
field-unit-code = Code
field-unit-name = Nom
field-unit-kind = Type
field-name = Nom
field-kind = Type
field-active = Statut
field-lang = Langue
field-page = Page
field-from = Du
field-until = Au
field-invalid-email = Indiquez une adresse e-mail valide.
field-invalid-role = Choisissez un rôle dans la liste.
field-role-choose = Choisissez un rôle
field-role-missing = Choisissez le rôle du nouveau compte.
field-invalid-unit = Choisissez une unité dans la liste, ou aucune unité.
field-invalid-display-name = Indiquez un nom (200 caractères au plus).
field-email-taken = Un compte utilise déjà cette adresse e-mail.
field-invalid-unit-code = Le code compte de 2 à 32 caractères : lettres a–z, chiffres, - ou _.
field-invalid-unit-name = Indiquez un nom (200 caractères au plus).
field-invalid-unit-kind = Choisissez un type dans la liste.
field-unit-code-taken = Une unité utilise déjà ce code.

sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-refused = Adresse e-mail ou mot de passe incorrect, ou compte temporairement bloqué.
totp-title = Code de vérification
totp-help = Saisissez le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours.
totp-submit = Vérifier
totp-refused = Ce code n’est pas valable ou a déjà été utilisé.
enrol-title = Activer la vérification en deux étapes
enrol-active = La vérification en deux étapes est active sur votre compte.
enrol-help = Scannez ce code QR avec une application d’authentification (par exemple FreeOTP ou Aegis), puis saisissez le code affiché.
enrol-open-app = Ouvrir dans l’application d’authentification
enrol-open-app-help = Sur le téléphone qui porte votre application d’authentification, ce lien y ajoute directement votre compte, sans scanner.
enrol-manual = Impossible de scanner ? Saisissez cette clé dans l’application :
enrol-submit = Confirmer
recovery-title = Vos codes de secours
recovery-help = Conservez ces codes en lieu sûr. Chacun permet de vous connecter une fois si vous perdez votre téléphone. Ils ne sont affichés qu’une fois.
recovery-done = Je les ai conservés

home-title = Accueil
home-role-intro = Vous êtes connecté·e en tant que
home-nothing = Rien ne requiert votre attention pour le moment.
home-card-users = comptes
home-card-users-without-2fa = comptes actifs sans vérification en deux étapes
home-card-units = unités
home-card-audit-24h = entrées d’audit ces dernières 24 heures

account-title = Mon compte
account-totp = Vérification en deux étapes
account-totp-on = Active.
account-recovery-left = { $count ->
    [one] Il reste un code de secours.
   *[other] Il reste { $count } codes de secours.
}
account-totp-enrol = Activer la vérification en deux étapes
account-recovery = Codes de secours
account-recovery-help = De nouveaux codes remplacent tous vos codes : les anciens cessent aussitôt de fonctionner. Pour les obtenir, saisissez le code que votre application d’authentification affiche maintenant.
account-recovery-low = Il vous reste peu de codes de secours : générez-en de nouveaux.
account-recovery-code = Code de votre application d’authentification
account-recovery-submit = Générer de nouveaux codes de secours
account-recovery-refused = Ce code n’est pas valable ou a déjà été utilisé. Saisissez le code que votre application affiche maintenant.
account-recovery-locked = Trop de codes erronés : votre compte est temporairement bloqué. Réessayez plus tard.
recovery-replaced = Vos anciens codes de secours ne fonctionnent plus. Voici les nouveaux.
account-password = Changer de mot de passe
account-password-submit = Changer le mot de passe
password-policy = Au moins 12 caractères. Les mots de passe courants sont refusés.
password-current-wrong = Le mot de passe actuel n’est pas correct.
password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
password-too-short = Le nouveau mot de passe doit compter au moins 12 caractères.
password-too-long = Le nouveau mot de passe doit compter 256 caractères au plus.
password-too-common = Ce mot de passe est trop courant. Choisissez-en un autre.
password-changed = Votre mot de passe a été changé. Vos autres sessions ont été fermées.

users-title = Utilisateurs
users-2fa = Deux étapes
users-status = Statut
users-active = Actif
users-inactive = Désactivé
users-new = Nouveau compte
users-create = Créer le compte
users-created-title = Compte créé
users-created-help = Remettez ce code d’activation en main propre à { $email }. Il n’est affiché qu’une fois. Avec lui, la personne choisit son propre mot de passe et active la vérification en deux étapes.
users-back = Retour aux utilisateurs
users-change-role = Rôle et unité
users-access = Accès
users-deactivate = Désactiver le compte
users-activate = Réactiver le compte
users-reset-2fa = Réinitialiser la vérification en deux étapes
users-search = Rechercher un compte
users-search-help = Une partie du nom ou de l’adresse e-mail ; majuscules et accents n’ont pas d’importance.
users-search-submit = Rechercher
users-search-clear = Voir tous les comptes
users-count = { $count ->
    [one] Un compte.
   *[other] { $count } comptes.
}
users-found = { $count ->
    [0] Aucun compte ne correspond à « { $search } ».
    [one] Un compte correspond à « { $search } ».
   *[other] { $count } comptes correspondent à « { $search } ».
}

units-title = Unités
units-new = Nouvelle unité
units-create = Créer l’unité
unit-kind-thb-section = Section TEH
unit-kind-intervention = Intervention
unit-kind-neighbourhood = Agents de quartier
unit-kind-reception = Accueil
unit-kind-management = Direction
unit-kind-partner = Organisation partenaire
unit-kind-other = Autre

role-partner = Partenaire
role-frontline = Policier de première ligne
role-referent = Policier référent
role-investigator = Enquêteur
role-supervisor = Superviseur
role-analyst = Analyste
role-admin = Administrateur

audit-title = Journal d’audit
audit-action = Action
audit-actor = Auteur
audit-from = Du
audit-until = Au
audit-filter = Filtrer
audit-count = { $count ->
    [one] Une entrée.
   *[other] { $count } entrées.
}
audit-time = Heure (Bruxelles)
audit-object = Objet
audit-outcome = Résultat

## Audit log: filters, errors, what entries name
audit-any-action = Toutes les actions
audit-any-actor = Tous les auteurs
audit-days-help = Les jours sont ceux de Bruxelles ; « au » inclut tout le dernier jour.
audit-about = Entrées concernant : { $object }.
audit-about-clear = Voir toutes les entrées
audit-outcome-success = Effectué
audit-outcome-failure = Refusé
audit-actor-none = Personne de connecté
audit-actor-cli = Ligne de commande (opérateur)
audit-actor-demo = Données de démonstration
audit-object-gone = (supprimé)
audit-role-asked = rôle demandé : { $role }
audit-error-action = Choisissez une action dans la liste.
audit-error-actor = Choisissez un auteur dans la liste.
audit-error-date = Indiquez une date réelle, par exemple 2027-03-14.
audit-error-range = La date de fin doit être égale ou postérieure à la date de début.
audit-error-object = L’objet demandé n’est pas valable. Affichez toutes les entrées et choisissez-en un dans la liste.
audit-error-page = Ce numéro de page n’existe pas.
audit-group-access = Accès
audit-group-audit = Journal d’audit
audit-group-auth = Connexion
audit-group-keys = Clés
audit-group-partner = Espace partenaire
audit-group-report = Signalements
audit-group-screening = Screenings
audit-group-training = Formation
audit-group-unit = Unités
audit-group-user = Comptes
audit-object-route = Page
audit-object-audit-log = Journal d’audit
audit-object-user = Compte
audit-object-master-key = Clé maîtresse
audit-object-report = Signalement
audit-object-unit = Unité
audit-object-screening = Screening
audit-object-training-course = Formation
audit-object-training-coverage = Couverture de formation
audit-object-training-officer = Agent
audit-object-training-officer-import = Import d’agents
audit-object-training-referent = Désignation de référent
audit-object-training-session = Session de formation
audit-object-role-request = Demande de rôle
audit-action-access-denied = Accès refusé
audit-action-audit-list = Journal d’audit consulté
audit-action-auth-enrolment-code = Code d’activation saisi
audit-action-auth-password-accepted = Mot de passe accepté
audit-action-auth-second-factor = Code de vérification saisi
audit-action-auth-sign-in = Connexion
audit-action-auth-sign-out = Déconnexion
audit-action-keys-master-rotated = Clé maîtresse renouvelée
audit-action-partner-area = Espace partenaire ouvert
audit-action-report-image-read = Image d’un signalement consultée
audit-action-report-list = Liste des signalements consultée
audit-action-report-partner-file = Signalement déposé par un partenaire
audit-action-report-partner-list = Dossiers d’un partenaire consultés
audit-action-report-partner-message = Message d’un partenaire envoyé
audit-action-report-partner-read = Dossier consulté par un partenaire
audit-action-report-read = Signalement consulté
audit-action-report-reply = Réponse envoyée à la personne
audit-action-report-status = Statut d’un signalement modifié
audit-action-screening-create = Screening enregistré
audit-action-screening-list = Liste des screenings consultée
audit-action-screening-read = Screening consulté
audit-action-training-course-create = Formation ajoutée
audit-action-training-course-update = Formation modifiée
audit-action-training-coverage-export = Couverture de formation exportée
audit-action-training-officer-create = Agent ajouté
audit-action-training-officer-import = Agents importés
audit-action-training-officer-list = Liste des agents consultée
audit-action-training-officer-update = Agent modifié
audit-action-training-referent-designate = Référent désigné
audit-action-training-referent-designate-override = Référent désigné par dérogation
audit-action-training-referent-end = Désignation de référent terminée
audit-action-training-session-attendance = Présences enregistrées
audit-action-training-session-cancel = Session annulée
audit-action-training-session-create = Session planifiée
audit-action-training-session-register = Agent inscrit à une session
audit-action-training-session-register-override = Agent inscrit par dérogation aux prérequis
audit-action-training-session-update = Session modifiée
audit-action-unit-create = Unité créée
audit-action-unit-update = Unité modifiée
audit-action-user-activate = Compte réactivé
audit-action-user-create = Compte créé
audit-action-user-deactivate = Compte désactivé
audit-action-user-enrolled = Mot de passe choisi avec le code d’activation
audit-action-user-language = Langue changée
audit-action-user-list = Liste des comptes consultée
audit-action-user-password-changed = Mot de passe changé
audit-action-user-recovery-codes-regenerated = Nouveaux codes de secours générés
audit-action-user-role-approve = Changement de rôle approuvé
audit-action-user-role-refuse = Changement de rôle refusé
audit-action-user-role-request = Changement de rôle demandé
audit-action-user-role-requests-list = Demandes de rôle consultées
audit-action-user-role-unit = Rôle ou unité modifié
audit-action-user-totp-enrolled = Vérification en deux étapes activée
audit-action-user-totp-enrolment-started = Activation de la vérification en deux étapes commencée
audit-action-user-totp-reset = Vérification en deux étapes réinitialisée


nav-catalogue = Catalogue
catalogue-title = Catalogue de détection
catalogue-intro = Chaque indicateur des quatre ensembles OIT/CE 2009, avec sa dimension et sa force. Les degrés qui ne proviennent pas de la publication de l’OIT elle-même sont marqués « à vérifier » : contrôlez-les à la source avant de vous y fier.
catalogue-verify-count = { $count ->
    [0] Tous les degrés proviennent de la source primaire.
    [one] Un degré à vérifier.
   *[other] { $count } degrés à vérifier.
}
catalogue-id = Identifiant
catalogue-label = Indicateur
catalogue-dimension = Dimension
catalogue-strength = Force
catalogue-basis = Origine du degré
catalogue-verify-flag = à vérifier
strength-strong = fort
strength-medium = moyen
strength-weak = faible
basis-primary = publication de l’OIT
basis-secondary = source secondaire
basis-inferred = déduit d’un ensemble voisin

## Sign-in guards and role approvals
sign-in-too-many = Trop de tentatives échouées depuis cette connexion. Attendez quelques minutes, puis réessayez.
sign-in-first-time = Première connexion avec un code d’activation
first-sign-in-title = Première connexion
first-sign-in-help = Saisissez le code d’activation remis par votre administrateur et choisissez votre mot de passe. Vous activerez ensuite la vérification en deux étapes.
first-sign-in-submit = Définir mon mot de passe
first-sign-in-refused = Adresse e-mail ou code d’activation incorrect, expiré ou déjà utilisé, ou compte temporairement bloqué.
first-sign-in-awaiting-approval = Votre compte n’est pas encore ouvert : un superviseur doit d’abord approuver son rôle. Adressez-vous à votre administrateur.
field-enrolment-code = Code d’activation
role-change-partner-needs-partner-unit = Un compte partenaire doit appartenir à une organisation partenaire : choisissez son unité.
role-change-staff-in-partner-unit = Les rôles policiers ne peuvent pas être placés dans une organisation partenaire : choisissez une autre unité ou le rôle partenaire.
role-change-own-account = Vous ne pouvez pas changer votre propre rôle ni votre unité. Demandez-le à un autre administrateur.
role-change-already-waiting = Une modification de ce compte attend déjà un superviseur. Elle doit d’abord être tranchée.
role-change-awaiting-opening = Ce compte attend qu’un superviseur approuve son rôle ; il ne peut pas être activé avant.
users-created-where = La première connexion se fait à { $path }.
users-created-expires = Le code est utilisable jusqu’au { $day }.
users-created-awaiting-approval = Ce rôle donne accès aux données des dossiers : le compte ne s’ouvre qu’après l’approbation d’un superviseur.
users-pending-opening = En attente de l’approbation d’un superviseur pour le nouveau compte en tant que :
users-pending-change = En attente de l’approbation d’un superviseur pour le changement vers :
users-enrolment-pending = Ne s’est pas encore connecté ; le code d’activation est utilisable jusqu’au { $day }.
users-change-role-help = Les rôles qui lisent les données des dossiers (enquêteur, superviseur, référent, partenaire) ne s’appliquent qu’après l’approbation d’un superviseur.
approvals-title = Approbation des rôles
approvals-help = Les administrateurs n’ouvrent pas seuls l’accès aux données des dossiers : chacun de ces rôles attend ici un superviseur.
approvals-none = Rien n’attend de décision.
approvals-account = Compte
approvals-now = Actuellement
approvals-asked = Demandé
approvals-asked-by = Demandé par
approvals-decision = Décision
approvals-new-account = Nouveau compte
approvals-own-short = Un autre superviseur décide (votre compte ou votre demande).
approvals-approve = Approuver
approvals-refuse = Refuser
done-role-request-approved = Approuvé : le rôle s’applique désormais.
done-role-request-refused = Refusé : rien n’a été modifié.
approvals-own = Vous ne pouvez pas décider pour votre propre compte ni pour votre propre demande. Rien n’a été modifié.
nav-approvals = Approbations

# Confirmation banners after a save (done-<code>).
done-reply-sent = Réponse envoyée. La personne la lit avec son numéro de reçu.
done-report-status-changed = Statut modifié. La personne voit le nouveau statut avec son numéro de reçu.
done-message-sent = Message envoyé à la section TEH.
done-screening-filed = Screening enregistré. Le résultat figure ci-dessous.
done-officer-created = Agent ajouté au registre.
done-officer-saved = Données de l’agent enregistrées.
done-officers-imported = Agents importés.
done-session-created = Session planifiée.
done-session-saved = Session enregistrée.
done-session-cancelled = Session annulée.
done-officer-registered = Agent inscrit à la session.
done-attendance-saved = Présence enregistrée.
done-referent-designated = Référent désigné.
done-referent-ended = Désignation terminée.
done-course-created = Formation ajoutée.
done-course-saved = Formation enregistrée.
done-unit-created = Unité créée.
done-unit-saved = Unité enregistrée.
done-recovery-codes-regenerated = Nouveaux codes de secours actifs. Les anciens ne fonctionnent plus.
done-user-role-saved = Rôle et unité enregistrés.
done-role-change-requested = Changement demandé : il s’applique quand un superviseur l’approuve.
done-user-activated = Compte réactivé.
done-user-deactivated = Compte désactivé. Ses sessions ont été fermées.
done-user-totp-reset = Vérification en deux étapes réinitialisée : le compte l’activera à sa prochaine connexion.
units-back = Retour aux unités

# Shared by every page: the error summary above a refused form, the pager of long lists.
error-summary-title = Il y a un problème
error-title-prefix = Erreur :
pager-label = Pages
pager-previous = Précédente
pager-next = Suivante
