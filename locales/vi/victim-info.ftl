# Information for a person who may be a victim of trafficking in human beings.
# Plain short sentences. Phone numbers: keep in sync with catalogues/screening/be-frontline-actions.toml.
# Translation to be reviewed by a native speaker before production use.

victim-info-title = Bạn có quyền. Bạn có thể được giúp đỡ.
victim-info-what-is-trafficking = Mua bán người là khi ai đó đưa bạn đến, cho bạn ở hoặc kiểm soát bạn để kiếm tiền từ bạn: làm việc không lương, bị ép bán dâm, ăn xin hoặc bị ép phạm tội.
victim-info-not-in-trouble = Bạn không phải là người có lỗi. Bạn sẽ không bị phạt vì những gì bạn bị ép làm.
victim-info-procedure = Ở Bỉ có quy chế nạn nhân. Quy chế này bảo vệ bạn và có thể cho bạn quyền cư trú. Một trung tâm chuyên môn sẽ đồng hành cùng bạn.
victim-info-reflection-period = Bạn có 45 ngày để suy nghĩ và nghỉ ngơi. Trong thời gian này bạn được ở lại Bỉ. Bạn không cần quyết định gì ngay bây giờ.
victim-info-centres = Ba trung tâm chuyên môn có thể giúp bạn. Miễn phí và bảo mật.
victim-info-centre-pag-asa = PAG-ASA ở Brussels
victim-info-centre-payoke = Payoke ở Antwerp
victim-info-centre-surya = Sürya ở Liège
victim-info-national-number = Số điện thoại quốc gia: 078 055 800. Số này kết nối bạn với các trung tâm trên.
victim-info-emergency = Khi gặp nguy hiểm, hãy gọi 112. Gọi cảnh sát: 101.
victim-info-support = Bạn cũng có thể nói chuyện với Espace P hoặc UTSOPI. Các tổ chức này giúp người bán dâm.

# Page furniture.
victim-info-page-title = Hỗ trợ nạn nhân của nạn buôn người
victim-info-print = In trang này
victim-info-other-languages = Ngôn ngữ khác
victim-info-choose-language = Chọn ngôn ngữ của bạn
victim-info-escape = Rời khỏi trang này ngay
