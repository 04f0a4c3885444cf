# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = Имате права. Можете да получите помощ.
victim-info-what-is-trafficking = Трафик на хора е, когато някой ви докара, настани или контролира, за да печели пари от вас: работа без заплата, принудителна проституция, просия или принудителни престъпления.
victim-info-not-in-trouble = Не вие сте виновни. Няма да бъдете наказани за това, което са ви принудили да правите.
victim-info-procedure = В Белгия има статут на жертва. Той ви защитава и може да ви даде право на пребиваване. Специализиран център ви придружава.
victim-info-reflection-period = Имате 45 дни да помислите и да си починете. През това време можете да останете в Белгия. Не е нужно да решавате нищо сега.
victim-info-centres = Три специализирани центъра могат да ви помогнат. Безплатно и поверително е.
victim-info-centre-pag-asa = PAG-ASA в Брюксел
victim-info-centre-payoke = Payoke в Антверпен
victim-info-centre-surya = Sürya в Лиеж
victim-info-national-number = Национален номер: 078 055 800. Чрез този номер се свързвате с тези центрове.
victim-info-emergency = При опасност се обадете на 112. За полицията се обадете на 101.
victim-info-support = Можете да говорите и с Espace P или UTSOPI. Тези организации помагат на секс работниците.

# Page furniture.
victim-info-page-title = Помощ за жертви на трафик на хора
victim-info-print = Печат
victim-info-other-languages = Други езици
victim-info-choose-language = Изберете вашия език
victim-info-escape = Напуснете този сайт сега
