# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.

victim-info-title = You have rights. You can get help.
victim-info-what-is-trafficking = Human trafficking is when someone brings you here, houses you or controls you to make money from you: work without pay, forced prostitution, begging, or forced crime.
victim-info-not-in-trouble = You are not the one in trouble. You will not be punished for what you were forced to do.
victim-info-procedure = In Belgium there is a victim status. It protects you and can give you the right to stay. A specialised centre helps you through it.
victim-info-reflection-period = You have 45 days to think and to rest. During this time you can stay in Belgium. You do not have to decide anything now.
victim-info-centres = Three specialised centres can help you. It is free and confidential.
victim-info-centre-pag-asa = PAG-ASA in Brussels
victim-info-centre-payoke = Payoke in Antwerp
victim-info-centre-surya = Sürya in Liège
victim-info-national-number = National number: 078 055 800. This number puts you in touch with these centres.
victim-info-emergency = In danger, call 112. For the police, call 101.
victim-info-support = You can also talk to Espace P or UTSOPI. These groups help sex workers.

# Page furniture.
victim-info-page-title = Help for victims of human trafficking
victim-info-print = Print
victim-info-other-languages = Other languages
victim-info-choose-language = Choose your language
victim-info-escape = Leave this site now
