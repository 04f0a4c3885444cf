# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Zu viele Versuche mit einer falschen Nummer. Zum Schutz der Meldungen warten Sie bitte und versuchen Sie es später noch einmal.
