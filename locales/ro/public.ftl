# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. Romanian: "dumneavoastră", as in victim-info.ftl.

## Layout
public-escape = Părăsiți acest site acum
public-emergency = Sunteți în pericol acum? Sunați la 112 (urgențe) sau la 101 (poliție).
public-languages = Limbi
public-footer-nav = Sesizare
public-nav-report = Semnalați ceva
public-nav-follow-up = Reveniți cu numărul de confirmare
public-nav-victim-info = Ajutor pentru victime
report-title = Semnalați o posibilă exploatare
report-intro = Nu trebuie să vă spuneți numele. Scrieți ce ați văzut, cu cuvintele dumneavoastră. Tot ce scrieți este încuiat: doar secția de poliție împotriva traficului de persoane îl poate citi.
report-error-summary = Unele răspunsuri trebuie corectate. Citiți mesajele de mai jos.
report-filed-by = Cine sunteți?
report-filed-by-witness = Am văzut sau am auzit ceva
report-filed-by-person-concerned = Este vorba despre mine
report-filed-by-partner = O organizație parteneră
report-forms = Ce ați văzut?
report-form-sexual = Muncă sexuală sub controlul cuiva
report-form-labour = Condiții rele de muncă sau de locuit
report-form-begging = Forțat să cerșească
report-form-crime = Forțat să comită infracțiuni
report-form-other = Altceva
report-form-unsure = Nu sunt sigur
report-place = Unde? (opțional)
report-when = Când? (opțional)
report-people = Persoane implicate
report-people-count = Câte persoane?
report-people-description = Cum arată?
report-minor = Ar putea fi implicat un copil (sub 18 ani)?
report-minor-yes = Da
report-minor-no = Nu
report-minor-unknown = Nu știu
report-identifiers = Numere, plăcuțe, site-uri (opțional)
report-identifiers-hint = Câte unul pe rând. Scrieți-le cum le-ați văzut.
report-phones = Numere de telefon
report-plates = Numere de înmatriculare
report-websites = Site-uri sau anunțuri
report-handles = Nume pe rețelele sociale
report-emails = Adrese de e-mail
report-text = Ce s-a întâmplat?
report-contact = Vreți să fiți contactat?
report-contact-none = Nu
report-contact-section = Da, de secția de poliție împotriva traficului de persoane
report-contact-centre = Da, de un centru specializat pentru victime
report-contact-details = Cum vă putem contacta? (opțional)
report-sealed-note = Nu păstrăm adresa dumneavoastră de internet, browserul sau ora sesizării.
report-submit = Trimiteți sesizarea
report-error-filed-by = Alegeți cine sunteți.
report-error-too-long = Este prea lung: cel mult { $max } caractere.
report-error-too-many-lines = Prea multe rânduri: cel mult { $max }.
report-error-choice = Alegeți unul dintre răspunsuri.
report-error-empty = Bifați ce ați văzut sau scrieți câteva cuvinte.
report-error-message-empty = Scrieți mai întâi un mesaj.
receipt-title = Sesizarea dumneavoastră a fost primită
receipt-intro = Acesta este numărul dumneavoastră de confirmare. Cu el puteți reveni, vedea ce se întâmplă și citi mesajele noastre.
receipt-once = Notați-l acum. Această pagină îl arată doar 10 minute, în această filă; după aceea nimeni nu îl mai poate găsi.
receipt-confirm = Mi-am notat numărul de confirmare
receipt-continue = Continuați
receipt-expired = Pentru siguranța dumneavoastră, numărul de confirmare este arătat doar câteva minute după trimiterea unui semnal. Dacă l-ați notat, folosiți-l pe pagina de urmărire. Dacă nu, puteți trimite un nou semnal.
receipt-expired-title = Această pagină a expirat
receipt-answer-time = De obicei răspundem în { $days } zile lucrătoare. Reveniți cu numărul de confirmare pentru a citi răspunsul nostru.
receipt-copied = Copiat
receipt-copy = Copiați numărul
receipt-safety = Păstrați-l acolo unde o persoană care vă controlează nu s-ar uita: învățați-l pe de rost sau scrieți-l printre alte numere, fără nume. Nu îl salvați într-un telefon pe care îl verifică altcineva.
receipt-safety-title = Păstrați-l în siguranță
done-title = Mulțumim
done-text = Păstrați numărul de confirmare într-un loc sigur. Reveniți peste câteva zile ca să citiți răspunsul nostru.
follow-up-title = Urmăriți sesizarea
follow-up-unknown = Nu am găsit nicio sesizare cu acest număr. Verificați cifrele și încercați din nou.
follow-up-receipt = Numărul dumneavoastră de confirmare
follow-up-submit = Deschideți
follow-up-status = Stare:
follow-up-messages = Mesaje
follow-up-no-messages = Niciun mesaj încă.
follow-up-from-section = Secția de poliție
follow-up-from-you = Dumneavoastră
follow-up-from-partner = Organizația care a transmis sesizarea dumneavoastră
follow-up-add = Adăugați o informație sau răspundeți
follow-up-send = Trimiteți
report-status-received = Primită
report-status-in-progress = În lucru
report-status-closed = Închisă
follow-up-message-count = { $count ->
    [one] { $count } mesaj
    [few] { $count } mesaje
   *[other] { $count } de mesaje
}

## More of the layout
public-nav-home = Acasă
public-nav-what-happens = Ce se întâmplă cu o sesizare
public-nav-what-we-keep = Ce păstrăm
public-nav-rights = Drepturile victimelor
public-nav-emergency = Numere de urgență
public-staff-sign-in = Autentificare personal

## Landing page
landing-title = Spuneți-ne ce ați văzut
landing-intro = Puteți semnala poliției traficul de persoane și exploatarea. Nu trebuie să vă spuneți numele.
landing-choose-language = Alegeți limba dumneavoastră
landing-what-to-do = Ce vreți să faceți?

## What happens to a report, and who reads it
info-what-happens-title = Ce se întâmplă cu sesizarea dumneavoastră
info-what-happens-sealed = Sesizarea este încuiată imediat ce ajunge. Doar secția de poliție împotriva traficului de persoane o poate deschide.
info-what-happens-receipt = Primiți un număr de confirmare. Notați-l. Cu el puteți reveni, citi mesajele noastre și adăuga informații.
info-what-happens-read = Un anchetator al secției citește sesizarea și decide ce urmează.
info-what-happens-contact = Dacă ați cerut, secția vă contactează, sau o face un centru specializat pentru victime.
info-what-happens-status = Cu numărul de confirmare vedeți starea: primită, în lucru sau închisă. Nu arătăm niciodată detaliile unei anchete.
info-who-reads-title = Cine citește sesizarea?
info-who-reads-section = Doar secția împotriva traficului de persoane din zona de poliție Bruxelles Nord. Alți polițiști nu o pot citi.
info-who-reads-not-site = Acest site poate încuia o sesizare, dar nu o mai poate deschide.

## What we keep and what we do not keep
info-keep-title = Ce păstrăm și ce nu păstrăm
info-keep-yes-title = Ce păstrăm
info-keep-report = Sesizarea dumneavoastră, încuiată. Doar secția o poate deschide.
info-keep-messages = Mesajele dintre dumneavoastră și secție, încuiate.
info-keep-day = Ziua sesizării și a fiecărui mesaj. Nu ora.
info-keep-status = Starea sesizării.
info-keep-no-title = Ce nu păstrăm niciodată
info-keep-no-address = Adresa dumneavoastră de internet (adresa IP).
info-keep-no-browser = Browserul dumneavoastră sau tipul de telefon sau de calculator pe care îl folosiți.
info-keep-no-time = Ora vizitei sau a sesizării.
info-keep-no-receipt = Numărul dumneavoastră de confirmare. Păstrăm doar o amprentă a lui. Din ea nu se poate afla numărul.
info-keep-no-cookie = Cookie-uri: aceste pagini nu pun niciunul.
info-keep-no-other-sites = Nimic de pe alte site-uri: aceste pagini nu încarcă nimic din altă parte.
info-keep-lost-receipt = Dacă pierdeți numărul de confirmare, nu vi-l putem da din nou. Puteți trimite o sesizare nouă.

## The rights of victims
info-rights-title = Drepturile victimelor
info-rights-not-punished = Nu dumneavoastră sunteți vinovat. Nu trebuie să fiți pedepsit pentru ce ați fost forțat să faceți.
info-rights-status-title = Statutul de victimă
info-rights-status = În Belgia, o victimă a traficului de persoane poate primi un statut special. El vă protejează și vă permite să rămâneți în Belgia cât durează cazul.
info-rights-conditions = Pentru acest statut, dumneavoastră:
info-rights-condition-contact = opriți orice contact cu persoanele care vă exploatează;
info-rights-condition-centre = acceptați ajutorul unui centru specializat;
info-rights-condition-statement = spuneți poliției sau justiției ce s-a întâmplat.
info-rights-time-title = Timp ca să vă odihniți și să vă gândiți
info-rights-reflection = Mai întâi, aveți 45 de zile ca să vă odihniți și să vă gândiți. În acest timp puteți rămâne în Belgia. Nu trebuie să decideți nimic încă.
info-rights-stay = Dacă spuneți ce s-a întâmplat, primiți un document ca să rămâneți 3 luni. Poate fi prelungit cât durează cazul. La sfârșit, puteți primi dreptul să rămâneți pentru totdeauna.
info-rights-minors = Un copil sub 18 ani, singur în Belgia, primește imediat un document ca să rămână și un tutore.
info-rights-centres-title = Cine vă poate ajuta
info-rights-centres = Trei centre specializate ajută victimele. Ajutorul lor este gratuit și confidențial. Puteți merge la ele fără să mergeți mai întâi la poliție.
info-rights-phone = Telefonul centrelor:
info-rights-leaflet = Aceste informații pe o pagină, de tipărit, în 12 limbi

## Emergency numbers
info-emergency-title = Numere de urgență
info-emergency-danger = Sunteți în pericol acum? Sunați la 112.
info-emergency-112 = Urgențe: ambulanță, pompieri, poliție.
info-emergency-101 = Poliție.
info-emergency-centres = Centre specializate pentru victimele traficului de persoane. Nu este un număr de urgență.
info-emergency-free = 112 și 101 sunt gratuite, zi și noapte, de pe orice telefon.

# Too many wrong receipts (answered 429).
follow-up-too-many = Prea multe încercări cu un număr greșit. Pentru a proteja sesizările, așteptați puțin și încercați din nou mai târziu.

# Pictures and identifiers on the report and in messages.
report-images = Fotografii (opțional)
report-images-hint = Până la 5 fotografii: JPEG, PNG sau WebP, de cel mult 10 MB fiecare. Ștergem datele ascunse, cum ar fi locul și ora în care a fost făcută fotografia.
report-images-again = Pentru siguranța dumneavoastră, fotografiile nu sunt păstrate când formularul revine. Alegeți-le din nou înainte de a trimite.
report-error-image-too-large = O fotografie are mai mult de 10 MB. Alegeți fotografii mai mici.
report-error-image-too-many = Puteți trimite cel mult 5 fotografii o dată.
report-error-image-type = Un fișier nu este o fotografie JPEG, PNG sau WebP. Doar acestea pot fi trimise.
report-error-image-pixels = O fotografie este mult prea mare (peste 50 de milioane de pixeli). Alegeți una mai mică.
report-error-image-unreadable = O fotografie nu a putut fi citită. Poate este deteriorată sau incompletă.
report-error-invalid-text = Unele caractere din acest câmp nu au putut fi citite și au fost înlocuite. Verificați textul.
report-error-form-broken = Formularul dumneavoastră nu a ajuns întreg. Verificați ce ați scris și trimiteți-l din nou.
report-error-form-too-large = Totul împreună este prea mare pentru a fi trimis. Trimiteți mai puține fotografii sau fotografii mai mici.
follow-up-add-images = Adăugați fotografii (opțional)
follow-up-images-sent = { $count ->
    [one] Ați trimis { $count } fotografie.
    [few] Ați trimis { $count } fotografii.
   *[other] Ați trimis { $count } de fotografii.
}
report-hint-summary = Unele informații pe care le-ați dat par neobișnuite. Verificați-le mai jos sau trimiteți formularul din nou așa cum este.
report-hint-phones = Nu pare să fie un număr de telefon belgian sau internațional: { $values }. Verificați-l sau trimiteți-l așa cum este.
report-hint-plates = Nu pare să fie un număr de înmatriculare: { $values }. Verificați-l sau trimiteți-l așa cum este.
report-hint-websites = Nu pare să fie o adresă de site: { $values }. Verificați-o sau trimiteți-o așa cum este.
report-hint-handles = Nu pare să fie un nume de cont: { $values }. Verificați-l sau trimiteți-l așa cum este.
report-hint-emails = Nu pare să fie o adresă de e-mail: { $values }. Verificați-o sau trimiteți-o așa cum este.

# What we keep: pictures.
info-keep-pictures = Fotografiile pe care le trimiteți, încuiate ca sesizarea.
info-keep-no-photo-data = Datele ascunse din fotografiile dumneavoastră, cum ar fi locul și ora în care a fost făcută o fotografie: le ștergem înainte de a păstra fotografiile.
report-too-many = Din această conexiune au sosit multe sesizări într-un timp scurt. Textul dumneavoastră este păstrat mai jos: încercați din nou peste câteva minute. În caz de pericol, sunați la 112.
report-error-images-pixels = Împreună, fotografiile sunt mult prea mari (peste 100 de milioane de pixeli). Trimiteți mai puține sau mai mici.

# Error pages of the public area
public-error-not-found-title = Pagina nu a fost găsită
public-error-not-found-text = Această pagină nu există. Verificați adresa sau începeți din nou de la pagina principală.
public-error-unavailable-title = Indisponibil temporar
public-error-unavailable-text = Serviciul de semnalare nu poate primi semnalări acum. Încercați din nou peste puțin timp. Dacă cineva este în pericol acum, sunați la 112.
public-error-internal-title = Ceva nu a funcționat
public-error-internal-text = Este posibil ca semnalarea dumneavoastră să nu fi fost trimisă. Încercați din nou peste puțin timp. Dacă cineva este în pericol acum, sunați la 112.
public-error-too-large-title = Prea mare pentru a fi trimis
public-error-too-large-text = Ce ați trimis este prea mare. Trimiteți mai puține fotografii sau fotografii mai mici.
public-error-bad-request-title = Formularul nu a putut fi citit
public-error-bad-request-text = O parte din formular nu a ajuns. Întoarceți-vă, verificați răspunsurile și trimiteți-l din nou.
public-error-back-home = Înapoi la pagina principală
