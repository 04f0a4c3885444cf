# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.

victim-info-title = Vous avez des droits. Vous pouvez recevoir de l'aide.
victim-info-what-is-trafficking = La traite des êtres humains, c'est quand quelqu'un vous fait venir, vous loge ou vous contrôle pour gagner de l'argent sur votre dos : travail sans salaire, prostitution forcée, mendicité, ou délits forcés.
victim-info-not-in-trouble = Ce n'est pas vous qui êtes en faute. Vous ne serez pas puni·e pour ce qu'on vous a forcé·e à faire.
victim-info-procedure = En Belgique, il existe un statut de victime. Il vous protège et peut vous donner un droit de séjour. Un centre spécialisé vous accompagne.
victim-info-reflection-period = Vous avez 45 jours pour réfléchir et vous reposer. Pendant ce temps, vous pouvez rester en Belgique. Vous ne devez rien décider tout de suite.
victim-info-centres = Trois centres spécialisés peuvent vous aider. C'est gratuit et confidentiel.
victim-info-centre-pag-asa = PAG-ASA à Bruxelles
victim-info-centre-payoke = Payoke à Anvers
victim-info-centre-surya = Sürya à Liège
victim-info-national-number = Numéro national : 078 055 800. Ce numéro vous met en contact avec ces centres.
victim-info-emergency = En cas de danger, appelez le 112. Pour la police, appelez le 101.
victim-info-support = Vous pouvez aussi parler à Espace P ou à UTSOPI. Ces associations aident les travailleuses et travailleurs du sexe.

# Page furniture.
victim-info-page-title = Aide aux victimes de la traite des êtres humains
victim-info-print = Imprimer
victim-info-other-languages = Autres langues
victim-info-choose-language = Choisissez votre langue
victim-info-escape = Quitter ce site maintenant
