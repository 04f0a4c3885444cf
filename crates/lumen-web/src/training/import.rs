//! Importing officers from a CSV file pasted into a form: a preview lists what will be created
//! and every problem with its line number; the confirmation writes every officer in one
//! transaction with one audit entry, or nothing (problems left, or the registry changed since
//! the preview).

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::training::officers::police_units;
use crate::training::upload::ImportUpload;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use fluent_templates::fluent_bundle::FluentValue;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::import::{ImportContext, ImportPlan, plan};
use lumen_store::StoreError;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// One officer of the preview.
struct PreviewRow {
    line: usize,
    name: String,
    unit: String,
    function: String,
    active: bool,
    account: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/import.html")]
struct ImportPage {
    page: Page,
    csv: String,
    /// Whether a preview was computed.
    previewed: bool,
    rows: Vec<PreviewRow>,
    problems: Vec<String>,
    /// What the confirmation must find unchanged.
    digest: String,
    error: Option<String>,
}

/// The import form: the CSV text, and at confirmation the preview's digest.
#[derive(Deserialize, Default)]
pub struct ImportForm {
    #[serde(default)]
    csv: String,
    #[serde(default)]
    digest: String,
}

/// `GET /staff/training/officers/import`.
pub async fn form(page: Page) -> Response {
    ImportPage {
        page,
        csv: String::new(),
        previewed: false,
        rows: Vec::new(),
        problems: Vec::new(),
        digest: String::new(),
        error: None,
    }
    .into_response()
}

/// The plan of `csv` against the registry as it is now, with its preview page.
async fn preview(
    state: &AppState,
    page: Page,
    csv: String,
    error: Option<String>,
) -> Result<(ImportPlan, ImportPage), WebError> {
    let store = state.store();
    let units = police_units(store.list_units().await?);
    let users = store.list_users().await?;
    let officers = store.list_officers().await?;
    let ctx = ImportContext {
        units: units
            .iter()
            .map(|u| (u.id, u.code.clone(), u.name.clone()))
            .collect(),
        accounts: users.iter().map(|u| (u.id, u.email.clone())).collect(),
        officers: officers
            .iter()
            .map(|o| (o.unit_id, o.display_name.clone()))
            .collect(),
        linked_accounts: officers.iter().filter_map(|o| o.user_id).collect(),
    };
    let plan = plan(&csv, &ctx);
    let mut hasher = Sha256::new();
    let rows = plan
        .officers
        .iter()
        .map(|o| {
            let account = o
                .user_id
                .and_then(|id| users.iter().find(|u| u.id == id))
                .map(|u| u.email.clone())
                .unwrap_or_default();
            hasher.update(format!(
                "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{account}\u{1e}",
                o.line,
                o.display_name,
                o.unit_id,
                o.function.code(),
                o.active
            ));
            PreviewRow {
                line: o.line,
                name: o.display_name.clone(),
                unit: units
                    .iter()
                    .find(|u| u.id == o.unit_id)
                    .map(|u| u.name.clone())
                    .unwrap_or_default(),
                function: page.t(&format!(
                    "training-function-{}",
                    o.function.code().replace('_', "-")
                )),
                active: o.active,
                account,
            }
        })
        .collect();
    let problems = plan
        .problems
        .iter()
        .map(|p| {
            page.lang.t_args(
                &format!("training-import-{}", p.kind.code().replace('_', "-")),
                &[
                    ("line", FluentValue::from(p.line)),
                    ("value", FluentValue::from(p.value.clone())),
                ],
            )
        })
        .collect();
    let body = ImportPage {
        page,
        csv,
        previewed: true,
        rows,
        problems,
        digest: hex::encode(hasher.finalize()),
        error,
    };
    Ok((plan, body))
}

/// `POST /staff/training/officers/import`: the preview; nothing is written.
pub async fn check(
    State(state): State<AppState>,
    page: Page,
    form: ImportUpload,
) -> Result<Response, WebError> {
    let error = form.not_text.then(|| page.t("training-import-not-text"));
    let failed = error.is_some();
    let (plan, body) = preview(&state, page, form.csv, error).await?;
    let status = if plan.problems.is_empty() && !failed {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok((status, body).into_response())
}

/// `POST /staff/training/officers/import/confirm`: writes the previewed officers, all or
/// none.
pub async fn confirm(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<ImportForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let (plan, mut body) = preview(&state, page.clone(), form.csv, None).await?;
    if !plan.problems.is_empty() || plan.officers.is_empty() {
        body.error = Some(page.t("training-import-not-written"));
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    }
    if body.digest != form.digest {
        body.error = Some(page.t("training-import-changed"));
        return Ok((StatusCode::CONFLICT, body).into_response());
    }
    // The object is the import itself, named by its digest (no officer names in the log).
    let ev = AuditEvent::new(
        AuditAction::TrainingOfficerImport,
        Some(body.digest.chars().take(16).collect()),
    )
    .by(actor.id, actor.role);
    match state.store().import_officers(&plan.officers, ev).await {
        Ok(_) => Ok(see_other_done(
            "/staff/training/officers",
            "officers-imported",
        )),
        Err(StoreError::Conflict(_) | StoreError::Refused(_)) => {
            body.error = Some(page.t("training-import-changed"));
            Ok((StatusCode::CONFLICT, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
