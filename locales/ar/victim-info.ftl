# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = لديك حقوق. يمكنك الحصول على المساعدة.
victim-info-what-is-trafficking = الاتجار بالبشر هو أن يقوم شخص بإحضارك أو إسكانك أو السيطرة عليك ليكسب المال منك: عمل بلا أجر، أو دعارة قسرية، أو تسوّل، أو جرائم قسرية.
victim-info-not-in-trouble = أنت لست المخطئ. لن تُعاقَب على ما أُجبرت على فعله.
victim-info-procedure = في بلجيكا يوجد وضع قانوني للضحية. يحميك ويمكن أن يمنحك حق الإقامة. يرافقك مركز متخصص.
victim-info-reflection-period = لديك 45 يومًا للتفكير والراحة. خلال هذه المدة يمكنك البقاء في بلجيكا. لست مضطرًا لاتخاذ أي قرار الآن.
victim-info-centres = ثلاثة مراكز متخصصة يمكنها مساعدتك. الخدمة مجانية وسرية.
victim-info-centre-pag-asa = PAG-ASA في بروكسل
victim-info-centre-payoke = Payoke في أنتويرب
victim-info-centre-surya = Sürya في لييج
victim-info-national-number = الرقم الوطني: ⁦078 055 800⁩. هذا الرقم يصلك بهذه المراكز.
victim-info-emergency = في حالة الخطر، اتصل بالرقم 112. للشرطة، اتصل بالرقم 101.
victim-info-support = يمكنك أيضًا التحدث إلى Espace P أو UTSOPI. تساعد هذه الجمعيات العاملين في مجال الجنس.

# Page furniture.
victim-info-page-title = مساعدة ضحايا الاتجار بالبشر
victim-info-print = طباعة
victim-info-other-languages = لغات أخرى
victim-info-choose-language = اختر لغتك
victim-info-escape = غادر هذا الموقع الآن
