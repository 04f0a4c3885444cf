# Follow-up: too many wrong receipts (answered 429) (translation to check by a native speaker).
follow-up-too-many = Prea multe încercări cu un număr greșit. Pentru a proteja sesizările, așteptați puțin și încercați din nou mai târziu.
