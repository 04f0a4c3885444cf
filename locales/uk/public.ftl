# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. Ukrainian: "ви", "торгівля людьми" as in victim-info.ftl.
# A report is "звернення"; "повідомлення" is a message of the thread.

## Layout
public-escape = Негайно залишити цей сайт
public-emergency = Ви в небезпеці зараз? Телефонуйте 112 (екстрена допомога) або 101 (поліція).
public-languages = Мови
public-footer-nav = Звернення
public-nav-report = Повідомити про щось
public-nav-follow-up = Повернутися з моєю квитанцією
public-nav-victim-info = Допомога жертвам
report-title = Повідомити про можливу експлуатацію
report-intro = Вам не треба називати своє ім’я. Напишіть, що ви бачили, своїми словами. Усе, що ви пишете, замикається: прочитати це може лише відділ поліції з протидії торгівлі людьми.
report-error-summary = Деякі відповіді треба виправити. Дивіться повідомлення нижче.
report-filed-by = Хто ви?
report-filed-by-witness = Я бачив або чув щось
report-filed-by-person-concerned = Це стосується мене
report-filed-by-partner = Організація-партнер
report-forms = Що ви бачили?
report-form-sexual = Секс-робота під чиїмось контролем
report-form-labour = Погані умови праці або житла
report-form-begging = Примус до жебрацтва
report-form-crime = Примус до злочинів
report-form-other = Щось інше
report-form-unsure = Я не впевнений
report-place = Де? (необов’язково)
report-when = Коли? (необов’язково)
report-people = Люди, яких це стосується
report-people-count = Скільки людей?
report-people-description = Як вони виглядають?
report-minor = Чи може це стосуватися дитини (до 18 років)?
report-minor-yes = Так
report-minor-no = Ні
report-minor-unknown = Я не знаю
report-identifiers = Номери, номерні знаки, сайти (необов’язково)
report-identifiers-hint = По одному в рядку. Пишіть так, як ви їх бачили.
report-phones = Номери телефонів
report-plates = Номерні знаки автомобілів
report-websites = Сайти або оголошення
report-handles = Імена в соцмережах
report-emails = Адреси електронної пошти
report-text = Що сталося?
report-contact = Хочете, щоб з вами зв’язалися?
report-contact-none = Ні
report-contact-section = Так, відділ поліції з протидії торгівлі людьми
report-contact-centre = Так, спеціалізований центр для жертв
report-contact-details = Як з вами зв’язатися? (необов’язково)
report-sealed-note = Ми не зберігаємо вашу інтернет-адресу, ваш браузер і час вашого звернення.
report-submit = Надіслати звернення
report-error-filed-by = Оберіть, хто ви.
report-error-too-long = Це задовго: не більше { $max } символів.
report-error-too-many-lines = Забагато рядків: не більше { $max }.
report-error-choice = Оберіть одну з відповідей.
report-error-empty = Позначте, що ви бачили, або напишіть кілька слів.
report-error-message-empty = Спочатку напишіть повідомлення.
receipt-title = Ваше звернення отримано
receipt-intro = Це номер вашої квитанції. З ним ви можете повернутися, побачити, що відбувається, і читати наші повідомлення.
receipt-once = Запишіть його зараз. Ця сторінка показує його лише 10 хвилин, у цій вкладці; потім ніхто не зможе знайти його знову.
receipt-confirm = Номер квитанції записано
receipt-continue = Далі
receipt-expired = Для вашої безпеки номер квитанції показується лише кілька хвилин після надсилання повідомлення. Якщо ви його записали, скористайтеся ним на сторінці відстеження. Якщо ні, ви можете надіслати нове повідомлення.
receipt-expired-title = Термін дії сторінки минув
receipt-answer-time = Зазвичай ми відповідаємо протягом { $days } робочих днів. Поверніться з номером квитанції, щоб прочитати нашу відповідь.
receipt-copied = Скопійовано
receipt-copy = Скопіювати номер
receipt-safety = Зберігайте його там, де людина, яка вас контролює, не шукала б: вивчіть його напам’ять або запишіть серед інших номерів, без імені. Не зберігайте його в телефоні, який перевіряє хтось інший.
receipt-safety-title = Зберігайте його в безпеці
done-title = Дякуємо
done-text = Зберігайте номер квитанції в безпечному місці. Поверніться за кілька днів, щоб прочитати нашу відповідь.
follow-up-title = Стежити за вашим зверненням
follow-up-unknown = Ми не знайшли звернення з цим номером. Перевірте цифри й спробуйте ще раз.
follow-up-receipt = Номер вашої квитанції
follow-up-submit = Відкрити
follow-up-status = Стан:
follow-up-messages = Повідомлення
follow-up-no-messages = Повідомлень ще немає.
follow-up-from-section = Відділ поліції
follow-up-from-you = Ви
follow-up-from-partner = Організація, яка передала ваше звернення
follow-up-add = Додати інформацію або відповісти
follow-up-send = Надіслати
report-status-received = Отримано
report-status-in-progress = Опрацьовується
report-status-closed = Закрито
follow-up-message-count = { $count ->
    [one] { $count } повідомлення
    [few] { $count } повідомлення
    [many] { $count } повідомлень
   *[other] { $count } повідомлення
}

## More of the layout
public-nav-home = Головна
public-nav-what-happens = Що відбувається зі зверненням
public-nav-what-we-keep = Що ми зберігаємо
public-nav-rights = Права жертв
public-nav-emergency = Екстрені номери
public-staff-sign-in = Вхід для працівників

## Landing page
landing-title = Розкажіть нам, що ви бачили
landing-intro = Ви можете повідомити поліції про торгівлю людьми та експлуатацію. Вам не треба називати своє ім’я.
landing-choose-language = Оберіть свою мову
landing-what-to-do = Що ви хочете зробити?

## What happens to a report, and who reads it
info-what-happens-title = Що відбувається з вашим зверненням
info-what-happens-sealed = Ваше звернення замикається, щойно воно надходить. Відкрити його може лише відділ поліції з протидії торгівлі людьми.
info-what-happens-receipt = Ви отримуєте номер квитанції. Запишіть його. З ним ви можете повернутися, читати наші повідомлення й додавати інформацію.
info-what-happens-read = Слідчий відділу читає ваше звернення і вирішує, що робити далі.
info-what-happens-contact = Якщо ви про це просили, з вами зв’яжеться відділ або спеціалізований центр для жертв.
info-what-happens-status = З квитанцією ви бачите стан: отримано, опрацьовується або закрито. Ми ніколи не показуємо подробиць розслідування.
info-who-reads-title = Хто читає ваше звернення?
info-who-reads-section = Лише відділ з протидії торгівлі людьми поліцейської зони Брюссель-Північ. Інші поліцейські не можуть його прочитати.
info-who-reads-not-site = Цей сайт може замкнути звернення, але не може відкрити його знову.

## What we keep and what we do not keep
info-keep-title = Що ми зберігаємо, а що ні
info-keep-yes-title = Що ми зберігаємо
info-keep-report = Ваше звернення, замкнене. Відкрити його може лише відділ.
info-keep-messages = Повідомлення між вами та відділом, замкнені.
info-keep-day = День вашого звернення і кожного повідомлення. Не годину.
info-keep-status = Стан вашого звернення.
info-keep-no-title = Чого ми ніколи не зберігаємо
info-keep-no-address = Вашу інтернет-адресу (IP-адресу).
info-keep-no-browser = Ваш браузер або тип телефону чи комп’ютера, яким ви користуєтеся.
info-keep-no-time = Час вашого відвідування або вашого звернення.
info-keep-no-receipt = Номер вашої квитанції. Ми зберігаємо лише його відбиток. З відбитка номер відновити не можна.
info-keep-no-cookie = Файли cookie: ці сторінки їх не ставлять.
info-keep-no-other-sites = Будь-що з інших сайтів: ці сторінки нічого не завантажують звідкись іще.
info-keep-lost-receipt = Якщо ви загубите номер квитанції, ми не зможемо дати його вам знову. Ви можете надіслати нове звернення.

## The rights of victims
info-rights-title = Права жертв
info-rights-not-punished = Це не ви винні. Вас не мають карати за те, що вас змусили робити.
info-rights-status-title = Статус жертви
info-rights-status = У Бельгії жертва торгівлі людьми може отримати особливий статус. Він захищає вас і дозволяє залишатися в Бельгії, поки триває справа.
info-rights-conditions = Для цього статусу ви:
info-rights-condition-contact = припиняєте будь-який контакт з людьми, які вас експлуатують;
info-rights-condition-centre = приймаєте допомогу спеціалізованого центру;
info-rights-condition-statement = розповідаєте поліції або суду, що сталося.
info-rights-time-title = Час відпочити й подумати
info-rights-reflection = Спочатку у вас є 45 днів, щоб відпочити й подумати. У цей час ви можете залишатися в Бельгії. Вам ще не треба нічого вирішувати.
info-rights-stay = Якщо ви розповісте, що сталося, ви отримаєте документ, щоб залишитися на 3 місяці. Його можуть продовжувати, поки триває справа. Наприкінці ви можете отримати право залишитися назавжди.
info-rights-minors = Дитина до 18 років, яка сама в Бельгії, одразу отримує документ, щоб залишитися, і опікуна.
info-rights-centres-title = Хто може вам допомогти
info-rights-centres = Три спеціалізовані центри допомагають жертвам. Їхня допомога безкоштовна й конфіденційна. Ви можете піти до них, не звертаючись спершу до поліції.
info-rights-phone = Телефон центрів:
info-rights-leaflet = Ця інформація на одній сторінці, для друку, 12 мовами

## Emergency numbers
info-emergency-title = Екстрені номери
info-emergency-danger = Ви в небезпеці зараз? Телефонуйте 112.
info-emergency-112 = Екстрена допомога: швидка, пожежники, поліція.
info-emergency-101 = Поліція.
info-emergency-centres = Спеціалізовані центри для жертв торгівлі людьми. Не екстрений номер.
info-emergency-free = 112 і 101 безкоштовні, вдень і вночі, з будь-якого телефону.

# Too many wrong receipts (answered 429).
follow-up-too-many = Забагато спроб із неправильним номером. Щоб захистити звернення, зачекайте трохи й спробуйте пізніше.

# Pictures and identifiers on the report and in messages.
report-images = Фото (необов’язково)
report-images-hint = До 5 фото: JPEG, PNG або WebP, не більше 10 МБ кожне. Ми видаляємо приховані дані, наприклад де і коли зроблено фото.
report-images-again = Для вашої безпеки фото не зберігаються, коли форма повертається. Оберіть їх знову, перш ніж надсилати.
report-error-image-too-large = Одне фото більше за 10 МБ. Оберіть менші фото.
report-error-image-too-many = За один раз можна надіслати не більше 5 фото.
report-error-image-type = Один файл не є фото у форматі JPEG, PNG або WebP. Надіслати можна лише такі.
report-error-image-pixels = Одне фото надто велике (понад 50 мільйонів пікселів). Оберіть менше.
report-error-image-unreadable = Одне фото не вдалося прочитати. Можливо, воно пошкоджене або неповне.
report-error-invalid-text = Деякі символи в цьому полі не вдалося прочитати, і їх замінено. Перевірте текст.
report-error-form-broken = Ваша форма надійшла не повністю. Перевірте, що ви написали, і надішліть її ще раз.
report-error-form-too-large = Усе разом завелике, щоб надіслати. Надішліть менше фото або менші фото.
follow-up-add-images = Додати фото (необов’язково)
follow-up-images-sent = { $count ->
    [one] Ви надіслали { $count } фотографію.
    [few] Ви надіслали { $count } фотографії.
    [many] Ви надіслали { $count } фотографій.
   *[other] Ви надіслали { $count } фотографії.
}
report-hint-summary = Деякі дані, які ви вказали, виглядають незвично. Перевірте їх нижче або надішліть форму ще раз без змін.
report-hint-phones = Це не схоже на бельгійський або міжнародний номер телефону: { $values }. Перевірте його або надішліть без змін.
report-hint-plates = Це не схоже на номерний знак: { $values }. Перевірте його або надішліть без змін.
report-hint-websites = Це не схоже на адресу сайту: { $values }. Перевірте її або надішліть без змін.
report-hint-handles = Це не схоже на ім’я облікового запису: { $values }. Перевірте його або надішліть без змін.
report-hint-emails = Це не схоже на адресу електронної пошти: { $values }. Перевірте її або надішліть без змін.

# What we keep: pictures.
info-keep-pictures = Фото, які ви надсилаєте, замкнені, як і звернення.
info-keep-no-photo-data = Приховані дані у ваших фото, наприклад де і коли зроблено фото: ми видаляємо їх перед збереженням.
report-too-many = З цього з’єднання за короткий час надійшло багато повідомлень. Ваш текст збережено нижче: спробуйте ще раз за кілька хвилин. У разі небезпеки телефонуйте 112.
report-error-images-pixels = Разом фотографії завеликі (понад 100 мільйонів пікселів). Надішліть менше або менші.

# Error pages of the public area
public-error-not-found-title = Сторінку не знайдено
public-error-not-found-text = Такої сторінки не існує. Перевірте адресу або почніть знову з головної сторінки.
public-error-unavailable-title = Тимчасово недоступно
public-error-unavailable-text = Служба повідомлень зараз не може приймати повідомлення. Спробуйте ще раз трохи згодом. Якщо комусь зараз загрожує небезпека, телефонуйте 112.
public-error-internal-title = Щось пішло не так
public-error-internal-text = Можливо, ваше повідомлення не надіслано. Спробуйте ще раз трохи згодом. Якщо комусь зараз загрожує небезпека, телефонуйте 112.
public-error-too-large-title = Завелике для надсилання
public-error-too-large-text = Те, що ви надіслали, завелике. Надішліть менше фотографій або менші.
public-error-bad-request-title = Не вдалося прочитати форму
public-error-bad-request-text = Частина форми не надійшла. Поверніться, перевірте відповіді й надішліть її знову.
public-error-back-home = На головну сторінку
