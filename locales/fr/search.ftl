# Recherche dans les dossiers, personnes, notes et signalements.
nav-search = Recherche
search-title = Recherche
search-label = Rechercher
search-hint = Une référence de dossier, un nom, un numéro de téléphone, une adresse e-mail, une plaque, un IBAN, un pseudo, ou des mots d'une note ou d'un signalement.
search-submit = Rechercher
search-none = Rien trouvé.
search-cases = Dossiers
search-persons = Personnes
search-reports = Signalements au tri
search-restricted-match = Une correspondance dans un dossier restreint, titulaire { $owner }
search-ask-access = demander l'accès
search-error-too-long = Au plus { $max } caractères.
