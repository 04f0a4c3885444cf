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
