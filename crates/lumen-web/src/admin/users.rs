//! Administration of staff accounts: list, create (with a one-time enrolment code shown once:
//! the holder chooses their own password), change role and unit, (de)activate, reset the
//! second factor. Every change is audited. A role that reads case data is granted only when a
//! supervisor approves (`approvals.rs`); nobody changes their own role or unit.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::role_change::{self, RoleChange, RoleChangeRefused};
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{Enrolment, NewUser, RoleRequestRecord, StoreError, UnitRecord, UserRecord};
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: Page,
    users: Vec<UserRecord>,
    units: Vec<UnitRecord>,
    roles: &'static [Role],
    form: NewUserForm,
    error: Option<String>,
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
    error: Option<String>,
) -> Result<UsersPage, WebError> {
    Ok(UsersPage {
        page,
        users: state.store().list_users().await?,
        units: state.store().list_units().await?,
        roles: &Role::ALL,
        form,
        error,
    })
}

/// `GET /staff/admin/users`.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::UserList).await?;
    Ok(users_page(&state, page, NewUserForm::default(), None)
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

/// `POST /staff/admin/users`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<NewUserForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let email = Email::parse(&form.email);
    let role = Role::parse(&form.role);
    let unit = parse_unit(&form.unit)?;
    let name = form.display_name.trim().to_owned();
    let error_key = match (&email, role) {
        (Err(_), _) => Some("field-invalid-email"),
        (_, None) => Some("field-invalid-role"),
        _ if name.is_empty() || name.chars().count() > 200 => Some("field-invalid-display-name"),
        _ => None,
    };
    if let Some(key) = error_key {
        let error = Some(page.t(key));
        let body = users_page(&state, page, form, error).await?;
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    }
    let (Ok(email), Some(role)) = (email, role) else {
        return Err(WebError::Internal);
    };
    let unit_kind = unit_kind(&state, unit).await?;
    if let Err(refused) = role_change::check_fit(role, unit_kind) {
        let error = Some(page.t(refused.message_key()));
        let body = users_page(&state, page, form, error).await?;
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    }
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
            let error = Some(page.t("field-email-taken"));
            let body = users_page(&state, page, form, error).await?;
            Ok((StatusCode::CONFLICT, body).into_response())
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
            Ok(see_other(&format!("/staff/admin/users/{id}")))
        }
        Ok(RoleChange::NeedsApproval) => {
            let ev = AuditEvent::new(AuditAction::UserRoleRequest, Some(id.to_string()))
                .by(admin.id, admin.role);
            match state
                .store()
                .request_role_change(id, role, unit, admin.id, ev)
                .await
            {
                Ok(_) => Ok(see_other(&format!("/staff/admin/users/{id}"))),
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
    match state.store().set_user_active(id, active, ev).await {
        Ok(_) => Ok(see_other(&format!("/staff/admin/users/{id}"))),
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
    Ok(see_other(&format!("/staff/admin/users/{id}")))
}
