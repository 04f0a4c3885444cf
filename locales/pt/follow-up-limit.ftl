# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Demasiadas tentativas com um número errado. Para proteger as denúncias, aguarde um pouco e tente de novo mais tarde.
