//! Administration of staff accounts: list, create (with a generated password shown once),
//! change role and unit, (de)activate, reset the second factor. Every change is audited.

use crate::error::WebError;
use crate::form::ValidForm;
use crate::handlers::see_other;
use crate::page::{Ctx, Page};
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UnitId, UserId};
use lumen_store::{NewUser, StoreError, UnitRecord, UserRecord};
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
    password: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/user.html")]
struct UserPage {
    page: Page,
    user: UserRecord,
    units: Vec<UnitRecord>,
    roles: &'static [Role],
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
pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, WebError> {
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
    if let Some(u) = unit {
        state.store().unit(u).await?;
    }
    let password = generate_password();
    let id = UserId::new();
    let new = NewUser {
        id,
        email: email.clone(),
        display_name: name,
        role,
        unit_id: unit,
        password_hash: lumen_crypto::hash_password(&password).map_err(|_| WebError::Internal)?,
        totp_secret: None,
    };
    let ev = AuditEvent::new("user.create", "user", Some(id.to_string())).by(admin.id, admin.role);
    match state.store().create_user(new, ev).await {
        Ok(_) => Ok(UserCreatedPage {
            page,
            email: email.to_string(),
            password,
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

/// A generated password: 20 characters of base64url (120 bits).
pub fn generate_password() -> String {
    lumen_crypto::random_token(15)
}

fn parse_user_id(raw: &str) -> Result<UserId, WebError> {
    raw.parse().map_err(|_| WebError::NotFound)
}

/// `GET /staff/admin/users/{id}`.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let user = state.store().user(parse_user_id(&id)?).await?;
    let units = state.store().list_units().await?;
    Ok(UserPage {
        page,
        user,
        units,
        roles: &Role::ALL,
    }
    .into_response())
}

/// `POST /staff/admin/users/{id}/role`.
pub async fn set_role(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<RoleForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id = parse_user_id(&id)?;
    let role = Role::parse(&form.role).ok_or(WebError::BadRequest {
        field: "role".into(),
    })?;
    let unit = parse_unit(&form.unit)?;
    if let Some(u) = unit {
        state.store().unit(u).await?;
    }
    let ev =
        AuditEvent::new("user.role_unit", "user", Some(id.to_string())).by(admin.id, admin.role);
    state.store().set_user_role_unit(id, role, unit, ev).await?;
    Ok(see_other(&format!("/staff/admin/users/{id}")))
}

/// `POST /staff/admin/users/{id}/active`. An administrator cannot deactivate themself.
pub async fn set_active(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<ActiveForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id = parse_user_id(&id)?;
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
        "user.activate"
    } else {
        "user.deactivate"
    };
    let ev = AuditEvent::new(action, "user", Some(id.to_string())).by(admin.id, admin.role);
    state.store().set_user_active(id, active, ev).await?;
    Ok(see_other(&format!("/staff/admin/users/{id}")))
}

/// `POST /staff/admin/users/{id}/reset-totp`: the account enrols again at its next sign-in.
pub async fn reset_totp(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id = parse_user_id(&id)?;
    let ev =
        AuditEvent::new("user.totp_reset", "user", Some(id.to_string())).by(admin.id, admin.role);
    state.store().reset_totp(id, ev).await?;
    Ok(see_other(&format!("/staff/admin/users/{id}")))
}
