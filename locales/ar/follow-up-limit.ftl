# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = محاولات كثيرة برقم خاطئ. لحماية البلاغات، انتظر قليلًا ثم حاول مرة أخرى لاحقًا.
