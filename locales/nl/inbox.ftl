# Inbox van de sectie mensenhandel: filters, pagina's, meldingen van partners.
reports-filter-any = Alle
reports-filter = Filteren
reports-pages = Pagina's met meldingen
reports-organisation = Partnerorganisatie
reports-consent = Toestemming van de persoon
reports-consent-on = Vastgelegd door de partner op { $day }
reports-from-partner = De partnerorganisatie
reports-from-person = De persoon, met het ontvangstbewijs
reports-filed-by = Gemeld door
reports-filer-witness = Getuige
reports-filer-person-concerned = Betrokken persoon
reports-filer-partner = Partnerorganisatie
reports-identifier-unrecognised = niet herkend: bewaard zoals getypt
