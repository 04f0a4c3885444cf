# Partner area: a partner organisation files reports on someone's behalf and follows them.
nav-partner = Our submissions
partner-title = Our organisation's submissions
partner-filed-notice = The report was sent to the police section against human trafficking.
partner-new = File a report for someone
partner-count = { $count ->
    [one] { $count } submission
   *[other] { $count } submissions
}
partner-none = Your organisation has not filed any report yet.
partner-day = Day
partner-status = Status
partner-messages = Messages
partner-unread = New replies
partner-unread-count = { $count ->
    [one] { $count } new reply
   *[other] { $count } new replies
}
partner-pages = Pages
partner-one-title = Submission
partner-back = Back to our submissions
partner-organisation = Organisation
partner-consent-recorded = Consent recorded on
partner-thread = Messages with the police section
partner-no-messages = No messages yet.
partner-from-section = Police section
partner-from-us = Your organisation or the person
partner-add-message = Add information or answer
partner-message-hint = The person can read this thread too with their receipt number.
partner-send = Send
partner-receipt-title = The report was received
partner-receipt-intro = Give this receipt number to the person. With it, they can follow the report themselves and read the messages, without you.
partner-receipt-once = It is shown only once. Neither you nor the police can find it again.
partner-receipt-confirm = The receipt number was written down
partner-receipt-continue = Continue
partner-new-title = File a report on someone's behalf
partner-new-intro = You file this report for { $organisation }. Write what the person told you, in plain words. It is locked so that only the police section against human trafficking can read it.
partner-error-summary = Some answers need a change. See the messages below.
partner-forms = What did the person see or live through?
partner-place = Where? (optional)
partner-when = When? (optional)
partner-people = People involved
partner-people-count = How many people?
partner-people-description = What do they look like?
partner-minor = Could a child (under 18) be involved?
partner-minor-yes = Yes
partner-minor-no = No
partner-minor-unknown = We do not know
partner-identifiers = Numbers, plates, websites (optional)
partner-identifiers-hint = One a line. Write them as they were given.
partner-phones = Phone numbers
partner-plates = Vehicle plates
partner-websites = Websites or ads
partner-handles = Social media names
partner-emails = E-mail addresses
partner-text = What happened?
partner-contact = Does the person want to be contacted?
partner-contact-none = No
partner-contact-section = Yes, by the police section against human trafficking
partner-contact-centre = Yes, by a specialised centre for victims
partner-contact-details = How can the person be reached? (optional)
partner-consent = Consent
partner-consent-box = The person agreed that we file this report for them.
partner-submit = Send the report
partner-error-consent = Tick the box once the person has agreed. Without their consent, the report cannot be sent.
partner-error-too-long = This is too long: at most { $max } characters.
partner-error-empty = Tick what the person saw or write a few words.
partner-error-message-empty = Write a message first.
