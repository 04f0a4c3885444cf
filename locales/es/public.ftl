# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. Spanish: "usted", as in victim-info.ftl.

## Layout
public-escape = Salir de este sitio ahora
public-emergency = ¿Está en peligro ahora? Llame al 112 (emergencias) o al 101 (policía).
public-languages = Idiomas
public-footer-nav = Aviso
public-nav-report = Avisar de algo
public-nav-follow-up = Volver con mi recibo
public-nav-victim-info = Ayuda para las víctimas
report-title = Avisar de una posible explotación
report-intro = No tiene que dar su nombre. Escriba lo que vio, con sus palabras. Todo lo que escribe queda cerrado con llave: solo la sección de la policía contra la trata de personas puede leerlo.
report-error-summary = Hay que corregir algunas respuestas. Vea los mensajes de abajo.
report-filed-by = ¿Quién es usted?
report-filed-by-witness = He visto u oído algo
report-filed-by-person-concerned = Es sobre mí
report-filed-by-partner = Una organización colaboradora
report-forms = ¿Qué vio?
report-form-sexual = Trabajo sexual bajo el control de alguien
report-form-labour = Malas condiciones de trabajo o de vivienda
report-form-begging = Ser obligado a mendigar
report-form-crime = Ser obligado a cometer delitos
report-form-other = Otra cosa
report-form-unsure = No estoy seguro
report-place = ¿Dónde? (opcional)
report-when = ¿Cuándo? (opcional)
report-people = Personas implicadas
report-people-count = ¿Cuántas personas?
report-people-description = ¿Cómo son?
report-minor = ¿Podría haber un niño (menor de 18 años)?
report-minor-yes = Sí
report-minor-no = No
report-minor-unknown = No lo sé
report-identifiers = Números, matrículas, sitios web (opcional)
report-identifiers-hint = Uno por línea. Escríbalos como los vio.
report-phones = Números de teléfono
report-plates = Matrículas de vehículos
report-websites = Sitios web o anuncios
report-handles = Nombres en redes sociales
report-emails = Correos electrónicos
report-text = ¿Qué pasó?
report-contact = ¿Quiere que le contacten?
report-contact-none = No
report-contact-section = Sí, la sección de la policía contra la trata de personas
report-contact-centre = Sí, un centro especializado para víctimas
report-contact-details = ¿Cómo podemos contactarle? (opcional)
report-sealed-note = No guardamos su dirección de internet, su navegador ni la hora de su aviso.
report-submit = Enviar el aviso
report-error-filed-by = Elija quién es usted.
report-error-too-long = Es demasiado largo: { $max } caracteres como máximo.
report-error-too-many-lines = Demasiadas líneas: { $max } como máximo.
report-error-choice = Elija una de las respuestas.
report-error-empty = Marque lo que vio o escriba unas palabras.
report-error-message-empty = Primero escriba un mensaje.
receipt-title = Hemos recibido su aviso
receipt-intro = Este es su número de recibo. Con él puede volver, ver qué pasa y leer nuestros mensajes.
receipt-once = Apúntelo ahora. Esta página lo muestra solo durante 10 minutos, en esta pestaña; después nadie podrá encontrarlo.
receipt-confirm = He apuntado mi número de recibo
receipt-continue = Continuar
receipt-expired = Por su seguridad, el número de recibo solo se muestra unos minutos después de enviar un aviso. Si lo apuntó, úselo en la página de seguimiento. Si no, puede enviar un aviso nuevo.
receipt-expired-title = Esta página ha caducado
receipt-answer-time = Solemos responder en { $days } días laborables. Vuelva con su número de recibo para leer nuestra respuesta.
receipt-copied = Copiado
receipt-copy = Copiar el número
receipt-safety = Guárdelo donde una persona que le controla no miraría: apréndalo de memoria o escríbalo entre otros números, sin nombre. No lo guarde en un teléfono que otra persona revisa.
receipt-safety-title = Guárdelo de forma segura
done-title = Gracias
done-text = Guarde su número de recibo en un lugar seguro. Vuelva dentro de unos días para leer nuestra respuesta.
follow-up-title = Seguir su aviso
follow-up-unknown = No encontramos ningún aviso con este número. Revise las cifras y vuelva a intentarlo.
follow-up-receipt = Su número de recibo
follow-up-submit = Abrir
follow-up-status = Estado:
follow-up-messages = Mensajes
follow-up-no-messages = Todavía no hay mensajes.
follow-up-from-section = Sección de policía
follow-up-from-you = Usted
follow-up-from-partner = La organización que transmitió su aviso
follow-up-add = Añadir información o responder
follow-up-send = Enviar
report-status-received = Recibido
report-status-in-progress = En curso
report-status-closed = Cerrado
follow-up-message-count = { $count ->
    [one] { $count } mensaje
   *[other] { $count } mensajes
}

## More of the layout
public-nav-home = Inicio
public-nav-what-happens = Qué pasa con un aviso
public-nav-what-we-keep = Qué guardamos
public-nav-rights = Derechos de las víctimas
public-nav-emergency = Números de emergencia
public-staff-sign-in = Acceso del personal

## Landing page
landing-title = Díganos lo que vio
landing-intro = Puede avisar a la policía de trata de personas y de explotación. No tiene que dar su nombre.
landing-choose-language = Elija su idioma
landing-what-to-do = ¿Qué quiere hacer?

## What happens to a report, and who reads it
info-what-happens-title = Qué pasa con su aviso
info-what-happens-sealed = Su aviso queda cerrado con llave en cuanto llega. Solo la sección de la policía contra la trata de personas puede abrirlo.
info-what-happens-receipt = Recibe un número de recibo. Apúntelo. Con él puede volver, leer nuestros mensajes y añadir información.
info-what-happens-read = Un investigador de la sección lee su aviso y decide qué hacer.
info-what-happens-contact = Si usted lo pidió, la sección le contacta, o lo hace un centro especializado para víctimas.
info-what-happens-status = Con su recibo ve el estado: recibido, en curso o cerrado. Nunca mostramos detalles de una investigación.
info-who-reads-title = ¿Quién lee su aviso?
info-who-reads-section = Solo la sección contra la trata de personas de la zona de policía Bruselas Norte. Otros policías no pueden leerlo.
info-who-reads-not-site = Este sitio web puede cerrar un aviso con llave, pero no puede volver a abrirlo.

## What we keep and what we do not keep
info-keep-title = Qué guardamos y qué no guardamos
info-keep-yes-title = Qué guardamos
info-keep-report = Su aviso, cerrado con llave. Solo la sección puede abrirlo.
info-keep-messages = Los mensajes entre usted y la sección, cerrados con llave.
info-keep-day = El día de su aviso y de cada mensaje. No la hora.
info-keep-status = El estado de su aviso.
info-keep-no-title = Qué no guardamos nunca
info-keep-no-address = Su dirección de internet (dirección IP).
info-keep-no-browser = Su navegador, o el tipo de teléfono u ordenador que usa.
info-keep-no-time = La hora de su visita o de su aviso.
info-keep-no-receipt = Su número de recibo. Solo guardamos una huella de él. Con esa huella no se puede recuperar el número.
info-keep-no-cookie = Cookies: estas páginas no ponen ninguna.
info-keep-no-other-sites = Nada de otros sitios web: estas páginas no cargan nada de otro lugar.
info-keep-lost-receipt = Si pierde su número de recibo, no podemos dárselo de nuevo. Puede enviar un aviso nuevo.

## The rights of victims
info-rights-title = Derechos de las víctimas
info-rights-not-punished = Usted no es quien tiene la culpa. No deben castigarle por lo que le obligaron a hacer.
info-rights-status-title = El estatuto de víctima
info-rights-status = En Bélgica, una víctima de trata de personas puede recibir un estatuto especial. Le protege y le permite quedarse en Bélgica mientras dura el caso.
info-rights-conditions = Para este estatuto, usted:
info-rights-condition-contact = corta todo contacto con las personas que le explotan;
info-rights-condition-centre = acepta la ayuda de un centro especializado;
info-rights-condition-statement = cuenta a la policía o a la justicia lo que pasó.
info-rights-time-title = Tiempo para descansar y pensar
info-rights-reflection = Primero, tiene 45 días para descansar y pensar. Puede quedarse en Bélgica durante ese tiempo. Todavía no tiene que decidir nada.
info-rights-stay = Si cuenta lo que pasó, recibe un papel para quedarse 3 meses. Se puede alargar mientras dura el caso. Al final, puede recibir el derecho a quedarse para siempre.
info-rights-minors = Un niño menor de 18 años que está solo en Bélgica recibe enseguida un papel para quedarse, y un tutor.
info-rights-centres-title = Quién puede ayudarle
info-rights-centres = Tres centros especializados ayudan a las víctimas. Su ayuda es gratis y confidencial. Puede ir a ellos sin pasar antes por la policía.
info-rights-phone = Teléfono de los centros:
info-rights-leaflet = Esta información en una página, para imprimir, en 12 idiomas

## Emergency numbers
info-emergency-title = Números de emergencia
info-emergency-danger = ¿Está en peligro ahora? Llame al 112.
info-emergency-112 = Emergencias: ambulancia, bomberos, policía.
info-emergency-101 = Policía.
info-emergency-centres = Centros especializados para víctimas de trata de personas. No es un número de emergencia.
info-emergency-free = El 112 y el 101 son gratis, de día y de noche, desde cualquier teléfono.

# Too many wrong receipts (answered 429).
follow-up-too-many = Demasiados intentos con un número equivocado. Para proteger los avisos, espere un momento y vuelva a intentarlo más tarde.

# Pictures and identifiers on the report and in messages.
report-images = Fotos (opcional)
report-images-hint = Hasta 5 fotos: JPEG, PNG o WebP, de 10 MB como máximo cada una. Quitamos los datos ocultos, como el lugar y la hora en que se tomó la foto.
report-images-again = Por su seguridad, las fotos no se guardan cuando el formulario vuelve. Elíjalas otra vez antes de enviar.
report-error-image-too-large = Una foto pesa más de 10 MB. Elija fotos más pequeñas.
report-error-image-too-many = Puede enviar 5 fotos como máximo a la vez.
report-error-image-type = Un archivo no es una foto JPEG, PNG o WebP. Solo se pueden enviar estas.
report-error-image-pixels = Una foto es demasiado grande (más de 50 millones de píxeles). Elija una más pequeña.
report-error-image-unreadable = No se pudo leer una foto. Puede estar dañada o incompleta.
report-error-invalid-text = Algunos caracteres de este campo no se pudieron leer y se reemplazaron. Revise el texto.
report-error-form-broken = Su formulario no llegó completo. Revise lo que escribió y envíelo otra vez.
report-error-form-too-large = Todo junto es demasiado grande para enviarlo. Envíe menos fotos o fotos más pequeñas.
follow-up-add-images = Añadir fotos (opcional)
follow-up-images-sent = { $count ->
    [one] Ha enviado { $count } foto.
   *[other] Ha enviado { $count } fotos.
}
report-hint-summary = Algunos datos que dio parecen poco habituales. Revíselos abajo o envíe el formulario otra vez tal como está.
report-hint-phones = Esto no parece un número de teléfono belga o internacional: { $values }. Revíselo o envíelo tal como está.
report-hint-plates = Esto no parece una matrícula: { $values }. Revísela o envíela tal como está.
report-hint-websites = Esto no parece una dirección web: { $values }. Revísela o envíela tal como está.
report-hint-handles = Esto no parece un nombre de cuenta: { $values }. Revíselo o envíelo tal como está.
report-hint-emails = Esto no parece una dirección de correo electrónico: { $values }. Revísela o envíela tal como está.

# What we keep: pictures.
info-keep-pictures = Las fotos que envía, cerradas con llave como el aviso.
info-keep-no-photo-data = Los datos ocultos de sus fotos, como el lugar y la hora en que se tomó una foto: los quitamos antes de guardar las fotos.
report-too-many = Han llegado muchas denuncias desde esta conexión en poco tiempo. Su texto se conserva abajo: vuelva a intentarlo dentro de unos minutos. En caso de peligro, llame al 112.
report-error-images-pixels = En conjunto, las fotos son demasiado grandes (más de 100 millones de píxeles). Envíe menos o más pequeñas.

# Error pages of the public area
public-error-not-found-title = Página no encontrada
public-error-not-found-text = Esta página no existe. Compruebe la dirección o empiece de nuevo desde la página de inicio.
public-error-unavailable-title = No disponible por el momento
public-error-unavailable-text = El servicio de denuncias no puede recibir denuncias ahora. Inténtelo de nuevo dentro de un rato. Si alguien está en peligro ahora, llame al 112.
public-error-internal-title = Algo ha salido mal
public-error-internal-text = Puede que su denuncia no se haya enviado. Inténtelo de nuevo dentro de un rato. Si alguien está en peligro ahora, llame al 112.
public-error-too-large-title = Demasiado grande para enviar
public-error-too-large-text = Lo que ha enviado es demasiado grande. Envíe menos fotos o fotos más pequeñas.
public-error-bad-request-title = No se pudo leer el formulario
public-error-bad-request-text = Una parte del formulario no llegó. Vuelva atrás, revise sus respuestas y envíelo de nuevo.
public-error-back-home = Volver a la página de inicio
