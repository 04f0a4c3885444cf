# Boîte de réception de la section TEH : filtres, pages, signalements des partenaires.
reports-filter-any = Tous
reports-filter = Filtrer
reports-pages = Pages de signalements
reports-organisation = Organisation partenaire
reports-consent = Accord de la personne
reports-consent-on = Enregistré par le partenaire le { $day }
reports-from-partner = L'organisation partenaire
reports-from-person = La personne, avec son reçu
reports-filed-by = Signalé par
reports-filer-witness = Témoin
reports-filer-person-concerned = Personne concernée
reports-filer-partner = Organisation partenaire
reports-identifier-unrecognised = non reconnu : gardé tel quel
