# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = У вас є права. Ви можете отримати допомогу.
victim-info-what-is-trafficking = Торгівля людьми — це коли хтось привозить вас, поселяє або контролює, щоб заробляти на вас гроші: робота без оплати, примусова проституція, жебрацтво чи примусові злочини.
victim-info-not-in-trouble = Це не ви винні. Вас не покарають за те, що вас змусили робити.
victim-info-procedure = У Бельгії існує статус жертви. Він захищає вас і може дати право на перебування. Спеціалізований центр супроводжує вас.
victim-info-reflection-period = У вас є 45 днів, щоб подумати й відпочити. У цей час ви можете залишатися в Бельгії. Вам не треба нічого вирішувати зараз.
victim-info-centres = Три спеціалізовані центри можуть вам допомогти. Це безкоштовно й конфіденційно.
victim-info-centre-pag-asa = PAG-ASA у Брюсселі
victim-info-centre-payoke = Payoke в Антверпені
victim-info-centre-surya = Sürya в Льєжі
victim-info-national-number = Національний номер: 078 055 800. Цей номер з’єднає вас із цими центрами.
victim-info-emergency = У разі небезпеки телефонуйте 112. Поліція — 101.
victim-info-support = Ви також можете поговорити з Espace P або UTSOPI. Ці організації допомагають секс-працівникам.

# Page furniture.
victim-info-page-title = Допомога жертвам торгівлі людьми
victim-info-print = Друкувати
victim-info-other-languages = Інші мови
victim-info-choose-language = Оберіть свою мову
victim-info-escape = Негайно залишити цей сайт
