# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = Aveți drepturi. Puteți primi ajutor.
victim-info-what-is-trafficking = Traficul de persoane înseamnă că cineva vă aduce aici, vă cazează sau vă controlează ca să câștige bani de pe urma dumneavoastră: muncă fără plată, prostituție forțată, cerșetorie sau infracțiuni forțate.
victim-info-not-in-trouble = Nu dumneavoastră sunteți vinovat. Nu veți fi pedepsit pentru ce ați fost forțat să faceți.
victim-info-procedure = În Belgia există un statut de victimă. Vă protejează și vă poate da dreptul de ședere. Un centru specializat vă însoțește.
victim-info-reflection-period = Aveți 45 de zile ca să vă gândiți și să vă odihniți. În acest timp puteți rămâne în Belgia. Nu trebuie să decideți nimic acum.
victim-info-centres = Trei centre specializate vă pot ajuta. Este gratuit și confidențial.
victim-info-centre-pag-asa = PAG-ASA la Bruxelles
victim-info-centre-payoke = Payoke la Anvers
victim-info-centre-surya = Sürya la Liège
victim-info-national-number = Număr național: 078 055 800. Acest număr vă pune în legătură cu aceste centre.
victim-info-emergency = În caz de pericol, sunați la 112. Pentru poliție, sunați la 101.
victim-info-support = Puteți vorbi și cu Espace P sau UTSOPI. Aceste asociații ajută lucrătorii sexuali.

# Page furniture.
victim-info-page-title = Ajutor pentru victimele traficului de persoane
victim-info-print = Tipărește
victim-info-other-languages = Alte limbi
victim-info-choose-language = Alegeți limba dumneavoastră
victim-info-escape = Părăsiți acest site acum
