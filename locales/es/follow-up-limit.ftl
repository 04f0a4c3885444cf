# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Demasiados intentos con un número equivocado. Para proteger las denuncias, espere un momento y vuelva a intentarlo más tarde.
