# Images et identifiants du signalement public et des messages ; affichage des images pour la section.
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
reports-images = Photos
reports-image-alt = Photo { $number } envoyée avec le signalement
reports-image-alt-message = Photo { $number } envoyée avec un message ultérieur
report-hint-summary = Certaines informations semblent inhabituelles. Vérifiez-les ci-dessous, ou envoyez le formulaire à nouveau tel quel.
report-hint-phones = Ceci ne ressemble pas à un numéro de téléphone belge ou international : { $values }. Vérifiez-le, ou envoyez-le tel quel.
report-hint-plates = Ceci ne ressemble pas à une plaque d'immatriculation : { $values }. Vérifiez-la, ou envoyez-la telle quelle.
report-hint-websites = Ceci ne ressemble pas à une adresse de site web : { $values }. Vérifiez-la, ou envoyez-la telle quelle.
report-hint-handles = Ceci ne ressemble pas à un nom de compte : { $values }. Vérifiez-le, ou envoyez-le tel quel.
report-hint-emails = Ceci ne ressemble pas à une adresse e-mail : { $values }. Vérifiez-la, ou envoyez-la telle quelle.
