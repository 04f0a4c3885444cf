# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences. Vietnamese: "bạn", "mua bán người" as in victim-info.ftl.
# A report is "tin báo"; the receipt number is "số biên nhận".

## Layout
public-escape = Rời khỏi trang này ngay
public-emergency = Đang gặp nguy hiểm? Hãy gọi 112 (cấp cứu) hoặc 101 (cảnh sát).
public-languages = Ngôn ngữ
public-footer-nav = Tin báo
public-nav-report = Báo một việc
public-nav-follow-up = Quay lại với số biên nhận của tôi
public-nav-victim-info = Hỗ trợ nạn nhân
report-title = Báo một trường hợp có thể bị bóc lột
report-intro = Bạn không cần cho biết tên. Hãy viết những gì bạn đã thấy, bằng lời của bạn. Mọi điều bạn viết đều được khóa lại: chỉ đội cảnh sát phòng chống mua bán người mới đọc được.
report-error-summary = Một số câu trả lời cần sửa. Xem các thông báo bên dưới.
report-filed-by = Bạn là ai?
report-filed-by-witness = Tôi đã thấy hoặc nghe điều gì đó
report-filed-by-person-concerned = Việc này liên quan đến tôi
report-filed-by-partner = Một tổ chức đối tác
report-forms = Bạn đã thấy gì?
report-form-sexual = Bán dâm dưới sự kiểm soát của người khác
report-form-labour = Điều kiện làm việc hoặc chỗ ở tồi tệ
report-form-begging = Bị ép đi ăn xin
report-form-crime = Bị ép phạm tội
report-form-other = Việc khác
report-form-unsure = Tôi không chắc
report-place = Ở đâu? (không bắt buộc)
report-when = Khi nào? (không bắt buộc)
report-people = Những người liên quan
report-people-count = Có bao nhiêu người?
report-people-description = Họ trông như thế nào?
report-minor = Có thể có trẻ em (dưới 18 tuổi) liên quan không?
report-minor-yes = Có
report-minor-no = Không
report-minor-unknown = Tôi không biết
report-identifiers = Số điện thoại, biển số xe, trang web (không bắt buộc)
report-identifiers-hint = Mỗi dòng một mục. Viết đúng như bạn đã thấy.
report-phones = Số điện thoại
report-plates = Biển số xe
report-websites = Trang web hoặc quảng cáo
report-handles = Tên trên mạng xã hội
report-emails = Địa chỉ email
report-text = Chuyện gì đã xảy ra?
report-contact = Bạn có muốn được liên lạc không?
report-contact-none = Không
report-contact-section = Có, bởi đội cảnh sát phòng chống mua bán người
report-contact-centre = Có, bởi một trung tâm chuyên môn hỗ trợ nạn nhân
report-contact-details = Làm sao để liên lạc với bạn? (không bắt buộc)
report-sealed-note = Chúng tôi không lưu địa chỉ internet, trình duyệt của bạn, hay giờ bạn gửi tin báo.
report-submit = Gửi tin báo
report-error-filed-by = Hãy chọn bạn là ai.
report-error-too-long = Quá dài: tối đa { $max } ký tự.
report-error-too-many-lines = Quá nhiều dòng: tối đa { $max }.
report-error-choice = Hãy chọn một câu trả lời.
report-error-empty = Hãy đánh dấu những gì bạn đã thấy hoặc viết vài chữ.
report-error-message-empty = Hãy viết tin nhắn trước.
receipt-title = Chúng tôi đã nhận tin báo của bạn
receipt-intro = Đây là số biên nhận của bạn. Với số này, bạn có thể quay lại, xem việc tiếp theo và đọc tin nhắn của chúng tôi.
receipt-once = Hãy ghi lại ngay bây giờ. Trang này chỉ hiện số trong 10 phút, trong thẻ trình duyệt này; sau đó không ai có thể tìm lại được.
receipt-confirm = Tôi đã ghi lại số biên nhận
receipt-continue = Tiếp tục
receipt-expired = Vì sự an toàn của bạn, số biên nhận chỉ được hiện trong vài phút sau khi gửi báo cáo. Nếu bạn đã ghi lại, hãy dùng số đó trên trang theo dõi. Nếu chưa, bạn có thể gửi một báo cáo mới.
receipt-expired-title = Trang này đã hết hạn
receipt-answer-time = Chúng tôi thường trả lời trong vòng { $days } ngày làm việc. Hãy quay lại với số biên nhận để đọc câu trả lời của chúng tôi.
receipt-copied = Đã sao chép
receipt-copy = Sao chép số
receipt-safety = Hãy giữ ở nơi mà người kiểm soát bạn sẽ không tìm: học thuộc lòng, hoặc viết lẫn giữa các số khác, không ghi tên. Đừng lưu trong điện thoại mà người khác kiểm tra.
receipt-safety-title = Giữ số này an toàn
done-title = Cảm ơn bạn
done-text = Hãy giữ số biên nhận ở nơi an toàn. Vài ngày nữa hãy quay lại để đọc câu trả lời của chúng tôi.
follow-up-title = Theo dõi tin báo của bạn
follow-up-unknown = Chúng tôi không tìm thấy tin báo nào với số này. Hãy kiểm tra các chữ số và thử lại.
follow-up-receipt = Số biên nhận của bạn
follow-up-submit = Mở
follow-up-status = Tình trạng:
follow-up-messages = Tin nhắn
follow-up-no-messages = Chưa có tin nhắn.
follow-up-from-section = Đội cảnh sát
follow-up-from-you = Bạn
follow-up-from-partner = Tổ chức đã chuyển tin báo của bạn
follow-up-add = Thêm thông tin hoặc trả lời
follow-up-send = Gửi
report-status-received = Đã nhận
report-status-in-progress = Đang xử lý
report-status-closed = Đã đóng
follow-up-message-count = { $count ->
   *[other] { $count } tin nhắn
}

## More of the layout
public-nav-home = Trang chủ
public-nav-what-happens = Tin báo sẽ được xử lý thế nào
public-nav-what-we-keep = Chúng tôi lưu những gì
public-nav-rights = Quyền của nạn nhân
public-nav-emergency = Số điện thoại khẩn cấp
public-staff-sign-in = Nhân viên đăng nhập

## Landing page
landing-title = Hãy cho chúng tôi biết bạn đã thấy gì
landing-intro = Bạn có thể báo cho cảnh sát về mua bán người và bóc lột. Bạn không cần cho biết tên.
landing-choose-language = Chọn ngôn ngữ của bạn
landing-what-to-do = Bạn muốn làm gì?

## What happens to a report, and who reads it
info-what-happens-title = Tin báo của bạn sẽ được xử lý thế nào
info-what-happens-sealed = Tin báo của bạn được khóa lại ngay khi đến nơi. Chỉ đội cảnh sát phòng chống mua bán người mới mở được.
info-what-happens-receipt = Bạn nhận được một số biên nhận. Hãy ghi lại. Với số này, bạn có thể quay lại, đọc tin nhắn của chúng tôi và thêm thông tin.
info-what-happens-read = Một điều tra viên của đội đọc tin báo của bạn và quyết định việc tiếp theo.
info-what-happens-contact = Nếu bạn đã yêu cầu, đội sẽ liên lạc với bạn, hoặc một trung tâm chuyên môn hỗ trợ nạn nhân sẽ liên lạc.
info-what-happens-status = Với số biên nhận, bạn xem được tình trạng: đã nhận, đang xử lý hoặc đã đóng. Chúng tôi không bao giờ cho xem chi tiết điều tra.
info-who-reads-title = Ai đọc tin báo của bạn?
info-who-reads-section = Chỉ đội phòng chống mua bán người của khu cảnh sát Bắc Brussels. Các cảnh sát khác không đọc được.
info-who-reads-not-site = Trang web này có thể khóa một tin báo, nhưng không thể mở lại.

## What we keep and what we do not keep
info-keep-title = Chúng tôi lưu gì, và không lưu gì
info-keep-yes-title = Những gì chúng tôi lưu
info-keep-report = Tin báo của bạn, đã khóa. Chỉ đội mới mở được.
info-keep-messages = Tin nhắn giữa bạn và đội, đã khóa.
info-keep-day = Ngày bạn gửi tin báo và ngày của mỗi tin nhắn. Không lưu giờ.
info-keep-status = Tình trạng tin báo của bạn.
info-keep-no-title = Những gì chúng tôi không bao giờ lưu
info-keep-no-address = Địa chỉ internet của bạn (địa chỉ IP).
info-keep-no-browser = Trình duyệt của bạn, hoặc loại điện thoại hay máy tính bạn dùng.
info-keep-no-time = Giờ bạn vào trang hoặc gửi tin báo.
info-keep-no-receipt = Số biên nhận của bạn. Chúng tôi chỉ lưu một "dấu vân tay" của số đó. Từ dấu vân tay không thể tìm lại số.
info-keep-no-cookie = Cookie: các trang này không đặt cookie nào.
info-keep-no-other-sites = Bất cứ thứ gì từ trang web khác: các trang này không tải gì từ nơi khác.
info-keep-lost-receipt = Nếu bạn mất số biên nhận, chúng tôi không thể đưa lại cho bạn. Bạn có thể gửi một tin báo mới.

## The rights of victims
info-rights-title = Quyền của nạn nhân
info-rights-not-punished = Bạn không phải là người có lỗi. Bạn không nên bị phạt vì những gì bạn bị ép làm.
info-rights-status-title = Quy chế nạn nhân
info-rights-status = Ở Bỉ, nạn nhân mua bán người có thể được một quy chế đặc biệt. Quy chế này bảo vệ bạn và cho bạn ở lại Bỉ trong thời gian vụ việc được giải quyết.
info-rights-conditions = Để có quy chế này, bạn:
info-rights-condition-contact = cắt mọi liên lạc với những người bóc lột bạn;
info-rights-condition-centre = nhận sự giúp đỡ của một trung tâm chuyên môn;
info-rights-condition-statement = kể cho cảnh sát hoặc tòa án những gì đã xảy ra.
info-rights-time-title = Thời gian để nghỉ ngơi và suy nghĩ
info-rights-reflection = Trước hết, bạn có 45 ngày để nghỉ ngơi và suy nghĩ. Trong thời gian này bạn được ở lại Bỉ. Bạn chưa cần quyết định gì.
info-rights-stay = Nếu bạn kể những gì đã xảy ra, bạn được một giấy tờ để ở lại 3 tháng. Giấy này có thể được gia hạn trong thời gian vụ việc. Cuối cùng, bạn có thể được quyền ở lại lâu dài.
info-rights-minors = Trẻ em dưới 18 tuổi ở Bỉ một mình được cấp ngay giấy tờ để ở lại, và một người giám hộ.
info-rights-centres-title = Ai có thể giúp bạn
info-rights-centres = Ba trung tâm chuyên môn giúp nạn nhân. Sự giúp đỡ của họ miễn phí và bảo mật. Bạn có thể đến thẳng chỗ họ mà không cần đến cảnh sát trước.
info-rights-phone = Điện thoại của các trung tâm:
info-rights-leaflet = Thông tin này trên một trang, để in, bằng 12 ngôn ngữ

## Emergency numbers
info-emergency-title = Số điện thoại khẩn cấp
info-emergency-danger = Đang gặp nguy hiểm? Hãy gọi 112.
info-emergency-112 = Cấp cứu: xe cứu thương, cứu hỏa, cảnh sát.
info-emergency-101 = Cảnh sát.
info-emergency-centres = Các trung tâm chuyên môn hỗ trợ nạn nhân mua bán người. Không phải số khẩn cấp.
info-emergency-free = Gọi 112 và 101 miễn phí, ngày và đêm, từ mọi điện thoại.

# Too many wrong receipts (answered 429).
follow-up-too-many = Bạn đã thử sai số quá nhiều lần. Để bảo vệ các tin báo, vui lòng chờ một lúc rồi thử lại sau.

# Pictures and identifiers on the report and in messages.
report-images = Ảnh (không bắt buộc)
report-images-hint = Tối đa 5 ảnh: JPEG, PNG hoặc WebP, mỗi ảnh tối đa 10 MB. Chúng tôi xóa dữ liệu ẩn, ví dụ nơi và giờ chụp ảnh.
report-images-again = Vì an toàn của bạn, ảnh không được giữ lại khi biểu mẫu hiện lại. Hãy chọn lại ảnh trước khi gửi.
report-error-image-too-large = Có một ảnh lớn hơn 10 MB. Hãy chọn ảnh nhỏ hơn.
report-error-image-too-many = Mỗi lần bạn chỉ gửi được tối đa 5 ảnh.
report-error-image-type = Có một tệp không phải là ảnh JPEG, PNG hoặc WebP. Chỉ gửi được các loại ảnh này.
report-error-image-pixels = Có một ảnh quá lớn (hơn 50 triệu điểm ảnh). Hãy chọn ảnh nhỏ hơn.
report-error-image-unreadable = Không đọc được một ảnh. Có thể ảnh bị hỏng hoặc không đầy đủ.
report-error-invalid-text = Một số ký tự trong ô này không đọc được và đã được thay thế. Hãy kiểm tra lại nội dung.
report-error-form-broken = Biểu mẫu của bạn đến không đầy đủ. Hãy kiểm tra những gì bạn đã viết và gửi lại.
report-error-form-too-large = Tất cả cộng lại quá lớn để gửi. Hãy gửi ít ảnh hơn hoặc ảnh nhỏ hơn.
follow-up-add-images = Thêm ảnh (không bắt buộc)
follow-up-images-sent = { $count ->
   *[other] Bạn đã gửi { $count } ảnh.
}
report-hint-summary = Một số thông tin bạn đưa ra trông không bình thường. Hãy kiểm tra ở bên dưới, hoặc cứ gửi lại biểu mẫu như vậy.
report-hint-phones = Đây có vẻ không phải là số điện thoại của Bỉ hay số quốc tế: { $values }. Hãy kiểm tra lại, hoặc cứ gửi như vậy.
report-hint-plates = Đây có vẻ không phải là biển số xe: { $values }. Hãy kiểm tra lại, hoặc cứ gửi như vậy.
report-hint-websites = Đây có vẻ không phải là địa chỉ trang web: { $values }. Hãy kiểm tra lại, hoặc cứ gửi như vậy.
report-hint-handles = Đây có vẻ không phải là tên tài khoản: { $values }. Hãy kiểm tra lại, hoặc cứ gửi như vậy.
report-hint-emails = Đây có vẻ không phải là địa chỉ email: { $values }. Hãy kiểm tra lại, hoặc cứ gửi như vậy.

# What we keep: pictures.
info-keep-pictures = Ảnh bạn gửi, được khóa lại như tin báo.
info-keep-no-photo-data = Dữ liệu ẩn trong ảnh của bạn, ví dụ nơi và giờ chụp ảnh: chúng tôi xóa đi trước khi lưu ảnh.
report-too-many = Đã có nhiều báo cáo được gửi từ kết nối này trong thời gian ngắn. Nội dung của bạn vẫn được giữ bên dưới: hãy thử lại sau vài phút. Nếu gặp nguy hiểm, hãy gọi 112.
report-error-images-pixels = Tổng cộng các ảnh quá lớn (hơn 100 triệu điểm ảnh). Hãy gửi ít ảnh hơn hoặc ảnh nhỏ hơn.

# Error pages of the public area
public-error-not-found-title = Không tìm thấy trang
public-error-not-found-text = Trang này không tồn tại. Hãy kiểm tra địa chỉ hoặc bắt đầu lại từ trang chủ.
public-error-unavailable-title = Tạm thời không hoạt động
public-error-unavailable-text = Dịch vụ báo cáo hiện không thể nhận báo cáo. Hãy thử lại sau ít phút. Nếu có người đang gặp nguy hiểm, hãy gọi 112.
public-error-internal-title = Đã xảy ra lỗi
public-error-internal-text = Báo cáo của bạn có thể chưa được gửi. Hãy thử lại sau ít phút. Nếu có người đang gặp nguy hiểm, hãy gọi 112.
public-error-too-large-title = Quá lớn để gửi
public-error-too-large-text = Nội dung bạn gửi quá lớn. Hãy gửi ít ảnh hơn hoặc ảnh nhỏ hơn.
public-error-bad-request-title = Không đọc được biểu mẫu
public-error-bad-request-text = Một phần biểu mẫu không đến nơi. Hãy quay lại, kiểm tra câu trả lời và gửi lại.
public-error-back-home = Về trang chủ
