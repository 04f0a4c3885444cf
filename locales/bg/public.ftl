# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. Bulgarian: "вие", as in victim-info.ftl.

## Layout
public-escape = Напуснете този сайт сега
public-emergency = В опасност ли сте сега? Обадете се на 112 (спешни случаи) или на 101 (полиция).
public-languages = Езици
public-footer-nav = Сигнал
public-nav-report = Подайте сигнал
public-nav-follow-up = Върнете се с вашата разписка
public-nav-victim-info = Помощ за жертви
report-title = Сигнал за възможна експлоатация
report-intro = Не е нужно да казвате името си. Напишете какво видяхте, с ваши думи. Всичко, което пишете, се заключва: само полицейският отдел срещу трафика на хора може да го прочете.
report-error-summary = Някои отговори трябва да се поправят. Вижте съобщенията по-долу.
report-filed-by = Кой сте вие?
report-filed-by-witness = Видях или чух нещо
report-filed-by-person-concerned = Става дума за мен
report-filed-by-partner = Партньорска организация
report-forms = Какво видяхте?
report-form-sexual = Секс работа под контрола на някого
report-form-labour = Лоши условия на работа или на живот
report-form-begging = Принуждаване към просия
report-form-crime = Принуждаване към престъпления
report-form-other = Нещо друго
report-form-unsure = Не съм сигурен
report-place = Къде? (по желание)
report-when = Кога? (по желание)
report-people = Засегнати хора
report-people-count = Колко души?
report-people-description = Как изглеждат?
report-minor = Може ли да е засегнато дете (под 18 години)?
report-minor-yes = Да
report-minor-no = Не
report-minor-unknown = Не знам
report-identifiers = Номера, регистрационни номера, сайтове (по желание)
report-identifiers-hint = По един на ред. Напишете ги така, както ги видяхте.
report-phones = Телефонни номера
report-plates = Регистрационни номера на коли
report-websites = Сайтове или обяви
report-handles = Имена в социалните мрежи
report-emails = Имейл адреси
report-text = Какво се случи?
report-contact = Искате ли да се свържат с вас?
report-contact-none = Не
report-contact-section = Да, полицейският отдел срещу трафика на хора
report-contact-centre = Да, специализиран център за жертви
report-contact-details = Как можем да се свържем с вас? (по желание)
report-sealed-note = Не пазим вашия интернет адрес, вашия браузър, нито часа на вашия сигнал.
report-submit = Изпратете сигнала
report-error-filed-by = Изберете кой сте.
report-error-too-long = Твърде дълго е: най-много { $max } знака.
report-error-too-many-lines = Твърде много редове: най-много { $max }.
report-error-choice = Изберете един от отговорите.
report-error-empty = Отбележете какво видяхте или напишете няколко думи.
report-error-message-empty = Първо напишете съобщение.
receipt-title = Вашият сигнал е получен
receipt-intro = Това е номерът на вашата разписка. С него можете да се върнете, да видите какво става и да четете нашите съобщения.
receipt-once = Запишете го сега. Тази страница го показва само 10 минути, в този раздел; след това никой не може да го намери отново.
receipt-confirm = Записах номера на разписката си
receipt-continue = Продължете
receipt-expired = За вашата безопасност номерът на разписката се показва само няколко минути след изпращане на сигнал. Ако сте го записали, използвайте го на страницата за проследяване. Ако не, можете да изпратите нов сигнал.
receipt-expired-title = Тази страница е изтекла
receipt-answer-time = Обикновено отговаряме в рамките на { $days } работни дни. Върнете се с номера на разписката, за да прочетете нашия отговор.
receipt-copied = Копирано
receipt-copy = Копиране на номера
receipt-safety = Пазете го там, където човек, който ви контролира, не би погледнал: научете го наизуст или го запишете между други номера, без име. Не го запазвайте в телефон, който някой друг проверява.
receipt-safety-title = Пазете го на сигурно място
done-title = Благодарим ви
done-text = Пазете номера на разписката си на сигурно място. Върнете се след няколко дни, за да прочетете нашия отговор.
follow-up-title = Проследете вашия сигнал
follow-up-unknown = Не намерихме сигнал с този номер. Проверете цифрите и опитайте отново.
follow-up-receipt = Номерът на вашата разписка
follow-up-submit = Отворете
follow-up-status = Състояние:
follow-up-messages = Съобщения
follow-up-no-messages = Още няма съобщения.
follow-up-from-section = Полицейски отдел
follow-up-from-you = Вие
follow-up-from-partner = Организацията, която предаде вашия сигнал
follow-up-add = Добавете информация или отговорете
follow-up-send = Изпратете
report-status-received = Получен
report-status-in-progress = В обработка
report-status-closed = Приключен
follow-up-message-count = { $count ->
    [one] { $count } съобщение
   *[other] { $count } съобщения
}

## More of the layout
public-nav-home = Начало
public-nav-what-happens = Какво става със сигнала
public-nav-what-we-keep = Какво пазим
public-nav-rights = Права на жертвите
public-nav-emergency = Спешни номера
public-staff-sign-in = Вход за служители

## Landing page
landing-title = Кажете ни какво видяхте
landing-intro = Можете да съобщите на полицията за трафик на хора и експлоатация. Не е нужно да казвате името си.
landing-choose-language = Изберете вашия език
landing-what-to-do = Какво искате да направите?

## What happens to a report, and who reads it
info-what-happens-title = Какво става с вашия сигнал
info-what-happens-sealed = Вашият сигнал се заключва веднага щом пристигне. Само полицейският отдел срещу трафика на хора може да го отвори.
info-what-happens-receipt = Получавате номер на разписка. Запишете го. С него можете да се върнете, да четете нашите съобщения и да добавяте информация.
info-what-happens-read = Разследващ служител от отдела чете вашия сигнал и решава какво да се направи.
info-what-happens-contact = Ако сте поискали, отделът се свързва с вас или това прави специализиран център за жертви.
info-what-happens-status = С разписката виждате състоянието: получен, в обработка или приключен. Никога не показваме подробности от разследване.
info-who-reads-title = Кой чете вашия сигнал?
info-who-reads-section = Само отделът срещу трафика на хора на полицейска зона Брюксел-Север. Други полицаи не могат да го четат.
info-who-reads-not-site = Този сайт може да заключи сигнал, но не може да го отвори отново.

## What we keep and what we do not keep
info-keep-title = Какво пазим и какво не пазим
info-keep-yes-title = Какво пазим
info-keep-report = Вашият сигнал, заключен. Само отделът може да го отвори.
info-keep-messages = Съобщенията между вас и отдела, заключени.
info-keep-day = Деня на вашия сигнал и на всяко съобщение. Не и часа.
info-keep-status = Състоянието на вашия сигнал.
info-keep-no-title = Какво никога не пазим
info-keep-no-address = Вашия интернет адрес (IP адрес).
info-keep-no-browser = Вашия браузър или вида телефон или компютър, който използвате.
info-keep-no-time = Часа на вашето посещение или на вашия сигнал.
info-keep-no-receipt = Номера на вашата разписка. Пазим само негов отпечатък. От отпечатъка номерът не може да се получи обратно.
info-keep-no-cookie = Бисквитки: тези страници не слагат никакви.
info-keep-no-other-sites = Нищо от други сайтове: тези страници не зареждат нищо отвън.
info-keep-lost-receipt = Ако загубите номера на разписката си, не можем да ви го дадем отново. Можете да изпратите нов сигнал.

## The rights of victims
info-rights-title = Права на жертвите
info-rights-not-punished = Не вие сте виновни. Не трябва да бъдете наказани за това, което са ви принудили да правите.
info-rights-status-title = Статут на жертва
info-rights-status = В Белгия жертва на трафик на хора може да получи специален статут. Той ви защитава и ви позволява да останете в Белгия, докато трае делото.
info-rights-conditions = За този статут вие:
info-rights-condition-contact = прекратявате всеки контакт с хората, които ви експлоатират;
info-rights-condition-centre = приемате помощ от специализиран център;
info-rights-condition-statement = казвате на полицията или на съда какво се е случило.
info-rights-time-title = Време да си починете и да помислите
info-rights-reflection = Първо имате 45 дни да си починете и да помислите. През това време можете да останете в Белгия. Още не е нужно да решавате нищо.
info-rights-stay = Ако разкажете какво се е случило, получавате документ, за да останете 3 месеца. Той може да се удължава, докато трае делото. Накрая можете да получите право да останете завинаги.
info-rights-minors = Дете под 18 години, което е само в Белгия, веднага получава документ, за да остане, и настойник.
info-rights-centres-title = Кой може да ви помогне
info-rights-centres = Три специализирани центъра помагат на жертвите. Помощта им е безплатна и поверителна. Можете да отидете при тях, без първо да ходите в полицията.
info-rights-phone = Телефон на центровете:
info-rights-leaflet = Тази информация на една страница, за печат, на 12 езика

## Emergency numbers
info-emergency-title = Спешни номера
info-emergency-danger = В опасност ли сте сега? Обадете се на 112.
info-emergency-112 = Спешни случаи: линейка, пожарна, полиция.
info-emergency-101 = Полиция.
info-emergency-centres = Специализирани центрове за жертви на трафик на хора. Не е спешен номер.
info-emergency-free = 112 и 101 са безплатни, денем и нощем, от всеки телефон.

# Too many wrong receipts (answered 429).
follow-up-too-many = Твърде много опити с грешен номер. За да защитим сигналите, изчакайте малко и опитайте отново по-късно.

# Pictures and identifiers on the report and in messages.
report-images = Снимки (по желание)
report-images-hint = До 5 снимки: JPEG, PNG или WebP, най-много 10 MB всяка. Премахваме скритите данни, например мястото и часа, когато е направена снимката.
report-images-again = За ваша безопасност снимките не се пазят, когато формулярът се върне. Изберете ги отново, преди да изпратите.
report-error-image-too-large = Една снимка е по-голяма от 10 MB. Изберете по-малки снимки.
report-error-image-too-many = Можете да изпратите най-много 5 снимки наведнъж.
report-error-image-type = Един файл не е снимка във формат JPEG, PNG или WebP. Могат да се изпращат само такива.
report-error-image-pixels = Една снимка е твърде голяма (над 50 милиона пиксела). Изберете по-малка.
report-error-image-unreadable = Една снимка не можа да бъде прочетена. Може да е повредена или непълна.
report-error-invalid-text = Някои знаци в това поле не можаха да бъдат прочетени и бяха заменени. Проверете текста.
report-error-form-broken = Вашият формуляр не пристигна цял. Проверете какво написахте и го изпратете отново.
report-error-form-too-large = Всичко заедно е твърде голямо, за да се изпрати. Изпратете по-малко снимки или по-малки снимки.
follow-up-add-images = Добавете снимки (по желание)
follow-up-images-sent = { $count ->
    [one] Изпратили сте { $count } снимка.
   *[other] Изпратили сте { $count } снимки.
}
report-hint-summary = Някои от данните, които дадохте, изглеждат необичайно. Проверете ги по-долу или изпратете формуляра отново без промяна.
report-hint-phones = Това не прилича на белгийски или международен телефонен номер: { $values }. Проверете го или го изпратете без промяна.
report-hint-plates = Това не прилича на регистрационен номер: { $values }. Проверете го или го изпратете без промяна.
report-hint-websites = Това не прилича на адрес на сайт: { $values }. Проверете го или го изпратете без промяна.
report-hint-handles = Това не прилича на име на профил: { $values }. Проверете го или го изпратете без промяна.
report-hint-emails = Това не прилича на имейл адрес: { $values }. Проверете го или го изпратете без промяна.

# What we keep: pictures.
info-keep-pictures = Снимките, които изпращате, заключени като сигнала.
info-keep-no-photo-data = Скритите данни във вашите снимки, например къде и кога е направена снимката: премахваме ги, преди да запазим снимките.
report-too-many = От тази връзка пристигнаха много сигнали за кратко време. Текстът ви е запазен по-долу: опитайте отново след няколко минути. При опасност се обадете на 112.
report-error-images-pixels = Заедно снимките са твърде големи (над 100 милиона пиксела). Изпратете по-малко или по-малки.

# Error pages of the public area
public-error-not-found-title = Страницата не е намерена
public-error-not-found-text = Тази страница не съществува. Проверете адреса или започнете отначало от началната страница.
public-error-unavailable-title = Временно недостъпно
public-error-unavailable-text = Услугата за сигнали не може да приема сигнали в момента. Опитайте отново след малко. Ако някой е в опасност сега, обадете се на 112.
public-error-internal-title = Нещо се обърка
public-error-internal-text = Възможно е сигналът ви да не е изпратен. Опитайте отново след малко. Ако някой е в опасност сега, обадете се на 112.
public-error-too-large-title = Твърде голямо за изпращане
public-error-too-large-text = Изпратеното е твърде голямо. Изпратете по-малко или по-малки снимки.
public-error-bad-request-title = Формулярът не можа да бъде прочетен
public-error-bad-request-text = Част от формуляра не пристигна. Върнете се, проверете отговорите си и го изпратете отново.
public-error-back-home = Към началната страница
