# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.

victim-info-title = U hebt rechten. U kunt hulp krijgen.
victim-info-what-is-trafficking = Mensenhandel is wanneer iemand u laat overkomen, onderbrengt of controleert om geld aan u te verdienen: werk zonder loon, gedwongen prostitutie, bedelen of gedwongen misdrijven.
victim-info-not-in-trouble = U bent niet degene die in fout is. U wordt niet gestraft voor wat u gedwongen werd te doen.
victim-info-procedure = In België bestaat een slachtofferstatuut. Het beschermt u en kan u een verblijfsrecht geven. Een gespecialiseerd centrum begeleidt u.
victim-info-reflection-period = U krijgt 45 dagen om na te denken en tot rust te komen. In die tijd mag u in België blijven. U moet niets meteen beslissen.
victim-info-centres = Drie gespecialiseerde centra kunnen u helpen. Dat is gratis en vertrouwelijk.
victim-info-centre-pag-asa = PAG-ASA in Brussel
victim-info-centre-payoke = Payoke in Antwerpen
victim-info-centre-surya = Sürya in Luik
victim-info-national-number = Nationaal nummer: 078 055 800. Dit nummer brengt u in contact met deze centra.
victim-info-emergency = Bij gevaar: bel 112. Voor de politie: bel 101.
victim-info-support = U kunt ook praten met Espace P of UTSOPI. Deze organisaties helpen sekswerkers.

# Page furniture.
victim-info-page-title = Hulp voor slachtoffers van mensenhandel
victim-info-print = Afdrukken
victim-info-other-languages = Andere talen
victim-info-choose-language = Kies uw taal
victim-info-escape = Verlaat deze site nu
