//! Administration of organisational units.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::unit::parse_unit_code;
use lumen_domain::{UnitId, UnitKind};
use lumen_store::{NewUnit, StoreError, UnitRecord};
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "admin/units.html")]
struct UnitsPage {
    page: Page,
    units: Vec<UnitRecord>,
    kinds: &'static [UnitKind],
    form: UnitForm,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/unit.html")]
struct UnitPage {
    page: Page,
    unit: UnitRecord,
    kinds: &'static [UnitKind],
}

/// The form creating a unit.
#[derive(Deserialize, Default)]
pub struct UnitForm {
    code: String,
    name: String,
    kind: String,
}

/// The form changing a unit.
#[derive(Deserialize)]
pub struct UnitUpdateForm {
    name: String,
    kind: String,
    #[serde(default)]
    active: String,
}

async fn units_page(
    state: &AppState,
    page: Page,
    form: UnitForm,
    error: Option<String>,
) -> Result<UnitsPage, WebError> {
    Ok(UnitsPage {
        page,
        units: state.store().list_units().await?,
        kinds: &UnitKind::ALL,
        form,
        error,
    })
}

/// `GET /staff/admin/units`.
pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, WebError> {
    Ok(units_page(&state, page, UnitForm::default(), None)
        .await?
        .into_response())
}

fn valid_name(raw: &str) -> Option<String> {
    let name = raw.trim();
    (!name.is_empty() && name.chars().count() <= 200).then(|| name.to_owned())
}

/// `POST /staff/admin/units`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<UnitForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let parsed = (
        parse_unit_code(&form.code),
        valid_name(&form.name),
        UnitKind::parse(&form.kind),
    );
    let (Ok(code), Some(name), Some(kind)) = parsed else {
        let key = match parsed {
            (Err(_), ..) => "field-invalid-unit-code",
            (_, None, _) => "field-invalid-unit-name",
            _ => "field-invalid-unit-kind",
        };
        let error = Some(page.t(key));
        let body = units_page(&state, page, form, error).await?;
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    };
    let id = UnitId::new();
    let ev =
        AuditEvent::new(AuditAction::UnitCreate, Some(id.to_string())).by(admin.id, admin.role);
    match state
        .store()
        .create_unit(
            NewUnit {
                id,
                code,
                name,
                kind,
            },
            ev,
        )
        .await
    {
        Ok(_) => Ok(see_other_done("/staff/admin/units", "unit-created")),
        Err(StoreError::Conflict(_)) => {
            let error = Some(page.t("field-unit-code-taken"));
            let body = units_page(&state, page, form, error).await?;
            Ok((StatusCode::CONFLICT, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /staff/admin/units/{id}`.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: UnitId = crate::infra::handlers::path_id(&id)?;
    let unit = state.store().unit(id).await?;
    Ok(UnitPage {
        page,
        unit,
        kinds: &UnitKind::ALL,
    }
    .into_response())
}

/// `POST /staff/admin/units/{id}`.
pub async fn update(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<UnitUpdateForm>,
) -> Result<Response, WebError> {
    let admin = ctx.user.ok_or(WebError::Forbidden)?;
    let id: UnitId = crate::infra::handlers::path_id(&id)?;
    let name = valid_name(&form.name).ok_or(WebError::BadRequest {
        field: "name".into(),
    })?;
    let kind = UnitKind::parse(&form.kind).ok_or(WebError::BadRequest {
        field: "kind".into(),
    })?;
    let active = form.active == "true";
    let ev =
        AuditEvent::new(AuditAction::UnitUpdate, Some(id.to_string())).by(admin.id, admin.role);
    state
        .store()
        .update_unit(id, name, kind, active, ev)
        .await?;
    Ok(see_other_done("/staff/admin/units", "unit-saved"))
}
