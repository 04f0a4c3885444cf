# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. European Portuguese, as in victim-info.ftl.

## Layout
public-escape = Sair deste site agora
public-emergency = Em perigo agora? Ligue 112 (emergência) ou 101 (polícia).
public-languages = Línguas
public-footer-nav = Denúncia
public-nav-report = Contar algo à polícia
public-nav-follow-up = Voltar com o meu recibo
public-nav-victim-info = Ajuda para vítimas
report-title = Contar uma suspeita de exploração
report-intro = Não tem de dar o seu nome. Escreva o que viu, com as suas palavras. Tudo o que escreve fica fechado: só a secção da polícia contra o tráfico de seres humanos o pode ler.
report-error-summary = Algumas respostas precisam de ser corrigidas. Veja as mensagens abaixo.
report-filed-by = Quem é você?
report-filed-by-witness = Vi ou ouvi alguma coisa
report-filed-by-person-concerned = É sobre mim
report-filed-by-partner = Uma organização parceira
report-forms = O que viu?
report-form-sexual = Trabalho sexual sob o controlo de alguém
report-form-labour = Más condições de trabalho ou de alojamento
report-form-begging = Ser obrigado a mendigar
report-form-crime = Ser obrigado a cometer crimes
report-form-other = Outra coisa
report-form-unsure = Não tenho a certeza
report-place = Onde? (opcional)
report-when = Quando? (opcional)
report-people = Pessoas envolvidas
report-people-count = Quantas pessoas?
report-people-description = Como são?
report-minor = Pode haver uma criança (menos de 18 anos) envolvida?
report-minor-yes = Sim
report-minor-no = Não
report-minor-unknown = Não sei
report-identifiers = Números, matrículas, sites (opcional)
report-identifiers-hint = Um por linha. Escreva-os como os viu.
report-phones = Números de telefone
report-plates = Matrículas de veículos
report-websites = Sites ou anúncios
report-handles = Nomes nas redes sociais
report-emails = Endereços de e-mail
report-text = O que aconteceu?
report-contact = Quer ser contactado?
report-contact-none = Não
report-contact-section = Sim, pela secção da polícia contra o tráfico de seres humanos
report-contact-centre = Sim, por um centro especializado para vítimas
report-contact-details = Como o podemos contactar? (opcional)
report-sealed-note = Não guardamos o seu endereço de internet, o seu navegador nem a hora da sua denúncia.
report-submit = Enviar a denúncia
report-error-filed-by = Escolha quem é.
report-error-too-long = É demasiado longo: no máximo { $max } caracteres.
report-error-too-many-lines = Demasiadas linhas: no máximo { $max }.
report-error-choice = Escolha uma das respostas.
report-error-empty = Marque o que viu ou escreva algumas palavras.
report-error-message-empty = Escreva primeiro uma mensagem.
receipt-title = A sua denúncia foi recebida
receipt-intro = Este é o seu número de recibo. Com ele, pode voltar, ver o que acontece e ler as nossas mensagens.
receipt-once = Escreva-o agora. Esta página só o mostra durante 10 minutos, neste separador; depois ninguém o poderá encontrar.
receipt-confirm = Escrevi o meu número de recibo
receipt-continue = Continuar
receipt-expired = Para sua segurança, o número de recibo só é mostrado alguns minutos depois de enviar uma denúncia. Se o escreveu, use-o na página de acompanhamento. Se não, pode enviar uma nova denúncia.
receipt-expired-title = Esta página expirou
receipt-answer-time = Normalmente respondemos em { $days } dias úteis. Volte com o seu número de recibo para ler a nossa resposta.
receipt-copied = Copiado
receipt-copy = Copiar o número
receipt-safety = Guarde-o onde uma pessoa que o controla não procuraria: decore-o, ou escreva-o entre outros números, sem nome. Não o guarde num telemóvel que outra pessoa verifica.
receipt-safety-title = Guarde-o em segurança
done-title = Obrigado
done-text = Guarde o seu número de recibo num lugar seguro. Volte daqui a alguns dias para ler a nossa resposta.
follow-up-title = Acompanhar a sua denúncia
follow-up-unknown = Não encontrámos nenhuma denúncia com este número. Verifique os algarismos e tente de novo.
follow-up-receipt = O seu número de recibo
follow-up-submit = Abrir
follow-up-status = Estado:
follow-up-messages = Mensagens
follow-up-no-messages = Ainda não há mensagens.
follow-up-from-section = Secção da polícia
follow-up-from-you = Você
follow-up-from-partner = A organização que transmitiu a sua denúncia
follow-up-add = Acrescentar informação ou responder
follow-up-send = Enviar
report-status-received = Recebida
report-status-in-progress = Em tratamento
report-status-closed = Encerrada
follow-up-message-count = { $count ->
    [one] { $count } mensagem
   *[other] { $count } mensagens
}

## More of the layout
public-nav-home = Início
public-nav-what-happens = O que acontece a uma denúncia
public-nav-what-we-keep = O que guardamos
public-nav-rights = Direitos das vítimas
public-nav-emergency = Números de emergência
public-staff-sign-in = Entrada do pessoal

## Landing page
landing-title = Diga-nos o que viu
landing-intro = Pode contar à polícia casos de tráfico de seres humanos e de exploração. Não tem de dar o seu nome.
landing-choose-language = Escolha a sua língua
landing-what-to-do = O que quer fazer?

## What happens to a report, and who reads it
info-what-happens-title = O que acontece à sua denúncia
info-what-happens-sealed = A sua denúncia fica fechada logo que chega. Só a secção da polícia contra o tráfico de seres humanos a pode abrir.
info-what-happens-receipt = Recebe um número de recibo. Escreva-o. Com ele, pode voltar, ler as nossas mensagens e acrescentar informação.
info-what-happens-read = Um investigador da secção lê a sua denúncia e decide o que fazer.
info-what-happens-contact = Se o pediu, a secção contacta-o, ou um centro especializado para vítimas fá-lo.
info-what-happens-status = Com o seu recibo, vê o estado: recebida, em tratamento ou encerrada. Nunca mostramos detalhes de uma investigação.
info-who-reads-title = Quem lê a sua denúncia?
info-who-reads-section = Só a secção contra o tráfico de seres humanos da zona de polícia Bruxelas Norte. Outros polícias não a podem ler.
info-who-reads-not-site = Este site pode fechar uma denúncia, mas não a pode voltar a abrir.

## What we keep and what we do not keep
info-keep-title = O que guardamos e o que não guardamos
info-keep-yes-title = O que guardamos
info-keep-report = A sua denúncia, fechada. Só a secção a pode abrir.
info-keep-messages = As mensagens entre si e a secção, fechadas.
info-keep-day = O dia da sua denúncia e de cada mensagem. Não a hora.
info-keep-status = O estado da sua denúncia.
info-keep-no-title = O que nunca guardamos
info-keep-no-address = O seu endereço de internet (endereço IP).
info-keep-no-browser = O seu navegador, ou o tipo de telefone ou computador que usa.
info-keep-no-time = A hora da sua visita ou da sua denúncia.
info-keep-no-receipt = O seu número de recibo. Só guardamos uma impressão digital dele. Com ela, não se pode recuperar o número.
info-keep-no-cookie = Cookies: estas páginas não colocam nenhum.
info-keep-no-other-sites = Nada de outros sites: estas páginas não carregam nada de outro lugar.
info-keep-lost-receipt = Se perder o seu número de recibo, não lho podemos dar de novo. Pode enviar uma nova denúncia.

## The rights of victims
info-rights-title = Direitos das vítimas
info-rights-not-punished = Não é você quem está em falta. Não deve ser punido pelo que foi obrigado a fazer.
info-rights-status-title = O estatuto de vítima
info-rights-status = Na Bélgica, uma vítima de tráfico de seres humanos pode receber um estatuto especial. Ele protege-o e deixa-o ficar na Bélgica enquanto o processo dura.
info-rights-conditions = Para este estatuto, você:
info-rights-condition-contact = corta todo o contacto com as pessoas que o exploram;
info-rights-condition-centre = aceita a ajuda de um centro especializado;
info-rights-condition-statement = conta à polícia ou à justiça o que aconteceu.
info-rights-time-title = Tempo para descansar e pensar
info-rights-reflection = Primeiro, tem 45 dias para descansar e pensar. Pode ficar na Bélgica durante esse tempo. Ainda não tem de decidir nada.
info-rights-stay = Se contar o que aconteceu, recebe um documento para ficar 3 meses. Pode ser prolongado enquanto o processo dura. No fim, pode receber o direito de ficar para sempre.
info-rights-minors = Uma criança com menos de 18 anos, sozinha na Bélgica, recebe logo um documento para ficar, e um tutor.
info-rights-centres-title = Quem o pode ajudar
info-rights-centres = Três centros especializados ajudam as vítimas. A ajuda deles é gratuita e confidencial. Pode ir ter com eles sem passar primeiro pela polícia.
info-rights-phone = Telefone dos centros:
info-rights-leaflet = Esta informação numa página, para imprimir, em 12 línguas

## Emergency numbers
info-emergency-title = Números de emergência
info-emergency-danger = Em perigo agora? Ligue 112.
info-emergency-112 = Emergência: ambulância, bombeiros, polícia.
info-emergency-101 = Polícia.
info-emergency-centres = Centros especializados para vítimas de tráfico de seres humanos. Não é um número de emergência.
info-emergency-free = O 112 e o 101 são gratuitos, de dia e de noite, de qualquer telefone.

# Too many wrong receipts (answered 429).
follow-up-too-many = Demasiadas tentativas com um número errado. Para proteger as denúncias, aguarde um pouco e tente de novo mais tarde.

# Pictures and identifiers on the report and in messages.
report-images = Fotografias (opcional)
report-images-hint = Até 5 fotografias: JPEG, PNG ou WebP, no máximo 10 MB cada uma. Retiramos os dados escondidos, como o local e a hora em que a fotografia foi tirada.
report-images-again = Para sua segurança, as fotografias não são guardadas quando o formulário volta. Escolha-as de novo antes de enviar.
report-error-image-too-large = Uma fotografia tem mais de 10 MB. Escolha fotografias mais pequenas.
report-error-image-too-many = Pode enviar no máximo 5 fotografias de cada vez.
report-error-image-type = Um ficheiro não é uma fotografia JPEG, PNG ou WebP. Só estas podem ser enviadas.
report-error-image-pixels = Uma fotografia é demasiado grande (mais de 50 milhões de píxeis). Escolha uma mais pequena.
report-error-image-unreadable = Não foi possível ler uma fotografia. Pode estar danificada ou incompleta.
report-error-invalid-text = Alguns caracteres deste campo não puderam ser lidos e foram substituídos. Verifique o texto.
report-error-form-broken = O seu formulário não chegou completo. Verifique o que escreveu e envie-o de novo.
report-error-form-too-large = Tudo junto é demasiado grande para enviar. Envie menos fotografias ou fotografias mais pequenas.
follow-up-add-images = Acrescentar fotografias (opcional)
follow-up-images-sent = { $count ->
    [one] Enviou { $count } fotografia.
   *[other] Enviou { $count } fotografias.
}
report-hint-summary = Alguns dados que deu parecem pouco habituais. Verifique-os abaixo ou envie o formulário de novo tal como está.
report-hint-phones = Isto não parece um número de telefone belga ou internacional: { $values }. Verifique-o ou envie-o tal como está.
report-hint-plates = Isto não parece uma matrícula: { $values }. Verifique-a ou envie-a tal como está.
report-hint-websites = Isto não parece um endereço de site: { $values }. Verifique-o ou envie-o tal como está.
report-hint-handles = Isto não parece um nome de conta: { $values }. Verifique-o ou envie-o tal como está.
report-hint-emails = Isto não parece um endereço de e-mail: { $values }. Verifique-o ou envie-o tal como está.

# What we keep: pictures.
info-keep-pictures = As fotografias que envia, fechadas como a denúncia.
info-keep-no-photo-data = Os dados escondidos nas suas fotografias, como o local e a hora em que foram tiradas: retiramos esses dados antes de guardar as fotografias.
report-too-many = Chegaram muitas denúncias desta ligação em pouco tempo. O seu texto continua abaixo: tente novamente dentro de alguns minutos. Em caso de perigo, ligue 112.
report-error-images-pixels = Em conjunto, as fotografias são demasiado grandes (mais de 100 milhões de píxeis). Envie menos ou mais pequenas.

# Error pages of the public area
public-error-not-found-title = Página não encontrada
public-error-not-found-text = Esta página não existe. Verifique o endereço ou recomece a partir da página inicial.
public-error-unavailable-title = Temporariamente indisponível
public-error-unavailable-text = O serviço de denúncias não pode receber denúncias neste momento. Tente novamente daqui a pouco. Se alguém estiver em perigo agora, ligue 112.
public-error-internal-title = Algo correu mal
public-error-internal-text = A sua denúncia pode não ter sido enviada. Tente novamente daqui a pouco. Se alguém estiver em perigo agora, ligue 112.
public-error-too-large-title = Demasiado grande para enviar
public-error-too-large-text = O que enviou é demasiado grande. Envie menos fotografias ou fotografias mais pequenas.
public-error-bad-request-title = Não foi possível ler o formulário
public-error-bad-request-text = Uma parte do formulário não chegou. Volte atrás, verifique as suas respostas e envie-o novamente.
public-error-back-home = Voltar à página inicial
