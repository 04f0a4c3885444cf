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
audit-object-type = Object type
audit-object-id = Object id
audit-from = From
audit-until = Until
audit-filter = Filter
audit-count = { $count ->
    [one] One entry.
   *[other] { $count } entries.
}
audit-time = Time (UTC)
audit-object = Object
audit-outcome = Outcome
audit-pages = Pages
audit-prev = Previous
audit-next = Next


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
units-back = Back to the units
