# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences.

## Layout
public-escape = Quitter ce site maintenant
public-emergency = En danger maintenant ? Appelez le 112 (urgences) ou le 101 (police).
public-languages = Langues
public-footer-nav = Signalement
public-nav-report = Signaler quelque chose
public-nav-follow-up = Revenir avec mon reçu
public-nav-victim-info = Aide aux victimes
report-title = Signaler une exploitation soupçonnée
report-intro = Vous ne devez pas donner votre nom. Écrivez ce que vous avez vu, avec vos mots. Tout ce que vous écrivez est verrouillé : seule la section de police contre la traite des êtres humains peut le lire.
report-error-summary = Certaines réponses doivent être corrigées. Voyez les messages ci-dessous.
report-filed-by = Qui êtes-vous ?
report-filed-by-witness = J'ai vu ou entendu quelque chose
report-filed-by-person-concerned = Cela me concerne
report-filed-by-partner = Une organisation partenaire
report-forms = Qu'avez-vous vu ?
report-form-sexual = Travail du sexe sous le contrôle de quelqu'un
report-form-labour = Mauvaises conditions de travail ou de logement
report-form-begging = Être forcé à mendier
report-form-crime = Être forcé à commettre des délits
report-form-other = Autre chose
report-form-unsure = Je ne suis pas sûr
report-place = Où ? (facultatif)
report-when = Quand ? (facultatif)
report-people = Personnes concernées
report-people-count = Combien de personnes ?
report-people-description = À quoi ressemblent-elles ?
report-minor = Un enfant (moins de 18 ans) pourrait-il être concerné ?
report-minor-yes = Oui
report-minor-no = Non
report-minor-unknown = Je ne sais pas
report-identifiers = Numéros, plaques, sites (facultatif)
report-identifiers-hint = Un par ligne. Écrivez-les comme vous les avez vus.
report-phones = Numéros de téléphone
report-plates = Plaques de véhicules
report-websites = Sites ou annonces
report-handles = Noms sur les réseaux sociaux
report-emails = Adresses e-mail
report-text = Que s'est-il passé ?
report-contact = Voulez-vous être contacté ?
report-contact-none = Non
report-contact-section = Oui, par la section de police contre la traite des êtres humains
report-contact-centre = Oui, par un centre spécialisé pour les victimes
report-contact-details = Comment vous joindre ? (facultatif)
report-sealed-note = Nous ne gardons ni votre adresse internet, ni votre navigateur, ni l'heure de votre signalement.
report-submit = Envoyer le signalement
report-error-filed-by = Choisissez qui vous êtes.
report-error-too-long = C'est trop long : { $max } caractères au plus.
report-error-too-many-lines = Trop de lignes : { $max } au plus.
report-error-choice = Choisissez une des réponses.
report-error-empty = Cochez ce que vous avez vu ou écrivez quelques mots.
report-error-message-empty = Écrivez d'abord un message.
receipt-title = Votre signalement est reçu
receipt-intro = Voici votre numéro de reçu. Avec lui, vous pouvez revenir, voir la suite et lire nos messages.
receipt-once = Notez-le maintenant. Cette page le montre pendant 10 minutes seulement, dans cet onglet ; ensuite personne ne peut le retrouver.
receipt-confirm = J'ai noté mon numéro de reçu
receipt-continue = Continuer
receipt-expired = Pour votre sécurité, le numéro de reçu n'est montré que quelques minutes après l'envoi d'un signalement. Si vous l'avez noté, utilisez-le sur la page de suivi. Sinon, vous pouvez envoyer un nouveau signalement.
receipt-expired-title = Cette page a expiré
receipt-answer-time = Nous répondons en général dans les { $days } jours ouvrables. Revenez avec votre numéro de reçu pour lire notre réponse.
receipt-copied = Copié
receipt-copy = Copier le numéro
receipt-safety = Gardez-le là où une personne qui vous contrôle ne regarderait pas : apprenez-le par cœur, ou notez-le parmi d'autres numéros, sans nom. Ne l'enregistrez pas dans un téléphone que quelqu'un d'autre consulte.
receipt-safety-title = Gardez-le en sécurité
done-title = Merci
done-text = Gardez votre numéro de reçu en lieu sûr. Revenez dans quelques jours pour lire notre réponse.
follow-up-title = Suivre votre signalement
follow-up-unknown = Nous n'avons pas trouvé de signalement avec ce numéro. Vérifiez les chiffres et réessayez.
follow-up-receipt = Votre numéro de reçu
follow-up-submit = Ouvrir
follow-up-status = État :
follow-up-messages = Messages
follow-up-no-messages = Pas encore de message.
follow-up-from-section = Section de police
follow-up-from-you = Vous
follow-up-from-partner = L'association qui a transmis votre signalement
follow-up-add = Ajouter une information ou répondre
follow-up-send = Envoyer
report-status-received = Reçu
report-status-in-progress = En traitement
report-status-closed = Clôturé
follow-up-message-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}

## Suite de la mise en page
public-nav-home = Accueil
public-nav-what-happens = Que devient un signalement
public-nav-what-we-keep = Ce que nous gardons
public-nav-rights = Les droits des victimes
public-nav-emergency = Numéros d'urgence
public-staff-sign-in = Connexion du personnel

## Page d'accueil
landing-title = Dites-nous ce que vous avez vu
landing-intro = Vous pouvez signaler à la police la traite des êtres humains et l'exploitation. Vous ne devez pas donner votre nom.
landing-choose-language = Choisissez votre langue
landing-what-to-do = Que voulez-vous faire ?

## Que devient un signalement, et qui le lit
info-what-happens-title = Que devient votre signalement
info-what-happens-sealed = Votre signalement est verrouillé dès son arrivée. Seule la section de police contre la traite des êtres humains peut l'ouvrir.
info-what-happens-receipt = Vous recevez un numéro de reçu. Notez-le. Avec lui, vous pouvez revenir, lire nos messages et ajouter des informations.
info-what-happens-read = Un enquêteur de la section lit votre signalement et décide de la suite.
info-what-happens-contact = Si vous l'avez demandé, la section vous contacte, ou un centre spécialisé pour les victimes le fait.
info-what-happens-status = Avec votre reçu, vous voyez l'état : reçu, en traitement ou clôturé. Nous ne montrons jamais les détails d'une enquête.
info-who-reads-title = Qui lit votre signalement ?
info-who-reads-section = Seulement la section de police contre la traite des êtres humains de la zone de police Bruxelles Nord. Les autres policiers ne peuvent pas le lire.
info-who-reads-not-site = Ce site peut verrouiller un signalement, mais il ne peut pas le rouvrir.

## Ce que nous gardons et ce que nous ne gardons pas
info-keep-title = Ce que nous gardons, et ce que nous ne gardons pas
info-keep-yes-title = Ce que nous gardons
info-keep-report = Votre signalement, verrouillé. Seule la section peut l'ouvrir.
info-keep-messages = Les messages entre vous et la section, verrouillés.
info-keep-day = Le jour de votre signalement et de chaque message. Pas l'heure.
info-keep-status = L'état de votre signalement.
info-keep-no-title = Ce que nous ne gardons jamais
info-keep-no-address = Votre adresse internet (adresse IP).
info-keep-no-browser = Votre navigateur, ou le type de téléphone ou d'ordinateur que vous utilisez.
info-keep-no-time = L'heure de votre visite ou de votre signalement.
info-keep-no-receipt = Votre numéro de reçu. Nous gardons seulement une empreinte, qui ne permet pas de retrouver le numéro.
info-keep-no-cookie = Des cookies : ces pages n'en posent aucun.
info-keep-no-other-sites = Quoi que ce soit d'autres sites : ces pages ne chargent rien d'ailleurs.
info-keep-lost-receipt = Si vous perdez votre numéro de reçu, nous ne pouvons pas vous le redonner. Vous pouvez envoyer un nouveau signalement.

## Les droits des victimes
info-rights-title = Les droits des victimes
info-rights-not-punished = Ce n'est pas vous qui avez mal fait. Vous ne devez pas être puni pour ce qu'on vous a forcé à faire.
info-rights-status-title = Le statut de victime
info-rights-status = En Belgique, une victime de la traite des êtres humains peut recevoir un statut spécial. Il vous protège et vous permet de rester en Belgique pendant l'affaire.
info-rights-conditions = Pour ce statut, vous :
info-rights-condition-contact = arrêtez tout contact avec les personnes qui vous exploitent ;
info-rights-condition-centre = acceptez l'aide d'un centre spécialisé ;
info-rights-condition-statement = dites à la police ou à la justice ce qui s'est passé.
info-rights-time-title = Du temps pour vous reposer et réfléchir
info-rights-reflection = D'abord, vous avez 45 jours pour vous reposer et réfléchir. Vous pouvez rester en Belgique pendant ce temps. Vous ne devez encore rien décider.
info-rights-stay = Si vous racontez ce qui s'est passé, vous recevez un document pour rester 3 mois. Il peut être prolongé pendant l'affaire. À la fin, vous pouvez recevoir le droit de rester pour toujours.
info-rights-minors = Un enfant de moins de 18 ans seul en Belgique reçoit tout de suite un document pour rester, et un tuteur.
info-rights-centres-title = Qui peut vous aider
info-rights-centres = Trois centres spécialisés aident les victimes. Leur aide est gratuite et confidentielle. Vous pouvez aller chez eux sans passer d'abord par la police.
info-rights-phone = Téléphone des centres :
info-rights-leaflet = Ces informations sur une page, à imprimer, en 12 langues

## Numéros d'urgence
info-emergency-title = Numéros d'urgence
info-emergency-danger = En danger maintenant ? Appelez le 112.
info-emergency-112 = Urgences : ambulance, pompiers, police.
info-emergency-101 = Police.
info-emergency-centres = Centres spécialisés pour les victimes de la traite des êtres humains. Pas un numéro d'urgence.
info-emergency-free = Le 112 et le 101 sont gratuits, jour et nuit, depuis tout téléphone.

# Pictures and identifiers on the report and in messages.
report-images = Photos (facultatif)
report-images-hint = Jusqu'à 5 photos : JPEG, PNG ou WebP, 10 Mo au plus chacune. Nous retirons les données cachées, comme le lieu et l'heure de la photo.
report-images-again = Pour votre sécurité, les photos ne sont pas gardées quand le formulaire revient. Choisissez-les à nouveau avant d'envoyer.
report-error-image-too-large = Une photo dépasse 10 Mo. Choisissez des photos plus petites.
report-error-image-too-many = Vous pouvez envoyer 5 photos au plus à la fois.
report-error-image-type = Un fichier n'est pas une photo JPEG, PNG ou WebP. Seules celles-ci peuvent être envoyées.
report-error-image-pixels = Une photo est beaucoup trop grande (plus de 50 millions de pixels). Choisissez-en une plus petite.
report-error-image-unreadable = Une photo n'a pas pu être lue. Elle est peut-être abîmée ou incomplète.
report-error-invalid-text = Certains caractères de ce champ n'ont pas pu être lus et ont été remplacés. Vérifiez le texte.
report-error-form-broken = Votre formulaire n'est pas arrivé en entier. Vérifiez ce que vous avez écrit et envoyez-le à nouveau.
report-error-form-too-large = L'ensemble est trop lourd à envoyer. Envoyez moins de photos ou des photos plus petites.
follow-up-add-images = Ajouter des photos (facultatif)
follow-up-images-sent = { $count ->
    [one] Vous avez envoyé 1 photo.
   *[other] Vous avez envoyé { $count } photos.
}
report-hint-summary = Certaines informations semblent inhabituelles. Vérifiez-les ci-dessous, ou envoyez le formulaire à nouveau tel quel.
report-hint-phones = Ceci ne ressemble pas à un numéro de téléphone belge ou international : { $values }. Vérifiez-le, ou envoyez-le tel quel.
report-hint-plates = Ceci ne ressemble pas à une plaque d'immatriculation : { $values }. Vérifiez-la, ou envoyez-la telle quelle.
report-hint-websites = Ceci ne ressemble pas à une adresse de site web : { $values }. Vérifiez-la, ou envoyez-la telle quelle.
report-hint-handles = Ceci ne ressemble pas à un nom de compte : { $values }. Vérifiez-le, ou envoyez-le tel quel.
report-hint-emails = Ceci ne ressemble pas à une adresse e-mail : { $values }. Vérifiez-la, ou envoyez-la telle quelle.

# Too many wrong receipts (answered 429).
follow-up-too-many = Trop d'essais avec un mauvais numéro. Pour protéger les signalements, attendez un moment et réessayez plus tard.

# What we keep: pictures.
info-keep-pictures = Les photos que vous envoyez, verrouillées comme le signalement.
info-keep-no-photo-data = Les données cachées dans vos photos, comme le lieu et l'heure de la prise : nous les retirons avant de les garder.
report-too-many = Beaucoup de signalements sont arrivés depuis cette connexion en peu de temps. Votre texte est conservé ci-dessous : réessayez dans quelques minutes. En cas de danger, appelez le 112.
report-error-images-pixels = Ensemble, les photos sont beaucoup trop grandes (plus de 100 millions de pixels). Envoyez-en moins ou des plus petites.

# Error pages of the public area
public-error-not-found-title = Page introuvable
public-error-not-found-text = Cette page n’existe pas. Vérifiez l’adresse ou recommencez depuis la page d’accueil.
public-error-unavailable-title = Momentanément indisponible
public-error-unavailable-text = Le service de signalement ne peut pas recevoir de signalement pour le moment. Réessayez dans quelques instants. Si quelqu’un est en danger maintenant, appelez le 112.
public-error-internal-title = Un problème est survenu
public-error-internal-text = Votre signalement n’a peut-être pas été envoyé. Réessayez dans quelques instants. Si quelqu’un est en danger maintenant, appelez le 112.
public-error-too-large-title = Trop volumineux
public-error-too-large-text = Ce que vous avez envoyé est trop volumineux. Envoyez moins de photos ou des photos plus petites.
public-error-bad-request-title = Le formulaire n’a pas pu être lu
public-error-bad-request-text = Une partie du formulaire n’est pas arrivée. Revenez en arrière, vérifiez vos réponses et envoyez-le à nouveau.
public-error-back-home = Retour à la page d’accueil
