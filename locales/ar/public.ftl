# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences, modern standard Arabic.
# Numbers that must read left to right (phone numbers, receipts) are written by the templates, not here.
# Translation to be reviewed by a native speaker before production use.

## Layout
public-escape = غادر هذا الموقع الآن
public-emergency = في خطر الآن؟ اتصل بالرقم 112 (الطوارئ) أو 101 (الشرطة).
public-languages = اللغات
public-footer-nav = الإبلاغ
public-nav-report = أبلغ عن شيء
public-nav-follow-up = العودة برقم الإيصال
public-nav-victim-info = مساعدة الضحايا
report-title = الإبلاغ عن اشتباه في استغلال
report-intro = لا يلزمك ذكر اسمك. اكتب ما رأيته بكلماتك. كل ما تكتبه يُقفل، فلا يستطيع قراءته إلا قسم الشرطة المختص بمكافحة الاتجار بالبشر.
report-error-summary = بعض الإجابات تحتاج إلى تصحيح. انظر الرسائل أدناه.
report-filed-by = من أنت؟
report-filed-by-witness = رأيت أو سمعت شيئًا
report-filed-by-person-concerned = الأمر يتعلق بي
report-filed-by-partner = منظمة شريكة
report-forms = ماذا رأيت؟
report-form-sexual = عمل جنسي تحت سيطرة شخص آخر
report-form-labour = ظروف عمل أو سكن سيئة
report-form-begging = الإجبار على التسوّل
report-form-crime = الإجبار على ارتكاب جرائم
report-form-other = شيء آخر
report-form-unsure = لست متأكدًا
report-place = أين؟ (اختياري)
report-when = متى؟ (اختياري)
report-people = الأشخاص المعنيون
report-people-count = كم عدد الأشخاص؟
report-people-description = كيف يبدون؟
report-minor = هل يمكن أن يكون هناك طفل (أقل من 18 سنة)؟
report-minor-yes = نعم
report-minor-no = لا
report-minor-unknown = لا أعرف
report-identifiers = أرقام ولوحات سيارات ومواقع إنترنت (اختياري)
report-identifiers-hint = واحد في كل سطر. اكتبها كما رأيتها.
report-phones = أرقام الهاتف
report-plates = لوحات السيارات
report-websites = مواقع إنترنت أو إعلانات
report-handles = أسماء على وسائل التواصل الاجتماعي
report-emails = عناوين البريد الإلكتروني
report-text = ماذا حدث؟
report-contact = هل تريد أن نتواصل معك؟
report-contact-none = لا
report-contact-section = نعم، من قسم الشرطة المختص بمكافحة الاتجار بالبشر
report-contact-centre = نعم، من مركز متخصص لمساعدة الضحايا
report-contact-details = كيف يمكننا الوصول إليك؟ (اختياري)
report-sealed-note = لا نحتفظ بعنوانك على الإنترنت ولا بمتصفحك ولا بساعة إبلاغك.
report-submit = أرسل البلاغ
report-error-filed-by = اختر من أنت.
report-error-too-long = النص طويل جدًا: { $max } حرف على الأكثر.
report-error-too-many-lines = أسطر كثيرة جدًا: { $max } على الأكثر.
report-error-choice = اختر إحدى الإجابات.
report-error-empty = ضع علامة على ما رأيته أو اكتب بضع كلمات.
report-error-message-empty = اكتب رسالة أولًا.
receipt-title = وصلنا بلاغك
receipt-intro = هذا رقم الإيصال الخاص بك. به يمكنك العودة، ومعرفة ما يحدث، وقراءة رسائلنا.
receipt-once = اكتبه الآن. تعرضه هذه الصفحة لمدة 10 دقائق فقط، في علامة التبويب هذه؛ بعد ذلك لا يمكن لأحد العثور عليه مرة أخرى.
receipt-confirm = كتبت رقم الإيصال
receipt-continue = متابعة
receipt-expired = من أجل سلامتك، لا يُعرض رقم الإيصال إلا لبضع دقائق بعد إرسال البلاغ. إذا كتبته، فاستخدمه في صفحة المتابعة. وإن لم تفعل، يمكنك إرسال بلاغ جديد.
receipt-expired-title = انتهت صلاحية هذه الصفحة
receipt-answer-time = نرد عادة خلال { $days } أيام عمل. عد برقم الإيصال لتقرأ ردنا.
receipt-copied = تم النسخ
receipt-copy = انسخ الرقم
receipt-safety = احتفظ به حيث لا ينظر شخص يتحكم بك: احفظه عن ظهر قلب، أو اكتبه بين أرقام أخرى، من دون اسم. لا تحفظه في هاتف يتفقده شخص آخر.
receipt-safety-title = احتفظ به في مكان آمن
done-title = شكرًا لك
done-text = احفظ رقم الإيصال في مكان آمن. عُد بعد بضعة أيام لقراءة ردّنا.
follow-up-title = تابع بلاغك
follow-up-unknown = لم نجد بلاغًا بهذا الرقم. تحقق من الأرقام وحاول مرة أخرى.
follow-up-receipt = رقم الإيصال
follow-up-submit = فتح
follow-up-status = الحالة:
follow-up-messages = الرسائل
follow-up-no-messages = لا توجد رسائل بعد.
follow-up-from-section = قسم الشرطة
follow-up-from-you = أنت
follow-up-from-partner = الجمعية التي نقلت بلاغك
follow-up-add = أضف معلومات أو أجب
follow-up-send = إرسال
report-status-received = تم الاستلام
report-status-in-progress = قيد المعالجة
report-status-closed = مغلق
follow-up-message-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالةً
   *[other] { $count } رسالة
}

## More of the layout
public-nav-home = الصفحة الرئيسية
public-nav-what-happens = ماذا يحدث للبلاغ
public-nav-what-we-keep = ما نحتفظ به
public-nav-rights = حقوق الضحايا
public-nav-emergency = أرقام الطوارئ
public-staff-sign-in = دخول الموظفين

## Landing page
landing-title = أخبرنا بما رأيت
landing-intro = يمكنك إبلاغ الشرطة عن الاتجار بالبشر والاستغلال. لا يلزمك ذكر اسمك.
landing-choose-language = اختر لغتك
landing-what-to-do = ماذا تريد أن تفعل؟

## What happens to a report, and who reads it
info-what-happens-title = ماذا يحدث لبلاغك
info-what-happens-sealed = يُقفل بلاغك لحظة وصوله. لا يستطيع فتحه إلا قسم الشرطة المختص بمكافحة الاتجار بالبشر.
info-what-happens-receipt = تحصل على رقم إيصال. اكتبه. به يمكنك العودة وقراءة رسائلنا وإضافة معلومات.
info-what-happens-read = يقرأ أحد محققي القسم بلاغك ويقرر ما يجب فعله.
info-what-happens-contact = إذا طلبت ذلك، يتواصل معك القسم أو مركز متخصص لمساعدة الضحايا.
info-what-happens-status = برقم الإيصال ترى الحالة: تم الاستلام، أو قيد المعالجة، أو مغلق. لا نعرض أبدًا تفاصيل أي تحقيق.
info-who-reads-title = من يقرأ بلاغك؟
info-who-reads-section = قسم الشرطة المختص بمكافحة الاتجار بالبشر في منطقة شرطة بروكسل الشمالية فقط. لا يستطيع أفراد الشرطة الآخرون قراءته.
info-who-reads-not-site = يستطيع هذا الموقع إقفال البلاغ، لكنه لا يستطيع فتحه مرة أخرى.

## What we keep and what we do not keep
info-keep-title = ما نحتفظ به وما لا نحتفظ به
info-keep-yes-title = ما نحتفظ به
info-keep-report = بلاغك، مُقفلًا. لا يستطيع فتحه إلا القسم.
info-keep-messages = الرسائل بينك وبين القسم، مُقفلة.
info-keep-day = يوم بلاغك ويوم كل رسالة، لا الساعة.
info-keep-status = حالة بلاغك.
info-keep-no-title = ما لا نحتفظ به أبدًا
info-keep-no-address = عنوانك على الإنترنت (عنوان IP).
info-keep-no-browser = متصفحك، أو نوع الهاتف أو الحاسوب الذي تستخدمه.
info-keep-no-time = ساعة زيارتك أو ساعة بلاغك.
info-keep-no-receipt = رقم الإيصال. نحتفظ فقط ببصمة منه، ولا يمكن استرجاع الرقم منها.
info-keep-no-cookie = ملفات تعريف الارتباط (الكوكيز): هذه الصفحات لا تضع أيًّا منها.
info-keep-no-other-sites = أي شيء من مواقع أخرى: هذه الصفحات لا تحمّل شيئًا من مكان آخر.
info-keep-lost-receipt = إذا فقدت رقم الإيصال، لا نستطيع إعطاءه لك مرة أخرى. يمكنك إرسال بلاغ جديد.

## The rights of victims
info-rights-title = حقوق الضحايا
info-rights-not-punished = لستَ أنت من أخطأ. لا يجوز أن تُعاقَب على ما أُجبرت على فعله.
info-rights-status-title = وضع الضحية
info-rights-status = في بلجيكا يمكن لضحية الاتجار بالبشر أن تحصل على وضع خاص. يحميك هذا الوضع ويسمح لك بالبقاء في بلجيكا طوال مدة القضية.
info-rights-conditions = للحصول على هذا الوضع:
info-rights-condition-contact = تقطع كل اتصال بالأشخاص الذين يستغلونك؛
info-rights-condition-centre = تقبل مساعدة مركز متخصص؛
info-rights-condition-statement = تخبر الشرطة أو القضاء بما حدث.
info-rights-time-title = وقت للراحة والتفكير
info-rights-reflection = أولًا، لديك 45 يومًا للراحة والتفكير. يمكنك البقاء في بلجيكا خلال هذه المدة. لست مضطرًا لاتخاذ أي قرار الآن.
info-rights-stay = إذا أخبرت بما حدث، تحصل على وثيقة للإقامة مدة 3 أشهر. يمكن تمديدها طوال مدة القضية. وفي النهاية قد تحصل على حق الإقامة الدائمة.
info-rights-minors = الطفل الذي عمره أقل من 18 سنة ويكون وحده في بلجيكا يحصل فورًا على وثيقة للإقامة وعلى وصيّ.
info-rights-centres-title = من يستطيع مساعدتك
info-rights-centres = ثلاثة مراكز متخصصة تساعد الضحايا. مساعدتها مجانية وسرية. يمكنك الذهاب إليها دون المرور بالشرطة أولًا.
info-rights-phone = هاتف المراكز:
info-rights-leaflet = هذه المعلومات في صفحة واحدة للطباعة، بـ 12 لغة

## Emergency numbers
info-emergency-title = أرقام الطوارئ
info-emergency-danger = في خطر الآن؟ اتصل بالرقم 112.
info-emergency-112 = الطوارئ: الإسعاف، الإطفاء، الشرطة.
info-emergency-101 = الشرطة.
info-emergency-centres = المراكز المتخصصة لضحايا الاتجار بالبشر. ليس رقم طوارئ.
info-emergency-free = الرقمان 112 و101 مجانيان، ليلًا ونهارًا، من أي هاتف.

# Too many wrong receipts (answered 429).
follow-up-too-many = محاولات كثيرة برقم خاطئ. لحماية البلاغات، انتظر قليلًا ثم حاول مرة أخرى لاحقًا.

# Pictures and identifiers on the report and in messages.
report-images = صور (اختياري)
report-images-hint = حتى 5 صور: JPEG أو PNG أو WebP، وحجم كل صورة 10 ميغابايت على الأكثر. نحذف البيانات المخفية، مثل مكان التقاط الصورة ووقته.
report-images-again = لسلامتك، لا نحتفظ بالصور عندما يعود إليك النموذج. اخترها مرة أخرى قبل الإرسال.
report-error-image-too-large = إحدى الصور أكبر من 10 ميغابايت. اختر صورًا أصغر.
report-error-image-too-many = يمكنك إرسال 5 صور على الأكثر في المرة الواحدة.
report-error-image-type = أحد الملفات ليس صورة بصيغة JPEG أو PNG أو WebP. لا يمكن إرسال غير هذه الصيغ.
report-error-image-pixels = إحدى الصور كبيرة جدًا (أكثر من 50 مليون بكسل). اختر صورة أصغر.
report-error-image-unreadable = تعذّرت قراءة إحدى الصور. قد تكون تالفة أو ناقصة.
report-error-invalid-text = تعذّرت قراءة بعض الحروف في هذا الحقل، فاستُبدلت بغيرها. تحقق من النص.
report-error-form-broken = لم يصل النموذج كاملًا. تحقق مما كتبته وأرسله مرة أخرى.
report-error-form-too-large = المجموع كبير جدًا ولا يمكن إرساله. أرسل صورًا أقل عددًا أو أصغر حجمًا.
follow-up-add-images = أضف صورًا (اختياري)
follow-up-images-sent = { $count ->
    [zero] لم ترسل أي صورة.
    [one] أرسلت صورة واحدة.
    [two] أرسلت صورتين.
    [few] أرسلت { $count } صور.
    [many] أرسلت { $count } صورةً.
   *[other] أرسلت { $count } صورة.
}
report-hint-summary = بعض المعلومات التي كتبتها تبدو غير معتادة. تحقق منها أدناه، أو أرسل النموذج مرة أخرى كما هو.
report-hint-phones = هذا لا يبدو رقم هاتف بلجيكيًا أو دوليًا: { $values }. تحقق منه، أو أرسله كما هو.
report-hint-plates = هذا لا يبدو رقم لوحة سيارة: { $values }. تحقق منه، أو أرسله كما هو.
report-hint-websites = هذا لا يبدو عنوان موقع إنترنت: { $values }. تحقق منه، أو أرسله كما هو.
report-hint-handles = هذا لا يبدو اسم حساب: { $values }. تحقق منه، أو أرسله كما هو.
report-hint-emails = هذا لا يبدو عنوان بريد إلكتروني: { $values }. تحقق منه، أو أرسله كما هو.

# What we keep: pictures.
info-keep-pictures = الصور التي ترسلها، مُقفلة مثل البلاغ.
info-keep-no-photo-data = البيانات المخفية داخل صورك، مثل مكان التقاط الصورة ووقته: نحذفها قبل حفظ الصور.
report-too-many = وصلت بلاغات كثيرة من هذا الاتصال في وقت قصير. نصك محفوظ أدناه: حاول مرة أخرى بعد بضع دقائق. في حالة الخطر، اتصل بالرقم 112.
report-error-images-pixels = الصور معًا كبيرة جدًا (أكثر من 100 مليون بكسل). أرسل عددًا أقل أو صورًا أصغر.

# Error pages of the public area
public-error-not-found-title = الصفحة غير موجودة
public-error-not-found-text = هذه الصفحة غير موجودة. تحقّق من العنوان أو ابدأ من جديد من الصفحة الرئيسية.
public-error-unavailable-title = غير متاح مؤقتًا
public-error-unavailable-text = لا تستطيع خدمة الإبلاغ استقبال البلاغات الآن. حاول مرة أخرى بعد قليل. إذا كان أحد في خطر الآن، اتصل بالرقم 112.
public-error-internal-title = حدث خطأ ما
public-error-internal-text = ربما لم يُرسَل بلاغك. حاول مرة أخرى بعد قليل. إذا كان أحد في خطر الآن، اتصل بالرقم 112.
public-error-too-large-title = الحجم كبير جدًا للإرسال
public-error-too-large-text = ما أرسلته كبير جدًا. أرسل صورًا أقل أو أصغر.
public-error-bad-request-title = تعذّرت قراءة الاستمارة
public-error-bad-request-text = لم يصل جزء من الاستمارة. ارجع وتحقّق من إجاباتك وأرسلها مرة أخرى.
public-error-back-home = العودة إلى الصفحة الرئيسية
