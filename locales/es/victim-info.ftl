# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = Usted tiene derechos. Puede recibir ayuda.
victim-info-what-is-trafficking = La trata de personas es cuando alguien le trae, le aloja o le controla para ganar dinero con usted: trabajo sin sueldo, prostitución forzada, mendicidad o delitos forzados.
victim-info-not-in-trouble = Usted no es quien tiene la culpa. No le castigarán por lo que le obligaron a hacer.
victim-info-procedure = En Bélgica existe un estatuto de víctima. Le protege y puede darle derecho a quedarse. Un centro especializado le acompaña.
victim-info-reflection-period = Tiene 45 días para pensar y descansar. Durante ese tiempo puede quedarse en Bélgica. No tiene que decidir nada ahora.
victim-info-centres = Tres centros especializados pueden ayudarle. Es gratis y confidencial.
victim-info-centre-pag-asa = PAG-ASA en Bruselas
victim-info-centre-payoke = Payoke en Amberes
victim-info-centre-surya = Sürya en Lieja
victim-info-national-number = Número nacional: 078 055 800. Este número le pone en contacto con estos centros.
victim-info-emergency = Si está en peligro, llame al 112. Para la policía, llame al 101.
victim-info-support = También puede hablar con Espace P o UTSOPI. Estas asociaciones ayudan a las personas trabajadoras sexuales.

# Page furniture.
victim-info-page-title = Ayuda para las víctimas de la trata de seres humanos
victim-info-print = Imprimir
victim-info-other-languages = Otros idiomas
victim-info-choose-language = Elija su idioma
victim-info-escape = Salir de este sitio ahora
