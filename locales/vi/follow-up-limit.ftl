# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Bạn đã thử sai số quá nhiều lần. Để bảo vệ các báo cáo, vui lòng chờ một lúc rồi thử lại sau.
