# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = 您有权利。您可以得到帮助。
victim-info-what-is-trafficking = 人口贩运是指有人把您带来、安排您住宿或控制您，用您来赚钱：无薪工作、强迫卖淫、乞讨或被迫犯罪。
victim-info-not-in-trouble = 有错的不是您。您不会因为被强迫做的事而受到惩罚。
victim-info-procedure = 比利时有受害者身份。它保护您，并可能给您居留权。专门中心会陪伴您。
victim-info-reflection-period = 您有45天时间考虑和休息。在此期间您可以留在比利时。您现在不必做任何决定。
victim-info-centres = 三个专门中心可以帮助您。免费且保密。
victim-info-centre-pag-asa = 布鲁塞尔的 PAG-ASA
victim-info-centre-payoke = 安特卫普的 Payoke
victim-info-centre-surya = 列日的 Sürya
victim-info-national-number = 全国电话：078 055 800。拨打这个号码可以联系这些中心。
victim-info-emergency = 遇到危险请拨打112。找警察请拨打101。
victim-info-support = 您也可以和 Espace P 或 UTSOPI 谈谈。这些组织帮助性工作者。

# Page furniture.
victim-info-page-title = 为人口贩卖受害者提供帮助
victim-info-print = 打印
victim-info-other-languages = 其他语言
victim-info-choose-language = 请选择您的语言
victim-info-escape = 立即离开本网站
