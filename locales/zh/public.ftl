# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. Simplified Chinese, "您", "人口贩运" as in victim-info.ftl.

## Layout
public-escape = 立即离开本网站
public-emergency = 现在有危险吗？请拨打112（紧急电话）或101（警察）。
public-languages = 语言
public-footer-nav = 举报
public-nav-report = 举报情况
public-nav-follow-up = 用我的回执号码查看
public-nav-victim-info = 受害者帮助
report-title = 举报可能的剥削
report-intro = 您不必留下姓名。请用您自己的话写下您看到的情况。您写的所有内容都会被锁住：只有警方的打击人口贩运科可以阅读。
report-error-summary = 有些回答需要修改。请看下面的提示。
report-filed-by = 您是谁？
report-filed-by-witness = 我看到或听到了一些情况
report-filed-by-person-concerned = 这和我本人有关
report-filed-by-partner = 合作机构
report-forms = 您看到了什么？
report-form-sexual = 在别人控制下从事性工作
report-form-labour = 很差的工作或居住条件
report-form-begging = 被迫乞讨
report-form-crime = 被迫犯罪
report-form-other = 其他情况
report-form-unsure = 我不确定
report-place = 在哪里？（可选）
report-when = 什么时候？（可选）
report-people = 涉及的人
report-people-count = 有几个人？
report-people-description = 他们长什么样？
report-minor = 可能涉及儿童（未满18岁）吗？
report-minor-yes = 是
report-minor-no = 否
report-minor-unknown = 我不知道
report-identifiers = 号码、车牌、网站（可选）
report-identifiers-hint = 每行写一个。按您看到的样子写。
report-phones = 电话号码
report-plates = 车牌号
report-websites = 网站或广告
report-handles = 社交媒体上的名字
report-emails = 电子邮箱地址
report-text = 发生了什么？
report-contact = 您希望有人联系您吗？
report-contact-none = 不希望
report-contact-section = 希望，由警方的打击人口贩运科联系
report-contact-centre = 希望，由受害者专门中心联系
report-contact-details = 我们怎样联系您？（可选）
report-sealed-note = 我们不保存您的网络地址、您的浏览器，也不保存您举报的时间。
report-submit = 发送举报
report-error-filed-by = 请选择您是谁。
report-error-too-long = 内容太长：最多{ $max }个字符。
report-error-too-many-lines = 行数太多：最多{ $max }行。
report-error-choice = 请选择一个回答。
report-error-empty = 请勾选您看到的情况，或写几句话。
report-error-message-empty = 请先写一条消息。
receipt-title = 我们已收到您的举报
receipt-intro = 这是您的回执号码。有了它，您可以回来查看进展，阅读我们的消息。
receipt-once = 请现在就记下来。此页面只在这个浏览器标签页中显示 10 分钟；之后任何人都无法再找到它。
receipt-confirm = 我已经记下了我的回执号码
receipt-continue = 继续
receipt-expired = 为了您的安全，回执号码只在报告发送后的几分钟内显示。如果您已记下，请在跟进页面使用它。如果没有，您可以发送一份新的报告。
receipt-expired-title = 此页面已过期
receipt-answer-time = 我们通常在 { $days } 个工作日内答复。请带着您的回执号码回来阅读我们的答复。
receipt-copied = 已复制
receipt-copy = 复制号码
receipt-safety = 请把它放在控制您的人不会去看的地方：把它背下来，或者不写名字地夹在其他号码中间。不要把它存在别人会检查的手机里。
receipt-safety-title = 妥善保管
done-title = 谢谢
done-text = 请把您的回执号码放在安全的地方。几天后回来阅读我们的回复。
follow-up-title = 查看您的举报
follow-up-unknown = 我们没有找到这个号码的举报。请检查数字后再试一次。
follow-up-receipt = 您的回执号码
follow-up-submit = 打开
follow-up-status = 状态：
follow-up-messages = 消息
follow-up-no-messages = 还没有消息。
follow-up-from-section = 警方
follow-up-from-you = 您
follow-up-from-partner = 转交您举报的机构
follow-up-add = 补充信息或回复
follow-up-send = 发送
report-status-received = 已收到
report-status-in-progress = 正在处理
report-status-closed = 已结束
follow-up-message-count = { $count ->
   *[other] { $count } 条消息
}

## More of the layout
public-nav-home = 首页
public-nav-what-happens = 举报之后会怎样
public-nav-what-we-keep = 我们保存什么
public-nav-rights = 受害者的权利
public-nav-emergency = 紧急电话
public-staff-sign-in = 工作人员登录

## Landing page
landing-title = 告诉我们您看到了什么
landing-intro = 您可以向警察举报人口贩运和剥削。您不必留下姓名。
landing-choose-language = 请选择您的语言
landing-what-to-do = 您想做什么？

## What happens to a report, and who reads it
info-what-happens-title = 您的举报之后会怎样
info-what-happens-sealed = 您的举报一到达就会被锁住。只有警方的打击人口贩运科可以打开。
info-what-happens-receipt = 您会得到一个回执号码。请记下来。有了它，您可以回来阅读我们的消息，并补充信息。
info-what-happens-read = 该科的一名调查员会阅读您的举报，并决定下一步怎么做。
info-what-happens-contact = 如果您提出了要求，该科会联系您，或由受害者专门中心联系您。
info-what-happens-status = 用回执号码，您可以看到状态：已收到、正在处理或已结束。我们从不显示调查的细节。
info-who-reads-title = 谁会阅读您的举报？
info-who-reads-section = 只有布鲁塞尔北区警区的打击人口贩运科。其他警察无法阅读。
info-who-reads-not-site = 本网站可以把举报锁住，但不能再打开它。

## What we keep and what we do not keep
info-keep-title = 我们保存什么，不保存什么
info-keep-yes-title = 我们保存的内容
info-keep-report = 您的举报，已锁住。只有该科可以打开。
info-keep-messages = 您和该科之间的消息，已锁住。
info-keep-day = 您举报和每条消息的日期。不保存具体时间。
info-keep-status = 您举报的状态。
info-keep-no-title = 我们从不保存的内容
info-keep-no-address = 您的网络地址（IP地址）。
info-keep-no-browser = 您的浏览器，或您使用的手机或电脑的类型。
info-keep-no-time = 您访问或举报的具体时间。
info-keep-no-receipt = 您的回执号码。我们只保存它的一个“指纹”，无法从指纹还原出号码。
info-keep-no-cookie = Cookie：这些网页不设置任何 Cookie。
info-keep-no-other-sites = 其他网站的任何内容：这些网页不从别处加载任何东西。
info-keep-lost-receipt = 如果您丢了回执号码，我们无法再给您。您可以发送一份新的举报。

## The rights of victims
info-rights-title = 受害者的权利
info-rights-not-punished = 有错的不是您。您不应因为被强迫做的事而受到惩罚。
info-rights-status-title = 受害者身份
info-rights-status = 在比利时，人口贩运的受害者可以得到一种特别身份。它保护您，并让您在案件进行期间留在比利时。
info-rights-conditions = 要得到这个身份，您需要：
info-rights-condition-contact = 断绝与剥削您的人的一切联系；
info-rights-condition-centre = 接受专门中心的帮助；
info-rights-condition-statement = 把发生的事告诉警察或司法机关。
info-rights-time-title = 休息和考虑的时间
info-rights-reflection = 首先，您有45天时间休息和考虑。在此期间您可以留在比利时。您现在还不必做任何决定。
info-rights-stay = 如果您讲出发生的事，您会得到一份可以居留3个月的证件。在案件进行期间可以延长。最后，您可能得到永久居留的权利。
info-rights-minors = 在比利时独自一人的未满18岁儿童，会马上得到一份居留证件和一名监护人。
info-rights-centres-title = 谁可以帮助您
info-rights-centres = 三个专门中心帮助受害者。他们的帮助免费且保密。您可以直接去找他们，不必先去警察局。
info-rights-phone = 各中心的电话：
info-rights-leaflet = 这些信息的单页版，可打印，有12种语言

## Emergency numbers
info-emergency-title = 紧急电话
info-emergency-danger = 现在有危险吗？请拨打112。
info-emergency-112 = 紧急电话：救护车、消防、警察。
info-emergency-101 = 警察。
info-emergency-centres = 人口贩运受害者专门中心。不是紧急电话。
info-emergency-free = 112和101免费，日夜可打，任何电话都可以拨打。

# Too many wrong receipts (answered 429).
follow-up-too-many = 错误号码尝试次数过多。为保护举报，请稍等，稍后再试。

# Pictures and identifiers on the report and in messages.
report-images = 照片（可选）
report-images-hint = 最多 5 张照片：JPEG、PNG 或 WebP 格式，每张不超过 10 MB。我们会删除照片里的隐藏信息，例如拍摄地点和时间。
report-images-again = 为了您的安全，表单退回时不会保留照片。发送前请重新选择照片。
report-error-image-too-large = 有一张照片超过 10 MB。请选择小一些的照片。
report-error-image-too-many = 一次最多只能发送 5 张照片。
report-error-image-type = 有一个文件不是 JPEG、PNG 或 WebP 格式的照片。只能发送这几种照片。
report-error-image-pixels = 有一张照片太大了（超过 5000 万像素）。请选择小一些的照片。
report-error-image-unreadable = 有一张照片无法读取。它可能已损坏或不完整。
report-error-invalid-text = 这一栏里有些字符无法读取，已被替换。请检查文字。
report-error-form-broken = 您的表单没有完整送达。请检查您写的内容，然后重新发送。
report-error-form-too-large = 所有内容加在一起太大，无法发送。请少发几张照片，或发送小一些的照片。
follow-up-add-images = 添加照片（可选）
follow-up-images-sent = { $count ->
   *[other] 您已发送 { $count } 张照片。
}
report-hint-summary = 您填写的一些信息看起来不太寻常。请在下面检查，或按原样再次发送表单。
report-hint-phones = 这看起来不像比利时或国际电话号码：{ $values }。请检查，或按原样发送。
report-hint-plates = 这看起来不像车牌号：{ $values }。请检查，或按原样发送。
report-hint-websites = 这看起来不像网址：{ $values }。请检查，或按原样发送。
report-hint-handles = 这看起来不像账户名：{ $values }。请检查，或按原样发送。
report-hint-emails = 这看起来不像电子邮箱地址：{ $values }。请检查，或按原样发送。

# What we keep: pictures.
info-keep-pictures = 您发送的照片，和举报一样已锁住。
info-keep-no-photo-data = 照片里的隐藏信息，例如拍摄地点和时间：我们在保存照片前会将其删除。
report-too-many = 短时间内从此连接收到了很多举报。您的文字保留在下方：请过几分钟再试。如遇危险，请拨打 112。
report-error-images-pixels = 这些照片加起来太大了（超过 1 亿像素）。请少发几张或发送更小的照片。

# Error pages of the public area
public-error-not-found-title = 找不到页面
public-error-not-found-text = 此页面不存在。请检查网址，或从首页重新开始。
public-error-unavailable-title = 暂时无法使用
public-error-unavailable-text = 举报服务目前无法接收举报。请稍后再试。如果有人此刻处于危险中，请拨打 112。
public-error-internal-title = 出现问题
public-error-internal-text = 您的举报可能没有发送成功。请稍后再试。如果有人此刻处于危险中，请拨打 112。
public-error-too-large-title = 内容过大，无法发送
public-error-too-large-text = 您发送的内容过大。请发送更少或更小的图片。
public-error-bad-request-title = 无法读取表单
public-error-bad-request-text = 表单的一部分没有送达。请返回，检查您的回答后重新发送。
public-error-back-home = 返回首页
