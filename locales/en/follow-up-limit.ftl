# Follow-up: too many wrong receipts (answered 429).
follow-up-too-many = Too many tries with a wrong number. To protect reports, please wait a while and try again later.
