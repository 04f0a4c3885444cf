//! Administration of staff accounts: list (searched by name or e-mail address, whatever the
//! case and accents, 25 a page, in the store's query), create (with a one-time enrolment code
//! shown once: the holder chooses their own password), change role and unit, (de)activate,
//! reset the second factor. Every change is audited. A role that reads case data is granted
//! only when a supervisor approves (`approvals.rs`); nobody changes their own role or unit.

use crate::infra::error::WebError;
use crate::infra::form::{FieldErrors, ValidForm};
use crate::infra::handlers::{see_other, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::pager::{Pager, page_number, query_of};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::role_change::{self, RoleChange, RoleChangeRefused};
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{Enrolment, NewUser, RoleRequestRecord, StoreError, UnitRecord, UserRecord};
use serde::Deserialize;

/// Accounts a page of the list.
const PER_PAGE: u64 = 25;
/// The longest search kept.
const SEARCH_MAX: usize = 200;

#[derive(Template, WebTemplate)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: Page,
    users: Vec<UserRecord>,
    units: Vec<UnitRecord>,
    roles: &'static [Role],
    form: NewUserForm,
    /// The new account's refused fields.
    errors: FieldErrors,
    /// The search, as typed (trimmed).
    search: String,
    /// Accounts matching it in all.
    total: u64,
    pager: Pager,
}

/// The list's query: a search and a page number (from 1).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsersQuery {
    q: String,
    page: Option<String>,
}

/// Which part of the list a page shows.
struct Listing {
    search: String,
    number: u64,
}

impl Listing {
    fn first() -> Self {
        Self {
            search: String::new(),
            number: 1,
        }
    }

    /// The address of page `n` of the same search.
    fn link(&self, n: u64) -> String {
        let page = (n > 1).then(|| n.to_string());
        let query = query_of(&[("q", &self.search), ("page", page.as_deref().unwrap_or(""))]);
        if query.is_empty() {
            "/staff/admin/users".to_owned()
        } else {
            format!("/staff/admin/users?{query}")
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/user_created.html")]
struct UserCreatedPage {
    page: Page,
    email: String,
    code: String,
    expires_on: String,
    awaiting_approval: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/user.html")]
struct UserPage {
    page: Page,
    user: UserRecord,
    units: Vec<UnitRecord>,
    roles: &'static [Role],
    pending: Option<RoleRequestRecord>,
    error: Option<String>,
}

/// The form creating an account.
#[derive(Deserialize, Default)]
pub struct NewUserForm {
    email: String,
    display_name: String,
    role: String,
    #[serde(default)]
    unit: String,
}

/// The form changing role and unit.
#[derive(Deserialize)]
pub struct RoleForm {
    role: String,
    #[serde(default)]
    unit: String,
}

/// The form (de)activating.
#[derive(Deserialize)]
pub struct ActiveForm {
    active: String,
}

impl UserPage {
    fn is_unit(&self, id: &UnitId) -> bool {
        self.user.unit_id == Some(*id)
    }

    fn unit_name(&self, id: &Option<UnitId>) -> String {
        id.and_then(|id| self.units.iter().find(|u| u.id == id))
            .map(|u| u.name.clone())
            .unwrap_or_default()
    }

    fn day(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        lumen_domain::training::time::local_day(*at).to_string()
    }
}

impl UsersPage {
    fn unit_name(&self, id: &Option<UnitId>) -> String {
        id.and_then(|id| self.units.iter().find(|u| u.id == id))
            .map(|u| u.name.clone())
            .unwrap_or_default()
    }
}

async fn users_page(
    state: &AppState,
    page: Page,
    form: NewUserForm,
    listing: Listing,
) -> Result<UsersPage, WebError> {
    let search = Some(listing.search.as_str()).filter(|s| !s.is_empty());
    let (users, total) = state
        .store()
        .search_users(search, listing.number - 1, PER_PAGE)
        .await?;
    let pager = Pager::new(total, PER_PAGE, listing.number, |n| listing.link(n));
    Ok(UsersPage {
        page,
        users,
        units: state.store().list_units().await?,
        roles: &Role::ALL,
        form,
        errors: FieldErrors::default(),
        search: listing.search,
        total,
        pager,
    })
}

/// `GET /staff/admin/users?q=&page=`: the accounts whose name or e-mail address contains the
/// search, 25 a page; the listing is audited (`user.list`).
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Query(q): Query<UsersQuery>,
) -> Result<Response, WebError> {
    let number = page_number(q.page.as_deref())?;
    let search: String = q.q.trim().chars().take(SEARCH_MAX).collect();
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::UserList).await?;
    let listing = Listing { search, number };
    Ok(users_page(&state, page, NewUserForm::default(), listing)
        .await?
        .into_response())
}

fn parse_unit(raw: &str) -> Result<Option<UnitId>, WebError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    raw.parse().map(Some).map_err(|_| WebError::BadRequest {
        field: "unit".into(),
    })
}

/// The page of accounts again, with the new account's form as typed and its refused fields.
async fn refuse_new(
    state: &AppState,
    page: Page,
    form: NewUserForm,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<Response, WebError> {
    let mut body = users_page(state, page, form, Listing::first()).await?;
    body.errors = errors;
    Ok((status, body).into_response())
}

/// `POST /staff/admin/users`. Every field is checked at once, and each refused one comes back
/// in its field under the error summary (400); the role has no default and must be chosen.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<NewUserForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let mut errors = FieldErrors::default();
    let email = Email::parse(&form.email)
        .map_err(|_| errors.add("email", page.t("field-invalid-email")))
        .ok();
    let name = form.display_name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 200 {
        errors.add("display_name", page.t("field-invalid-display-name"));
    }
    let role = match form.role.trim() {
        "" => {
            errors.add("role", page.t("field-role-missing"));
            None
        }
        code => Role::parse(code).or_else(|| {
            errors.add("role", page.t("field-invalid-role"));
            None
        }),
    };
    // The unit must be one of the list (or none).
    let unit = match parse_unit(&form.unit) {
        Ok(Some(id)) => match state.store().unit(id).await {
            Ok(u) => Some(Some(u)),
            Err(StoreError::NotFound(_)) => None,
            Err(e) => return Err(e.into()),
        },
        Ok(None) => Some(None),
        Err(_) => None,
    };
    if unit.is_none() {
        errors.add("unit", page.t("field-invalid-unit"));
    }
    if let (Some(role), Some(unit)) = (role, &unit)
        && let Err(refused) = role_change::check_fit(role, unit.as_ref().map(|u| u.kind))
    {
        errors.add("unit", page.t(refused.message_key()));
    }
    let (Some(email), Some(role), Some(unit), true) = (email, role, unit, errors.is_empty()) else {
        return refuse_new(&state, page, form, errors, StatusCode::BAD_REQUEST).await;
    };
    let unit = unit.map(|u| u.id);
    let code = crate::auth::first_sign_in::new_enrolment_code();
    let days = i64::from(state.auth().enrolment_code_days.max(1));
    let expires_at = chrono::Utc::now() + chrono::Duration::days(days);
    let awaiting_approval = role_change::creation_needs_approval(role);
    let id = UserId::new();
    // Nobody knows this password: the holder chooses theirs with the enrolment code.
    let unknown = lumen_crypto::random_token(32);
    let new = NewUser {
        id,
        email: email.clone(),
        display_name: name,
        role,
        unit_id: unit,
        password_hash: lumen_crypto::hash_password(&unknown).map_err(|_| WebError::Internal)?,
        totp_secret: None,
    };
    let enrolment = Enrolment {
        code_hash: crate::auth::first_sign_in::enrolment_code_hash(&code),
        expires_at,
        awaiting_approval_by: awaiting_approval.then_some(admin.id),
    };
    let ev =
        AuditEvent::new(AuditAction::UserCreate, Some(id.to_string())).by(admin.id, admin.role);
    match state.store().create_invited_user(new, enrolment, ev).await {
        Ok(_) => Ok(UserCreatedPage {
            page,
            email: email.to_string(),
            code,
            expires_on: lumen_domain::training::time::local_day(expires_at).to_string(),
            awaiting_approval,
        }
        .into_response()),
        Err(StoreError::Conflict(_)) => {
            let mut errors = FieldErrors::default();
            errors.add("email", page.t("field-email-taken"));
            refuse_new(&state, page, form, errors, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The kind of a chosen unit (which must exist).
async fn unit_kind(state: &AppState, unit: Option<UnitId>) -> Result<Option<UnitKind>, WebError> {
    Ok(match unit {
        Some(u) => Some(state.store().unit(u).await?.kind),
        None => None,
    })
}

async fn user_page(
    state: &AppState,
    page: Page,
    id: UserId,
    error: Option<String>,
) -> Result<UserPage, WebError> {
    Ok(UserPage {
        page,
        user: state.store().user(id).await?,
        units: state.store().list_units().await?,
        roles: &Role::ALL,
        pending: state.store().pending_role_request(id).await?,
        error,
    })
}

/// `GET /staff/admin/users/{id}`.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = crate::infra::handlers::path_id::<UserId>(&id)?;
    Ok(user_page(&state, page, id, None).await?.into_response())
}

/// The account's page again, with the reason a change was refused.
async fn refuse(state: &AppState, page: Page, id: UserId, key: &str) -> Result<Response, WebError> {
    let error = Some(page.t(key));
    let body = user_page(state, page, id, error).await?;
    Ok((StatusCode::BAD_REQUEST, body).into_response())
}

/// `POST /staff/admin/users/{id}/role`. A role that reads case data waits for a supervisor's
/// approval; other changes apply at once. Nobody changes their own role or unit, and role and
/// unit must fit.
pub async fn set_role(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<RoleForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<UserId>(&id)?;
    let role = Role::parse(&form.role).ok_or(WebError::BadRequest {
        field: "role".into(),
    })?;
    let unit = parse_unit(&form.unit)?;
    let kind = unit_kind(&state, unit).await?;
    let target = state.store().user(id).await?;
    let decided = role_change::decide_change(
        admin.id,
        id,
        (target.role, target.unit_id),
        (role, unit),
        kind,
    );
    match decided {
        Err(refused @ RoleChangeRefused::OwnAccount) => {
            let ev = AuditEvent::new(AuditAction::UserRoleUnit, Some(id.to_string()))
                .by(admin.id, admin.role)
                .failed();
            state.store().audit(ev).await?;
            refuse(&state, page, id, refused.message_key()).await
        }
        Err(refused) => refuse(&state, page, id, refused.message_key()).await,
        Ok(RoleChange::Unchanged) => Ok(see_other(&format!("/staff/admin/users/{id}"))),
        Ok(RoleChange::Immediate) => {
            let ev = AuditEvent::new(AuditAction::UserRoleUnit, Some(id.to_string()))
                .by(admin.id, admin.role);
            state.store().set_user_role_unit(id, role, unit, ev).await?;
            Ok(see_other_done(
                &format!("/staff/admin/users/{id}"),
                "user-role-saved",
            ))
        }
        Ok(RoleChange::NeedsApproval) => {
            let ev = AuditEvent::new(AuditAction::UserRoleRequest, Some(id.to_string()))
                .by(admin.id, admin.role);
            match state
                .store()
                .request_role_change(id, role, unit, admin.id, ev)
                .await
            {
                Ok(_) => Ok(see_other_done(
                    &format!("/staff/admin/users/{id}"),
                    "role-change-requested",
                )),
                Err(StoreError::Conflict(_)) => {
                    refuse(&state, page, id, "role-change-already-waiting").await
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}

/// `POST /staff/admin/users/{id}/active`. An administrator cannot deactivate themself.
pub async fn set_active(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<ActiveForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<UserId>(&id)?;
    let active = match form.active.as_str() {
        "true" => true,
        "false" => false,
        _ => {
            return Err(WebError::BadRequest {
                field: "active".into(),
            });
        }
    };
    if id == admin.id && !active {
        return Err(WebError::BadRequest {
            field: "active".into(),
        });
    }
    let action = if active {
        AuditAction::UserActivate
    } else {
        AuditAction::UserDeactivate
    };
    let ev = AuditEvent::new(action, Some(id.to_string())).by(admin.id, admin.role);
    let done = if active {
        "user-activated"
    } else {
        "user-deactivated"
    };
    match state.store().set_user_active(id, active, ev).await {
        Ok(_) => Ok(see_other_done(&format!("/staff/admin/users/{id}"), done)),
        Err(StoreError::Refused("awaiting_approval")) => {
            let error = Some(page.t("role-change-awaiting-opening"));
            let body = user_page(&state, page, id, error).await?;
            Ok((StatusCode::CONFLICT, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /staff/admin/users/{id}/reset-totp`: the account enrols again at its next sign-in.
pub async fn reset_totp(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<UserId>(&id)?;
    let ev =
        AuditEvent::new(AuditAction::UserTotpReset, Some(id.to_string())).by(admin.id, admin.role);
    state.store().reset_totp(id, ev).await?;
    Ok(see_other_done(
        &format!("/staff/admin/users/{id}"),
        "user-totp-reset",
    ))
}
