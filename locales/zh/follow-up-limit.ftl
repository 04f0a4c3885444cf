# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = 错误号码尝试次数过多。为保护举报，请稍等，稍后再试。
