# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = Sie haben Rechte. Sie können Hilfe bekommen.
victim-info-what-is-trafficking = Menschenhandel ist, wenn jemand Sie herbringt, unterbringt oder kontrolliert, um an Ihnen Geld zu verdienen: Arbeit ohne Lohn, Zwangsprostitution, Betteln oder erzwungene Straftaten.
victim-info-not-in-trouble = Nicht Sie haben etwas falsch gemacht. Sie werden nicht bestraft für das, wozu man Sie gezwungen hat.
victim-info-procedure = In Belgien gibt es einen Opferstatus. Er schützt Sie und kann Ihnen ein Aufenthaltsrecht geben. Ein spezialisiertes Zentrum begleitet Sie.
victim-info-reflection-period = Sie haben 45 Tage Zeit, um nachzudenken und sich auszuruhen. In dieser Zeit dürfen Sie in Belgien bleiben. Sie müssen jetzt nichts entscheiden.
victim-info-centres = Drei spezialisierte Zentren können Ihnen helfen. Das ist kostenlos und vertraulich.
victim-info-centre-pag-asa = PAG-ASA in Brüssel
victim-info-centre-payoke = Payoke in Antwerpen
victim-info-centre-surya = Sürya in Lüttich
victim-info-national-number = Nationale Nummer: 078 055 800. Über diese Nummer erreichen Sie diese Zentren.
victim-info-emergency = Bei Gefahr rufen Sie 112. Für die Polizei rufen Sie 101.
victim-info-support = Sie können auch mit Espace P oder UTSOPI sprechen. Diese Vereine helfen Sexarbeiterinnen und Sexarbeitern.

# Page furniture.
victim-info-page-title = Hilfe für Opfer von Menschenhandel
victim-info-print = Drucken
victim-info-other-languages = Andere Sprachen
victim-info-choose-language = Wählen Sie Ihre Sprache
victim-info-escape = Diese Seite jetzt verlassen
