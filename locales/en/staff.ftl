# Staff area: English
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-users = Users
nav-units = Units
nav-audit = Audit log
nav-account = My account
sign-out = Sign out
footer-text = Lumen · Police zone Brussels North · THB section
save = Save
yes = Yes
no = No

error-back-home = Back to the start page
error-not-found-title = Page not found
error-not-found-text = This page does not exist, or it has moved.
error-forbidden-title = Access refused
error-forbidden-text = Your role does not give access to this page.
error-csrf-title = Form expired
error-csrf-text = This form is no longer valid. Go back, reload the page and try again. Nothing was changed.
error-bad-request-title = Invalid form
error-bad-request-text = The form is missing information or contains an invalid value.
error-bad-request-field = The field “{ $field }” is missing or has an invalid value.
error-too-large-title = Too much data
error-too-large-text = What you sent is too large. Shorten it and try again.
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The database is not answering. Your data is safe; try again in a few moments.
error-internal-title = Something went wrong
error-internal-text = An unexpected error occurred. It has been recorded; try again.

field-form = form
field-email = E-mail address
field-password = Password
field-code = Code
field-current = Current password
field-new = New password
field-confirm = Confirm the new password
field-current-password = Current password
field-new-password = New password
field-confirm-password = Confirm the new password
field-display-name = Name
field-role = Role
field-unit = Unit
field-unit-none = No unit
field-unit-code = Code
field-unit-name = Name
field-unit-kind = Kind
field-name = Name
field-kind = Kind
field-active = Status
field-lang = Language
field-page = Page
field-from = From
field-until = Until
field-invalid-email = Enter a valid e-mail address.
field-invalid-role = Choose a role from the list.
field-role-choose = Choose a role
field-role-missing = Choose the new account’s role.
field-invalid-unit = Choose a unit from the list, or no unit.
field-invalid-display-name = Enter a name (at most 200 characters).
field-email-taken = An account already uses this e-mail address.
field-invalid-unit-code = The code must have 2 to 32 characters: letters a–z, digits, - or _.
field-invalid-unit-name = Enter a name (at most 200 characters).
field-invalid-unit-kind = Choose a kind from the list.
field-unit-code-taken = A unit already uses this code.

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-refused = E-mail address or password incorrect, or account temporarily locked.
totp-title = Verification code
totp-help = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
totp-submit = Verify
totp-refused = This code is not valid or was already used.
enrol-title = Set up two-step verification
enrol-active = Two-step verification is active on your account.
enrol-help = Scan this QR code with an authenticator app (for example FreeOTP or Aegis), then enter the code it shows.
enrol-open-app = Open in the authenticator app
enrol-open-app-help = On the phone that has your authenticator app, this link adds your account to it directly, without scanning.
enrol-manual = Cannot scan? Enter this key in the app:
enrol-submit = Confirm
recovery-title = Your recovery codes
recovery-help = Keep these codes somewhere safe. Each one lets you sign in once if you lose your phone. They are shown only now.
recovery-done = I have saved them

home-title = Home
home-role-intro = You are signed in as
home-nothing = Nothing needs your attention right now.
home-card-users = accounts
home-card-users-without-2fa = active accounts without two-step verification
home-card-units = units
home-card-audit-24h = audit entries in the last 24 hours

account-title = My account
account-totp = Two-step verification
account-totp-on = Active.
account-recovery-left = { $count ->
    [one] One recovery code left.
   *[other] { $count } recovery codes left.
}
account-totp-enrol = Set up two-step verification
account-recovery = Recovery codes
account-recovery-help = New codes replace all your codes: the old ones stop working at once. To get them, enter the code your authenticator app shows now.
account-recovery-low = You have few recovery codes left: generate new ones.
account-recovery-code = Code from your authenticator app
account-recovery-submit = Generate new recovery codes
account-recovery-refused = This code is not valid or has already been used. Enter the code your app shows now.
account-recovery-locked = Too many wrong codes: your account is locked for a while. Try again later.
recovery-replaced = Your old recovery codes no longer work. Here are the new ones.
account-password = Change password
account-password-submit = Change password
password-policy = At least 12 characters. Common passwords are refused.
password-current-wrong = The current password is not correct.
password-mismatch = The two new passwords are not the same.
password-too-short = The new password must have at least 12 characters.
password-too-long = The new password must have at most 256 characters.
password-too-common = This password is too common. Choose another one.
password-changed = Your password has been changed. Your other sessions were closed.

users-title = Users
users-2fa = Two-step
users-status = Status
users-active = Active
users-inactive = Deactivated
users-new = New account
users-create = Create the account
users-created-title = Account created
users-created-help = Give this enrolment code to { $email } in person. It is shown only once. With it they choose their own password and set up two-step verification.
users-back = Back to users
users-change-role = Role and unit
users-access = Access
users-deactivate = Deactivate the account
users-activate = Reactivate the account
users-reset-2fa = Reset two-step verification
users-search = Search accounts
users-search-help = Part of the name or e-mail address; capitals and accents do not matter.
users-search-submit = Search
users-search-clear = Show all accounts
users-count = { $count ->
    [one] One account.
   *[other] { $count } accounts.
}
users-found = { $count ->
    [0] No account matches “{ $search }”.
    [one] One account matches “{ $search }”.
   *[other] { $count } accounts match “{ $search }”.
}

units-title = Units
units-new = New unit
units-create = Create the unit
unit-kind-thb-section = THB section
unit-kind-intervention = Intervention
unit-kind-neighbourhood = Neighbourhood officers
unit-kind-reception = Reception desk
unit-kind-management = Management
unit-kind-partner = Partner organisation
unit-kind-other = Other

role-partner = Partner
role-frontline = Frontline officer
role-referent = Referent officer
role-investigator = Investigator
role-supervisor = Supervisor
role-analyst = Analyst
role-admin = Administrator

audit-title = Audit log
audit-action = Action
audit-actor = Actor
audit-from = From
audit-until = Until
audit-filter = Filter
audit-count = { $count ->
    [one] One entry.
   *[other] { $count } entries.
}
audit-time = Time (Brussels)
audit-object = Object
audit-outcome = Outcome

## Audit log: filters, errors, what entries name
audit-any-action = All actions
audit-any-actor = All actors
audit-days-help = Days are Brussels days; “until” includes the whole last day.
audit-about = Entries about: { $object }.
audit-about-clear = Show all entries
audit-outcome-success = Done
audit-outcome-failure = Refused
audit-actor-none = Nobody signed in
audit-actor-cli = Command line (operator)
audit-actor-demo = Demo data
audit-object-gone = (deleted)
audit-role-asked = role asked: { $role }
audit-error-action = Choose an action from the list.
audit-error-actor = Choose an actor from the list.
audit-error-date = Enter a real date, for example 2027-03-14.
audit-error-range = The end date must be the same as or after the start date.
audit-error-object = The object asked for is not valid. Show all entries and choose one from the list.
audit-error-page = This page number does not exist.
audit-group-access = Access
audit-group-audit = Audit log
audit-group-auth = Sign-in
audit-group-keys = Keys
audit-group-partner = Partner area
audit-group-report = Reports
audit-group-screening = Screenings
audit-group-training = Training
audit-group-unit = Units
audit-group-user = Accounts
audit-object-route = Page
audit-object-audit-log = Audit log
audit-object-user = Account
audit-object-master-key = Master key
audit-object-report = Report
audit-object-unit = Unit
audit-object-screening = Screening
audit-object-training-course = Training course
audit-object-training-coverage = Training coverage
audit-object-training-officer = Officer
audit-object-training-officer-import = Officer import
audit-object-training-referent = Referent designation
audit-object-training-session = Training session
audit-object-role-request = Role request
audit-action-access-denied = Access refused
audit-action-audit-list = Audit log viewed
audit-action-auth-enrolment-code = Enrolment code entered
audit-action-auth-password-accepted = Password accepted
audit-action-auth-second-factor = Verification code entered
audit-action-auth-sign-in = Sign-in
audit-action-auth-sign-out = Sign-out
audit-action-keys-master-rotated = Master key rotated
audit-action-partner-area = Partner area opened
audit-action-report-image-read = Report image viewed
audit-action-report-list = Reports listed
audit-action-report-partner-file = Report filed by a partner
audit-action-report-partner-list = Partner’s submissions listed
audit-action-report-partner-message = Partner’s message sent
audit-action-report-partner-read = Submission read by a partner
audit-action-report-read = Report read
audit-action-report-reply = Reply sent to the reporter
audit-action-report-status = Report status changed
audit-action-screening-create = Screening filed
audit-action-screening-list = Screenings listed
audit-action-screening-read = Screening read
audit-action-training-course-create = Course added
audit-action-training-course-update = Course changed
audit-action-training-coverage-export = Training coverage exported
audit-action-training-officer-create = Officer added
audit-action-training-officer-import = Officers imported
audit-action-training-officer-list = Officers listed
audit-action-training-officer-update = Officer changed
audit-action-training-referent-designate = Referent designated
audit-action-training-referent-designate-override = Referent designated by override
audit-action-training-referent-end = Referent designation ended
audit-action-training-session-attendance = Attendance recorded
audit-action-training-session-cancel = Session cancelled
audit-action-training-session-create = Session planned
audit-action-training-session-register = Officer registered for a session
audit-action-training-session-register-override = Officer registered by override of prerequisites
audit-action-training-session-update = Session changed
audit-action-unit-create = Unit created
audit-action-unit-update = Unit changed
audit-action-user-activate = Account reactivated
audit-action-user-create = Account created
audit-action-user-deactivate = Account deactivated
audit-action-user-enrolled = Password chosen with the enrolment code
audit-action-user-language = Language changed
audit-action-user-list = Accounts listed
audit-action-user-password-changed = Password changed
audit-action-user-recovery-codes-regenerated = New recovery codes generated
audit-action-user-role-approve = Role change approved
audit-action-user-role-refuse = Role change refused
audit-action-user-role-request = Role change requested
audit-action-user-role-requests-list = Role requests listed
audit-action-user-role-unit = Role or unit changed
audit-action-user-totp-enrolled = Two-step verification set up
audit-action-user-totp-enrolment-started = Two-step verification setup started
audit-action-user-totp-reset = Two-step verification reset


nav-catalogue = Catalogue
catalogue-title = Screening catalogue
catalogue-intro = Every indicator of the four ILO/EC 2009 sets, with its dimension and strength. Grades that do not come from the ILO publication itself are marked “to verify”: check them against the source before relying on them.
catalogue-verify-count = { $count ->
    [0] Every grade comes from the primary source.
    [one] One grade to verify.
   *[other] { $count } grades to verify.
}
catalogue-id = Id
catalogue-label = Indicator
catalogue-dimension = Dimension
catalogue-strength = Strength
catalogue-basis = Source of the grade
catalogue-verify-flag = to verify
strength-strong = strong
strength-medium = medium
strength-weak = weak
basis-primary = ILO publication
basis-secondary = secondary source
basis-inferred = inferred from a related set

## Sign-in guards and role approvals
sign-in-too-many = Too many failed attempts from this connection. Wait a few minutes, then try again.
sign-in-first-time = First sign-in with an enrolment code
first-sign-in-title = First sign-in
first-sign-in-help = Type the enrolment code your administrator gave you and choose your password. You will then set up two-step verification.
first-sign-in-submit = Set my password
first-sign-in-refused = E-mail address or enrolment code incorrect, expired or already used, or account temporarily locked.
first-sign-in-awaiting-approval = Your account is not open yet: a supervisor has to approve its role first. Ask your administrator.
field-enrolment-code = Enrolment code
role-change-partner-needs-partner-unit = A partner account must belong to a partner organisation: choose its unit.
role-change-staff-in-partner-unit = Police roles cannot be placed in a partner organisation: choose another unit or the partner role.
role-change-own-account = You cannot change your own role or unit. Ask another administrator.
role-change-already-waiting = A change of this account already waits for a supervisor. It must be decided first.
role-change-awaiting-opening = This account waits for a supervisor to approve its role; it cannot be activated before.
users-created-where = They sign in for the first time at { $path }.
users-created-expires = The code can be used until { $day }.
users-created-awaiting-approval = This role reads case data: the account opens only when a supervisor approves it.
users-pending-opening = Waiting for a supervisor to approve the new account as:
users-pending-change = Waiting for a supervisor to approve the change to:
users-enrolment-pending = Has not signed in yet; the enrolment code can be used until { $day }.
users-change-role-help = Roles that read case data (investigator, supervisor, referent, partner) take effect only when a supervisor approves.
approvals-title = Role approvals
approvals-help = Administrators do not grant access to case data on their own: each such role waits here for a supervisor.
approvals-none = Nothing waits for a decision.
approvals-account = Account
approvals-now = Now
approvals-asked = Asked for
approvals-asked-by = Asked by
approvals-decision = Decision
approvals-new-account = New account
approvals-own-short = Another supervisor decides (your account or your request).
approvals-approve = Approve
approvals-refuse = Refuse
done-role-request-approved = Approved: the role now applies.
done-role-request-refused = Refused: nothing was changed.
approvals-own = You cannot decide about your own account or your own request. Nothing was changed.
nav-approvals = Approvals

# Confirmation banners after a save (done-<code>).
done-reply-sent = Reply sent. The reporter reads it with their receipt.
done-report-status-changed = Status changed. The reporter sees the new status with their receipt.
done-message-sent = Message sent to the THB section.
done-screening-filed = Screening filed. The result is below.
done-officer-created = Officer added to the registry.
done-officer-saved = Officer’s details saved.
done-officers-imported = Officers imported.
done-session-created = Session planned.
done-session-saved = Session saved.
done-session-cancelled = Session cancelled.
done-officer-registered = Officer registered for the session.
done-attendance-saved = Attendance saved.
done-referent-designated = Referent designated.
done-referent-ended = Designation ended.
done-course-created = Course added.
done-course-saved = Course saved.
done-unit-created = Unit created.
done-unit-saved = Unit saved.
done-recovery-codes-regenerated = New recovery codes are active. The old ones no longer work.
done-user-role-saved = Role and unit saved.
done-role-change-requested = Change requested: it applies when a supervisor approves it.
done-user-activated = Account reactivated.
done-user-deactivated = Account deactivated. Its sessions have ended.
done-user-totp-reset = Two-step verification reset: the account sets it up at its next sign-in.
units-back = Back to the units

# Shared by every page: the error summary above a refused form, the pager of long lists.
error-summary-title = There is a problem
error-title-prefix = Error:
pager-label = Pages
pager-previous = Previous
pager-next = Next
