# Follow-up: too many wrong receipts (answered 429).
follow-up-too-many = Trop d'essais avec un mauvais numéro. Pour protéger les signalements, attendez un moment et réessayez plus tard.
