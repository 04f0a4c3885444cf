# Public reporting channel: every text of the public area (layout, landing, report, receipt, follow-up, information pages).
# Every public language has every key (tests/locales.rs). Plain, short sentences.

## Layout
public-escape = Leave this site now
public-emergency = In danger now? Call 112 (emergency) or 101 (police).
public-languages = Languages
public-footer-nav = Reporting
public-nav-report = Report something
public-nav-follow-up = Come back with my receipt
public-nav-victim-info = Help for victims
report-title = Report a suspected exploitation
report-intro = You do not have to give your name. Write what you saw, in your own words. Everything you write is locked so that only the police section against human trafficking can read it.
report-error-summary = Some answers need a change. See the messages below.
report-filed-by = Who are you?
report-filed-by-witness = I saw or heard something
report-filed-by-person-concerned = It is about me
report-filed-by-partner = A partner organisation
report-forms = What did you see?
report-form-sexual = Sex work under someone's control
report-form-labour = Bad work or living conditions
report-form-begging = Being made to beg
report-form-crime = Being made to commit crimes
report-form-other = Something else
report-form-unsure = I am not sure
report-place = Where? (optional)
report-when = When? (optional)
report-people = People involved
report-people-count = How many people?
report-people-description = What do they look like?
report-minor = Could a child (under 18) be involved?
report-minor-yes = Yes
report-minor-no = No
report-minor-unknown = I do not know
report-identifiers = Numbers, plates, websites (optional)
report-identifiers-hint = One a line. Write them as you saw them.
report-phones = Phone numbers
report-plates = Vehicle plates
report-websites = Websites or ads
report-handles = Social media names
report-emails = E-mail addresses
report-text = What happened?
report-contact = Do you want to be contacted?
report-contact-none = No
report-contact-section = Yes, by the police section against human trafficking
report-contact-centre = Yes, by a specialised centre for victims
report-contact-details = How can we reach you? (optional)
report-sealed-note = We do not keep your address on the internet, your browser or the time of your report.
report-submit = Send the report
report-error-filed-by = Choose who you are.
report-error-too-long = This is too long: at most { $max } characters.
report-error-too-many-lines = Too many lines: at most { $max }.
report-error-choice = Choose one of the answers.
report-error-empty = Tick what you saw or write a few words.
report-error-message-empty = Write a message first.
receipt-title = Your report was received
receipt-intro = This is your receipt number. With it, you can come back, see what happens and read our messages.
receipt-once = Write it down now. This page shows it for 10 minutes only, in this browser tab; after that nobody can find it again.
receipt-confirm = I have written down my receipt number
receipt-continue = Continue
receipt-expired = For your safety, the receipt number is shown only for a few minutes after a report is sent. If you wrote it down, use it on the follow-up page. If not, you can send a new report.
receipt-expired-title = This page has expired
receipt-answer-time = We usually answer within { $days } working days. Come back with your receipt number to read our answer.
receipt-copied = Copied
receipt-copy = Copy the number
receipt-safety = Keep it where a person who controls you would not look: learn it by heart, or write it among other numbers, without a name. Do not save it in a phone that someone else checks.
receipt-safety-title = Keep it safe
done-title = Thank you
done-text = Keep your receipt number in a safe place. Come back in a few days to read our answer.
follow-up-title = Follow your report
follow-up-unknown = We did not find a report with this number. Check the digits and try again.
follow-up-receipt = Your receipt number
follow-up-submit = Open
follow-up-status = Status:
follow-up-messages = Messages
follow-up-no-messages = No messages yet.
follow-up-from-section = Police section
follow-up-from-you = You
follow-up-from-partner = The organisation that passed on your report
follow-up-add = Add information or answer
follow-up-send = Send
report-status-received = Received
report-status-in-progress = Being handled
report-status-closed = Closed
follow-up-message-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}

## More of the layout
public-nav-home = Home
public-nav-what-happens = What happens to a report
public-nav-what-we-keep = What we keep
public-nav-rights = Rights of victims
public-nav-emergency = Emergency numbers
public-staff-sign-in = Staff sign-in

## Landing page
landing-title = Tell us what you saw
landing-intro = You can tell the police about human trafficking and exploitation. You do not have to give your name.
landing-choose-language = Choose your language
landing-what-to-do = What do you want to do?

## What happens to a report, and who reads it
info-what-happens-title = What happens to your report
info-what-happens-sealed = Your report is locked the moment it arrives. Only the police section against human trafficking can open it.
info-what-happens-receipt = You get a receipt number. Write it down. With it, you can come back, read our messages and add information.
info-what-happens-read = An investigator of the section reads your report and decides what to do.
info-what-happens-contact = If you asked for it, the section contacts you, or a specialised centre for victims does.
info-what-happens-status = With your receipt you see the status: received, being handled or closed. We never show details of an investigation.
info-who-reads-title = Who reads your report?
info-who-reads-section = Only the police section against human trafficking of the police zone Brussels North. Other police officers cannot read it.
info-who-reads-not-site = This website can lock a report, but it cannot open it again.

## What we keep and what we do not keep
info-keep-title = What we keep, and what we do not keep
info-keep-yes-title = What we keep
info-keep-report = Your report, locked. Only the section can open it.
info-keep-messages = The messages between you and the section, locked.
info-keep-day = The day of your report and of each message. Not the hour.
info-keep-status = The status of your report.
info-keep-no-title = What we never keep
info-keep-no-address = Your internet address (IP address).
info-keep-no-browser = Your browser or the kind of phone or computer you use.
info-keep-no-time = The hour of your visit or of your report.
info-keep-no-receipt = Your receipt number. We keep only a fingerprint of it, which cannot be turned back into the number.
info-keep-no-cookie = Cookies: these pages set none.
info-keep-no-other-sites = Anything from other websites: these pages load nothing from elsewhere.
info-keep-lost-receipt = If you lose your receipt number, we cannot give it back to you. You can send a new report.

## The rights of victims
info-rights-title = Rights of victims
info-rights-not-punished = It is not you who did wrong. You should not be punished for what you were forced to do.
info-rights-status-title = Victim status
info-rights-status = In Belgium, a victim of human trafficking can get a special status. It protects you and lets you stay in Belgium while the case goes on.
info-rights-conditions = For this status, you:
info-rights-condition-contact = stop all contact with the people who exploit you;
info-rights-condition-centre = accept help from a specialised centre;
info-rights-condition-statement = tell the police or the justice what happened.
info-rights-time-title = Time to rest and think
info-rights-reflection = First, you get 45 days to rest and think. You can stay in Belgium during this time. You do not have to decide anything yet.
info-rights-stay = If you tell what happened, you get a paper to stay for 3 months. It can be made longer while the case goes on. At the end, you may get the right to stay for good.
info-rights-minors = A child under 18 who is alone in Belgium gets a paper to stay at once, and a guardian.
info-rights-centres-title = Who can help you
info-rights-centres = Three specialised centres help victims. Their help is free and confidential. You can go to them without going to the police first.
info-rights-phone = Phone of the centres:
info-rights-leaflet = This information on one page, to print, in 12 languages

## Emergency numbers
info-emergency-title = Emergency numbers
info-emergency-danger = In danger now? Call 112.
info-emergency-112 = Emergency: ambulance, fire brigade, police.
info-emergency-101 = Police.
info-emergency-centres = Specialised centres for victims of human trafficking. Not an emergency number.
info-emergency-free = 112 and 101 are free, day and night, from any phone.

# Pictures and identifiers on the report and in messages.
report-images = Pictures (optional)
report-images-hint = Up to 5 pictures: JPEG, PNG or WebP, at most 10 MB each. We remove hidden data such as the place and time a photo was taken.
report-images-again = For your safety, pictures are not kept when the form comes back. Choose them again before you send.
report-error-image-too-large = A picture is larger than 10 MB. Choose smaller pictures.
report-error-image-too-many = You can send at most 5 pictures at a time.
report-error-image-type = A file is not a JPEG, PNG or WebP picture. Only these can be sent.
report-error-image-pixels = A picture is far too big (more than 50 million pixels). Choose a smaller one.
report-error-image-unreadable = A picture could not be read. It may be damaged or incomplete.
report-error-invalid-text = Some characters in this field could not be read and were replaced. Check the text.
report-error-form-broken = Your form did not arrive whole. Check what you wrote and send it again.
report-error-form-too-large = Everything together is too large to send. Send fewer or smaller pictures.
follow-up-add-images = Add pictures (optional)
follow-up-images-sent = { $count ->
    [one] You have sent 1 picture.
   *[other] You have sent { $count } pictures.
}
report-hint-summary = Some of the details you gave look unusual. Check them below, or send the form again as it is.
report-hint-phones = This does not look like a Belgian or international phone number: { $values }. Check it, or send it as it is.
report-hint-plates = This does not look like a number plate: { $values }. Check it, or send it as it is.
report-hint-websites = This does not look like a web address: { $values }. Check it, or send it as it is.
report-hint-handles = This does not look like an account name: { $values }. Check it, or send it as it is.
report-hint-emails = This does not look like an e-mail address: { $values }. Check it, or send it as it is.

# Too many wrong receipts (answered 429).
follow-up-too-many = Too many tries with a wrong number. To protect reports, please wait a while and try again later.

# What we keep: pictures.
info-keep-pictures = The pictures you send, locked like the report.
info-keep-no-photo-data = The hidden data inside your pictures, such as where and when a photo was taken: we remove it before storing.
report-too-many = Many reports have arrived from this connection in a short time. Your text is kept below: try again in a few minutes. In danger, call 112.
report-error-images-pixels = Together the pictures are far too big (more than 100 million pixels). Send fewer or smaller ones.

# Error pages of the public area
public-error-not-found-title = Page not found
public-error-not-found-text = This page does not exist. Check the address, or start again from the home page.
public-error-unavailable-title = Temporarily unavailable
public-error-unavailable-text = The reporting service cannot take reports right now. Try again in a little while. If someone is in danger now, call 112.
public-error-internal-title = Something went wrong
public-error-internal-text = Your report may not have been sent. Try again in a little while. If someone is in danger now, call 112.
public-error-too-large-title = Too large to send
public-error-too-large-text = What you sent is too large. Send fewer or smaller pictures.
public-error-bad-request-title = The form could not be read
public-error-bad-request-text = Part of the form did not arrive. Go back, check your answers and send it again.
public-error-back-home = Back to the home page
