# The THB section's inbox of public reports (staff area). The public texts are in public.ftl.
nav-reports = Reports
reports-title = Public reports
reports-count = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
reports-day = Day
reports-status = Status
reports-forms = What was seen
reports-summary = Beginning of the text
reports-one-title = Public report
reports-language = Language
reports-from-section = THB section
reports-from-reporter = Reporter
reports-reply = Reply to the reporter
reports-reply-send = Send the reply
reports-set-status = Status shown to the reporter
reports-set-status-send = Change the status

# Images sent with a report, as the section sees them.
reports-images = Pictures
reports-image-alt = Picture { $number } sent with the report
reports-image-alt-message = Picture { $number } sent with a later message

# The report as the section reads it: labels for staff, not the public questions.
reports-field-forms = Forms of exploitation
reports-field-place = Place
reports-field-when = When
reports-field-people-count = Number of people
reports-field-people = The people described
reports-field-minor = A child involved
reports-field-phones = Phone numbers
reports-field-plates = Vehicle plates
reports-field-websites = Websites and ads
reports-field-handles = Social-media accounts
reports-field-emails = E-mail addresses
reports-field-contact = Contact wished
reports-field-contact-details = How to reach the reporter
reports-reply-language = The reporter wrote in { $language }: reply in that language if you can.

reports-reference = Reference
reports-back = Back to the reports
