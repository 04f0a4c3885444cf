# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = Você tem direitos. Pode receber ajuda.
victim-info-what-is-trafficking = Tráfico de seres humanos é quando alguém o traz, o aloja ou o controla para ganhar dinheiro consigo: trabalho sem salário, prostituição forçada, mendicidade ou crimes forçados.
victim-info-not-in-trouble = Não é você quem está em falta. Não será punido pelo que foi obrigado a fazer.
victim-info-procedure = Na Bélgica existe um estatuto de vítima. Ele protege-o e pode dar-lhe direito de ficar. Um centro especializado acompanha-o.
victim-info-reflection-period = Tem 45 dias para pensar e descansar. Durante esse tempo pode ficar na Bélgica. Não tem de decidir nada agora.
victim-info-centres = Três centros especializados podem ajudá-lo. É gratuito e confidencial.
victim-info-centre-pag-asa = PAG-ASA em Bruxelas
victim-info-centre-payoke = Payoke em Antuérpia
victim-info-centre-surya = Sürya em Liège
victim-info-national-number = Número nacional: 078 055 800. Este número põe-no em contacto com estes centros.
victim-info-emergency = Em caso de perigo, ligue 112. Para a polícia, ligue 101.
victim-info-support = Também pode falar com a Espace P ou a UTSOPI. Estas associações ajudam trabalhadores do sexo.

# Page furniture.
victim-info-page-title = Ajuda para vítimas de tráfico de seres humanos
victim-info-print = Imprimir
victim-info-other-languages = Outras línguas
victim-info-choose-language = Escolha a sua língua
victim-info-escape = Sair deste site agora
