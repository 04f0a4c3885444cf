# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. German: "Sie", as in victim-info.ftl.

## Layout
public-escape = Diese Seite jetzt verlassen
public-emergency = Jetzt in Gefahr? Rufen Sie 112 (Notruf) oder 101 (Polizei).
public-languages = Sprachen
public-footer-nav = Meldung
public-nav-report = Etwas melden
public-nav-follow-up = Mit meiner Quittung zurückkommen
public-nav-victim-info = Hilfe für Opfer
report-title = Einen Verdacht auf Ausbeutung melden
report-intro = Sie müssen Ihren Namen nicht sagen. Schreiben Sie, was Sie gesehen haben, mit Ihren eigenen Worten. Alles, was Sie schreiben, wird verschlossen: Nur die Abteilung der Polizei gegen Menschenhandel kann es lesen.
report-error-summary = Einige Antworten müssen Sie ändern. Sehen Sie die Hinweise unten.
report-filed-by = Wer sind Sie?
report-filed-by-witness = Ich habe etwas gesehen oder gehört
report-filed-by-person-concerned = Es geht um mich
report-filed-by-partner = Eine Partnerorganisation
report-forms = Was haben Sie gesehen?
report-form-sexual = Sexarbeit unter der Kontrolle von jemandem
report-form-labour = Schlechte Arbeits- oder Wohnbedingungen
report-form-begging = Zum Betteln gezwungen werden
report-form-crime = Zu Straftaten gezwungen werden
report-form-other = Etwas anderes
report-form-unsure = Ich bin nicht sicher
report-place = Wo? (freiwillig)
report-when = Wann? (freiwillig)
report-people = Beteiligte Personen
report-people-count = Wie viele Personen?
report-people-description = Wie sehen sie aus?
report-minor = Könnte ein Kind (unter 18) betroffen sein?
report-minor-yes = Ja
report-minor-no = Nein
report-minor-unknown = Ich weiß es nicht
report-identifiers = Nummern, Kennzeichen, Webseiten (freiwillig)
report-identifiers-hint = Eine pro Zeile. Schreiben Sie sie so, wie Sie sie gesehen haben.
report-phones = Telefonnummern
report-plates = Autokennzeichen
report-websites = Webseiten oder Anzeigen
report-handles = Namen in sozialen Medien
report-emails = E-Mail-Adressen
report-text = Was ist passiert?
report-contact = Möchten Sie, dass man Sie kontaktiert?
report-contact-none = Nein
report-contact-section = Ja, die Abteilung der Polizei gegen Menschenhandel
report-contact-centre = Ja, ein spezialisiertes Zentrum für Opfer
report-contact-details = Wie können wir Sie erreichen? (freiwillig)
report-sealed-note = Wir speichern nicht Ihre Internetadresse, nicht Ihren Browser und nicht die Uhrzeit Ihrer Meldung.
report-submit = Meldung senden
report-error-filed-by = Wählen Sie, wer Sie sind.
report-error-too-long = Das ist zu lang: höchstens { $max } Zeichen.
report-error-too-many-lines = Zu viele Zeilen: höchstens { $max }.
report-error-choice = Wählen Sie eine der Antworten.
report-error-empty = Kreuzen Sie an, was Sie gesehen haben, oder schreiben Sie ein paar Worte.
report-error-message-empty = Schreiben Sie zuerst eine Nachricht.
receipt-title = Ihre Meldung ist angekommen
receipt-intro = Das ist Ihre Quittungsnummer. Damit können Sie zurückkommen, sehen, wie es weitergeht, und unsere Nachrichten lesen.
receipt-once = Schreiben Sie sie jetzt auf. Diese Seite zeigt sie nur 10 Minuten lang, in diesem Tab; danach kann niemand sie wiederfinden.
receipt-confirm = Ich habe meine Quittungsnummer aufgeschrieben
receipt-continue = Weiter
receipt-expired = Zu Ihrer Sicherheit wird die Belegnummer nur wenige Minuten nach dem Absenden einer Meldung gezeigt. Wenn Sie sie aufgeschrieben haben, verwenden Sie sie auf der Seite zur Nachverfolgung. Sonst können Sie eine neue Meldung senden.
receipt-expired-title = Diese Seite ist abgelaufen
receipt-answer-time = Wir antworten meist innerhalb von { $days } Werktagen. Kommen Sie mit Ihrer Belegnummer zurück, um unsere Antwort zu lesen.
receipt-copied = Kopiert
receipt-copy = Nummer kopieren
receipt-safety = Bewahren Sie sie dort auf, wo eine Person, die Sie kontrolliert, nicht nachsehen würde: Lernen Sie sie auswendig oder schreiben Sie sie ohne Namen zwischen andere Nummern. Speichern Sie sie nicht in einem Telefon, das jemand anderes kontrolliert.
receipt-safety-title = Sicher aufbewahren
done-title = Danke
done-text = Bewahren Sie Ihre Quittungsnummer an einem sicheren Ort auf. Kommen Sie in ein paar Tagen zurück, um unsere Antwort zu lesen.
follow-up-title = Ihre Meldung verfolgen
follow-up-unknown = Wir haben keine Meldung mit dieser Nummer gefunden. Prüfen Sie die Ziffern und versuchen Sie es noch einmal.
follow-up-receipt = Ihre Quittungsnummer
follow-up-submit = Öffnen
follow-up-status = Stand:
follow-up-messages = Nachrichten
follow-up-no-messages = Noch keine Nachrichten.
follow-up-from-section = Polizeiabteilung
follow-up-from-you = Sie
follow-up-from-partner = Die Organisation, die Ihre Meldung weitergegeben hat
follow-up-add = Informationen hinzufügen oder antworten
follow-up-send = Senden
report-status-received = Angekommen
report-status-in-progress = In Bearbeitung
report-status-closed = Abgeschlossen
follow-up-message-count = { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
}

## More of the layout
public-nav-home = Startseite
public-nav-what-happens = Was mit einer Meldung geschieht
public-nav-what-we-keep = Was wir speichern
public-nav-rights = Rechte von Opfern
public-nav-emergency = Notrufnummern
public-staff-sign-in = Anmeldung für Mitarbeitende

## Landing page
landing-title = Sagen Sie uns, was Sie gesehen haben
landing-intro = Sie können der Polizei Menschenhandel und Ausbeutung melden. Sie müssen Ihren Namen nicht sagen.
landing-choose-language = Wählen Sie Ihre Sprache
landing-what-to-do = Was möchten Sie tun?

## What happens to a report, and who reads it
info-what-happens-title = Was mit Ihrer Meldung geschieht
info-what-happens-sealed = Ihre Meldung wird verschlossen, sobald sie ankommt. Nur die Abteilung der Polizei gegen Menschenhandel kann sie öffnen.
info-what-happens-receipt = Sie bekommen eine Quittungsnummer. Schreiben Sie sie auf. Damit können Sie zurückkommen, unsere Nachrichten lesen und Informationen hinzufügen.
info-what-happens-read = Ein Ermittler der Abteilung liest Ihre Meldung und entscheidet, wie es weitergeht.
info-what-happens-contact = Wenn Sie es wünschen, kontaktiert Sie die Abteilung oder ein spezialisiertes Zentrum für Opfer.
info-what-happens-status = Mit Ihrer Quittung sehen Sie den Stand: angekommen, in Bearbeitung oder abgeschlossen. Details einer Ermittlung zeigen wir nie.
info-who-reads-title = Wer liest Ihre Meldung?
info-who-reads-section = Nur die Abteilung gegen Menschenhandel der Polizeizone Brüssel-Nord. Andere Polizisten können sie nicht lesen.
info-who-reads-not-site = Diese Webseite kann eine Meldung verschließen, aber sie kann sie nicht wieder öffnen.

## What we keep and what we do not keep
info-keep-title = Was wir speichern und was nicht
info-keep-yes-title = Was wir speichern
info-keep-report = Ihre Meldung, verschlossen. Nur die Abteilung kann sie öffnen.
info-keep-messages = Die Nachrichten zwischen Ihnen und der Abteilung, verschlossen.
info-keep-day = Den Tag Ihrer Meldung und jeder Nachricht. Nicht die Uhrzeit.
info-keep-status = Den Stand Ihrer Meldung.
info-keep-no-title = Was wir nie speichern
info-keep-no-address = Ihre Internetadresse (IP-Adresse).
info-keep-no-browser = Ihren Browser oder die Art von Telefon oder Computer, die Sie benutzen.
info-keep-no-time = Die Uhrzeit Ihres Besuchs oder Ihrer Meldung.
info-keep-no-receipt = Ihre Quittungsnummer. Wir speichern nur einen Fingerabdruck davon. Daraus kann man die Nummer nicht zurückgewinnen.
info-keep-no-cookie = Cookies: Diese Seiten setzen keine.
info-keep-no-other-sites = Etwas von anderen Webseiten: Diese Seiten laden nichts von anderswo.
info-keep-lost-receipt = Wenn Sie Ihre Quittungsnummer verlieren, können wir sie Ihnen nicht zurückgeben. Sie können eine neue Meldung senden.

## The rights of victims
info-rights-title = Rechte von Opfern
info-rights-not-punished = Nicht Sie haben etwas falsch gemacht. Sie sollen nicht bestraft werden für das, wozu man Sie gezwungen hat.
info-rights-status-title = Der Opferstatus
info-rights-status = In Belgien kann ein Opfer von Menschenhandel einen besonderen Status bekommen. Er schützt Sie und erlaubt Ihnen, während des Verfahrens in Belgien zu bleiben.
info-rights-conditions = Für diesen Status:
info-rights-condition-contact = brechen Sie jeden Kontakt zu den Menschen ab, die Sie ausbeuten;
info-rights-condition-centre = nehmen Sie die Hilfe eines spezialisierten Zentrums an;
info-rights-condition-statement = sagen Sie der Polizei oder der Justiz, was passiert ist.
info-rights-time-title = Zeit, um sich auszuruhen und nachzudenken
info-rights-reflection = Zuerst haben Sie 45 Tage Zeit, um sich auszuruhen und nachzudenken. In dieser Zeit dürfen Sie in Belgien bleiben. Sie müssen noch nichts entscheiden.
info-rights-stay = Wenn Sie erzählen, was passiert ist, bekommen Sie ein Papier, um 3 Monate zu bleiben. Es kann während des Verfahrens verlängert werden. Am Ende können Sie das Recht bekommen, für immer zu bleiben.
info-rights-minors = Ein Kind unter 18, das allein in Belgien ist, bekommt sofort ein Papier zum Bleiben und einen Vormund.
info-rights-centres-title = Wer Ihnen helfen kann
info-rights-centres = Drei spezialisierte Zentren helfen Opfern. Ihre Hilfe ist kostenlos und vertraulich. Sie können zu ihnen gehen, ohne zuerst zur Polizei zu gehen.
info-rights-phone = Telefon der Zentren:
info-rights-leaflet = Diese Informationen auf einer Seite, zum Drucken, in 12 Sprachen

## Emergency numbers
info-emergency-title = Notrufnummern
info-emergency-danger = Jetzt in Gefahr? Rufen Sie 112.
info-emergency-112 = Notruf: Krankenwagen, Feuerwehr, Polizei.
info-emergency-101 = Polizei.
info-emergency-centres = Spezialisierte Zentren für Opfer von Menschenhandel. Keine Notrufnummer.
info-emergency-free = 112 und 101 sind kostenlos, Tag und Nacht, von jedem Telefon.

# Too many wrong receipts (answered 429).
follow-up-too-many = Zu viele Versuche mit einer falschen Nummer. Zum Schutz der Meldungen warten Sie bitte und versuchen Sie es später noch einmal.

# Pictures and identifiers on the report and in messages.
report-images = Fotos (freiwillig)
report-images-hint = Bis zu 5 Fotos: JPEG, PNG oder WebP, höchstens 10 MB pro Foto. Wir entfernen versteckte Daten, zum Beispiel wo und wann ein Foto gemacht wurde.
report-images-again = Zu Ihrer Sicherheit werden Fotos nicht behalten, wenn das Formular zurückkommt. Wählen Sie sie vor dem Senden noch einmal aus.
report-error-image-too-large = Ein Foto ist größer als 10 MB. Wählen Sie kleinere Fotos.
report-error-image-too-many = Sie können höchstens 5 Fotos auf einmal senden.
report-error-image-type = Eine Datei ist kein Foto im Format JPEG, PNG oder WebP. Nur diese können gesendet werden.
report-error-image-pixels = Ein Foto ist viel zu groß (mehr als 50 Millionen Pixel). Wählen Sie ein kleineres.
report-error-image-unreadable = Ein Foto konnte nicht gelesen werden. Vielleicht ist es beschädigt oder unvollständig.
report-error-invalid-text = Einige Zeichen in diesem Feld konnten nicht gelesen werden und wurden ersetzt. Prüfen Sie den Text.
report-error-form-broken = Ihr Formular ist nicht vollständig angekommen. Prüfen Sie, was Sie geschrieben haben, und senden Sie es noch einmal.
report-error-form-too-large = Alles zusammen ist zu groß zum Senden. Senden Sie weniger oder kleinere Fotos.
follow-up-add-images = Fotos hinzufügen (freiwillig)
follow-up-images-sent = { $count ->
    [one] Sie haben { $count } Foto gesendet.
   *[other] Sie haben { $count } Fotos gesendet.
}
report-hint-summary = Einige Ihrer Angaben sehen ungewöhnlich aus. Prüfen Sie sie unten oder senden Sie das Formular unverändert noch einmal.
report-hint-phones = Das sieht nicht wie eine belgische oder internationale Telefonnummer aus: { $values }. Prüfen Sie sie oder senden Sie sie unverändert.
report-hint-plates = Das sieht nicht wie ein Autokennzeichen aus: { $values }. Prüfen Sie es oder senden Sie es unverändert.
report-hint-websites = Das sieht nicht wie eine Webadresse aus: { $values }. Prüfen Sie sie oder senden Sie sie unverändert.
report-hint-handles = Das sieht nicht wie ein Kontoname aus: { $values }. Prüfen Sie ihn oder senden Sie ihn unverändert.
report-hint-emails = Das sieht nicht wie eine E-Mail-Adresse aus: { $values }. Prüfen Sie sie oder senden Sie sie unverändert.

# What we keep: pictures.
info-keep-pictures = Die Fotos, die Sie senden, verschlossen wie die Meldung.
info-keep-no-photo-data = Die versteckten Daten in Ihren Fotos, zum Beispiel wo und wann ein Foto gemacht wurde: Wir entfernen sie vor dem Speichern.
report-too-many = Von dieser Verbindung sind in kurzer Zeit viele Meldungen eingegangen. Ihr Text ist unten erhalten: Versuchen Sie es in einigen Minuten erneut. Bei Gefahr rufen Sie 112 an.
report-error-images-pixels = Zusammen sind die Fotos viel zu groß (mehr als 100 Millionen Pixel). Senden Sie weniger oder kleinere.

# Error pages of the public area
public-error-not-found-title = Seite nicht gefunden
public-error-not-found-text = Diese Seite gibt es nicht. Prüfen Sie die Adresse oder beginnen Sie auf der Startseite neu.
public-error-unavailable-title = Vorübergehend nicht verfügbar
public-error-unavailable-text = Der Meldedienst kann gerade keine Meldungen annehmen. Versuchen Sie es in Kürze noch einmal. Wenn jemand jetzt in Gefahr ist, rufen Sie 112 an.
public-error-internal-title = Etwas ist schiefgelaufen
public-error-internal-text = Ihre Meldung wurde vielleicht nicht gesendet. Versuchen Sie es in Kürze noch einmal. Wenn jemand jetzt in Gefahr ist, rufen Sie 112 an.
public-error-too-large-title = Zu groß zum Senden
public-error-too-large-text = Was Sie gesendet haben, ist zu groß. Senden Sie weniger oder kleinere Bilder.
public-error-bad-request-title = Das Formular konnte nicht gelesen werden
public-error-bad-request-text = Ein Teil des Formulars ist nicht angekommen. Gehen Sie zurück, prüfen Sie Ihre Antworten und senden Sie es erneut.
public-error-back-home = Zurück zur Startseite
