# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Твърде много опити с грешен номер. За да защитим сигналите, изчакайте малко и опитайте отново по-късно.
