//! Training registry management: officers and referent designations (courses are in
//! `training_courses`, edits in `training_edit`, the CSV import in `training_import`).

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::training::registry::refusal_key;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{
    DesignationGround, OfficerFunction, Qualification, best_valid, may_designate,
};
use lumen_domain::{Role, UnitKind};
use lumen_store::{OfficerRecord, ReferentRecord, StoreError, UnitRecord, UserRecord};
use serde::Deserialize;
use uuid::Uuid;

/// A trimmed, non-empty text of at most `max` characters.
pub(crate) fn text(raw: &str, max: usize) -> Option<String> {
    let t = raw.trim();
    (!t.is_empty() && t.chars().count() <= max).then(|| t.to_owned())
}

/// A page answered with 400 Bad Request.
pub(crate) fn bad(body: impl IntoResponse) -> Response {
    (StatusCode::BAD_REQUEST, body).into_response()
}

// ---- Officers ----

#[derive(Template, WebTemplate)]
#[template(path = "training/officers.html")]
struct OfficersPage {
    page: Page,
    officers: Vec<OfficerRecord>,
    units: Vec<UnitRecord>,
    users: Vec<UserRecord>,
    functions: &'static [OfficerFunction],
    form: OfficerForm,
    error: Option<String>,
}

impl OfficersPage {
    fn unit_name(&self, o: &OfficerRecord) -> String {
        self.units
            .iter()
            .find(|u| u.id == o.unit_id)
            .map(|u| u.name.clone())
            .unwrap_or_default()
    }

    fn account(&self, o: &OfficerRecord) -> String {
        o.user_id
            .and_then(|id| self.users.iter().find(|u| u.id == id))
            .map(|u| u.email.clone())
            .unwrap_or_default()
    }
}

/// The form registering an officer.
#[derive(Deserialize, Default)]
pub struct OfficerForm {
    display_name: String,
    unit: String,
    function: String,
    #[serde(default)]
    user: String,
}

async fn officers_page(
    state: &AppState,
    page: Page,
    form: OfficerForm,
    error: Option<String>,
) -> Result<OfficersPage, WebError> {
    let store = state.store();
    Ok(OfficersPage {
        page,
        officers: store.list_officers().await?,
        units: police_units(store.list_units().await?),
        users: store.list_users().await?,
        functions: OfficerFunction::ALL,
        form,
        error,
    })
}

/// The active police units (partners excluded).
pub(crate) fn police_units(units: Vec<UnitRecord>) -> Vec<UnitRecord> {
    units
        .into_iter()
        .filter(|u| u.active && u.kind != UnitKind::Partner)
        .collect()
}

/// `GET /staff/training/officers`.
pub async fn officers(
    State(state): State<AppState>,
    crate::infra::page::Ctx(ctx): crate::infra::page::Ctx,
    page: Page,
) -> Result<Response, WebError> {
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::TrainingOfficerList).await?;
    Ok(officers_page(&state, page, OfficerForm::default(), None)
        .await?
        .into_response())
}

/// `POST /staff/training/officers`.
pub async fn create_officer(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<OfficerForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let store = state.store();
    let units = police_units(store.list_units().await?);
    let users = store.list_users().await?;
    let unit = units.iter().find(|u| u.id.to_string() == form.unit);
    let user = match form.user.as_str() {
        "" => Ok(None),
        id => users
            .iter()
            .find(|u| u.id.to_string() == id)
            .map(|u| Some(u.id))
            .ok_or("training-error-account"),
    };
    let checked = (
        text(&form.display_name, 200).ok_or("training-error-name"),
        unit.ok_or("training-error-unit"),
        OfficerFunction::parse(&form.function).ok_or("training-error-function"),
        user,
    );
    let (Ok(name), Ok(unit), Ok(function), Ok(user_id)) = checked else {
        let key = [
            checked.0.err(),
            checked.1.err(),
            checked.2.err(),
            checked.3.err(),
        ]
        .into_iter()
        .flatten()
        .next()
        .unwrap_or("training-error-name");
        let error = Some(page.t(key));
        return Ok(bad(officers_page(&state, page, form, error).await?));
    };
    let taken = match user_id {
        Some(uid) => store.officer_for_user(uid).await?.is_some(),
        None => false,
    };
    if taken {
        let error = Some(page.t("training-error-account-taken"));
        let body = officers_page(&state, page, form, error).await?;
        return Ok((StatusCode::CONFLICT, body).into_response());
    }
    let id = Uuid::now_v7();
    let ev = AuditEvent::new(AuditAction::TrainingOfficerCreate, Some(id.to_string()))
        .by(actor.id, actor.role);
    let new = OfficerRecord {
        id,
        unit_id: unit.id,
        display_name: name,
        function,
        active: true,
        user_id,
    };
    store.create_officer(new, ev).await?;
    Ok(see_other_done(
        "/staff/training/officers",
        "officer-created",
    ))
}

// ---- Referents ----

/// A designation as listed.
struct ReferentRow {
    id: Uuid,
    ended_on: Option<chrono::NaiveDate>,
    unit: String,
    officer: String,
    designated_on: String,
    override_reason: Option<String>,
    valid: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/referents.html")]
pub(crate) struct ReferentsPage {
    page: Page,
    rows: Vec<ReferentRow>,
    officers: Vec<OfficerRecord>,
    form: ReferentForm,
    error: Option<String>,
    /// The designation whose end was refused and the day typed.
    end: (String, String),
    today: String,
}

impl ReferentsPage {
    /// The end day to show in a row's form: what was typed, else today.
    fn end_value(&self, r: &ReferentRow) -> String {
        if self.end.0 == r.id.to_string() {
            self.end.1.clone()
        } else {
            self.today.clone()
        }
    }
}

/// The form designating a referent.
#[derive(Deserialize, Default)]
pub struct ReferentForm {
    officer: String,
    #[serde(default)]
    override_reason: String,
}

async fn referents_page(
    state: &AppState,
    page: Page,
    form: ReferentForm,
    error: Option<String>,
) -> Result<ReferentsPage, WebError> {
    referents_page_ending(state, page, form, error, Default::default()).await
}

/// The referents page, with the refused end of a designation (id, typed day) kept.
pub(crate) async fn referents_page_ending(
    state: &AppState,
    page: Page,
    form: ReferentForm,
    error: Option<String>,
    end: (String, String),
) -> Result<ReferentsPage, WebError> {
    let registry = state.store().training_registry().await?;
    let today = lumen_domain::training::time::local_day(Utc::now());
    let rows = registry
        .referents
        .iter()
        .map(|r| {
            let certs: Vec<_> = registry
                .certificates_of(r.officer_id)
                .into_iter()
                .map(|e| e.certificate)
                .collect();
            ReferentRow {
                id: r.id,
                ended_on: r.ended_on,
                unit: registry
                    .unit(r.unit_id)
                    .map(|u| u.name.clone())
                    .unwrap_or_default(),
                officer: registry
                    .officers
                    .iter()
                    .find(|o| o.id == r.officer_id)
                    .map(|o| o.display_name.clone())
                    .unwrap_or_default(),
                designated_on: r.designated_on.to_string(),
                override_reason: r.override_reason.clone(),
                valid: r.ended_on.is_none()
                    && best_valid(&certs, Qualification::Referent, today).is_some(),
            }
        })
        .collect();
    let officers = registry.officers.into_iter().filter(|o| o.active).collect();
    Ok(ReferentsPage {
        page,
        rows,
        officers,
        form,
        error,
        end,
        today: today.to_string(),
    })
}

/// `GET /staff/training/referents`.
pub async fn referents(State(state): State<AppState>, page: Page) -> Result<Response, WebError> {
    Ok(referents_page(&state, page, ReferentForm::default(), None)
        .await?
        .into_response())
}

/// `POST /staff/training/referents`: designates a referent of the officer's unit; without a
/// valid referent certificate only a supervisor may, with a reason (both audited).
pub async fn designate(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<ReferentForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let registry = state.store().training_registry().await?;
    let officer = registry
        .officers
        .iter()
        .find(|o| o.active && o.id.to_string() == form.officer);
    let Some(officer) = officer else {
        let error = Some(page.t("training-error-officer"));
        return Ok(bad(referents_page(&state, page, form, error).await?));
    };
    let today = lumen_domain::training::time::local_day(Utc::now());
    let certs: Vec<_> = registry
        .certificates_of(officer.id)
        .into_iter()
        .map(|e| e.certificate)
        .collect();
    let holds = best_valid(&certs, Qualification::Referent, today).is_some();
    let reason = Some(form.override_reason.as_str()).filter(|r| r.chars().count() <= 2000);
    let ground = match may_designate(holds, reason, actor.role == Role::Supervisor) {
        Ok(g) => g,
        Err(e) => {
            let error = Some(page.t(&refusal_key(e.code())));
            return Ok(bad(referents_page(&state, page, form, error).await?));
        }
    };
    let (override_reason, overridden_by, action) = match ground {
        DesignationGround::Certified => (None, None, AuditAction::TrainingReferentDesignate),
        DesignationGround::Override(r) => (
            Some(r),
            Some(actor.id),
            AuditAction::TrainingReferentDesignateOverride,
        ),
    };
    let id = Uuid::now_v7();
    let ev = AuditEvent::new(action, Some(id.to_string())).by(actor.id, actor.role);
    let new = ReferentRecord {
        id,
        unit_id: officer.unit_id,
        officer_id: officer.id,
        designated_on: today,
        override_reason,
        overridden_by,
        ended_on: None,
    };
    match state.store().designate_referent(new, ev).await {
        Ok(_) => Ok(see_other_done(
            "/staff/training/referents",
            "referent-designated",
        )),
        Err(StoreError::Conflict(_)) => {
            let error = Some(page.t("training-error-already-referent"));
            let body = referents_page(&state, page, form, error).await?;
            Ok((StatusCode::CONFLICT, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
