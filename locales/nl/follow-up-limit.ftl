# Follow-up: too many wrong receipts (answered 429).
follow-up-too-many = Te veel pogingen met een verkeerd nummer. Om de meldingen te beschermen: wacht even en probeer het later opnieuw.
