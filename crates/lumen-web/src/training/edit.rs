//! Editing the training registry: an officer's unit, function and active state; a session's
//! start (Brussels time), place, trainers and capacity; ending a referent designation.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::training::officers::{ReferentForm, bad, police_units, referents_page_ending};
use crate::training::registry::refusal_key;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{OfficerFunction, time};
use lumen_store::{OfficerChange, OfficerRecord, SessionChange, StoreError, UnitRecord};
use serde::Deserialize;
use uuid::Uuid;

// ---- Officers ----

/// The form changing an officer.
#[derive(Deserialize, Default)]
pub struct OfficerEditForm {
    unit: String,
    function: String,
    #[serde(default)]
    active: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/officer_edit.html")]
struct OfficerEditPage {
    page: Page,
    officer: OfficerRecord,
    units: Vec<UnitRecord>,
    functions: &'static [OfficerFunction],
    form: OfficerEditForm,
    error: Option<String>,
}

async fn officer_page(
    state: &AppState,
    page: Page,
    id: Uuid,
    form: Option<OfficerEditForm>,
    error: Option<String>,
) -> Result<OfficerEditPage, WebError> {
    let store = state.store();
    let officer = store.officer(id).await?;
    let form = form.unwrap_or_else(|| OfficerEditForm {
        unit: officer.unit_id.to_string(),
        function: officer.function.code().to_owned(),
        active: if officer.active {
            "on".into()
        } else {
            String::new()
        },
    });
    Ok(OfficerEditPage {
        page,
        officer,
        units: police_units(store.list_units().await?),
        functions: OfficerFunction::ALL,
        form,
        error,
    })
}

/// `GET /staff/training/officers/{id}`.
pub async fn officer(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    Ok(officer_page(&state, page, id, None, None)
        .await?
        .into_response())
}

/// `POST /staff/training/officers/{id}`: unit, function, active (an inactive officer leaves
/// the coverage figures).
pub async fn update_officer(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<OfficerEditForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let store = state.store();
    store.officer(id).await?;
    let units = police_units(store.list_units().await?);
    let unit = units.iter().find(|u| u.id.to_string() == form.unit);
    let function = OfficerFunction::parse(&form.function);
    let (Some(unit), Some(function)) = (unit, function) else {
        let key = if unit.is_none() {
            "training-error-unit"
        } else {
            "training-error-function"
        };
        let error = Some(page.t(key));
        return Ok(bad(officer_page(&state, page, id, Some(form), error).await?));
    };
    let change = OfficerChange {
        unit_id: unit.id,
        function,
        active: form.active == "on",
    };
    let ev = AuditEvent::new(AuditAction::TrainingOfficerUpdate, Some(id.to_string()))
        .by(actor.id, actor.role);
    store.update_officer(id, change, ev).await?;
    Ok(see_other_done("/staff/training/officers", "officer-saved"))
}

// ---- Sessions ----

/// The form changing a session.
#[derive(Deserialize, Default)]
pub struct SessionEditForm {
    starts_at: String,
    place: String,
    #[serde(default)]
    trainers: String,
    capacity: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/session_edit.html")]
struct SessionEditPage {
    page: Page,
    id: Uuid,
    title: String,
    form: SessionEditForm,
    error: Option<String>,
}

async fn session_page(
    state: &AppState,
    page: Page,
    id: Uuid,
    form: Option<SessionEditForm>,
    error: Option<String>,
) -> Result<SessionEditPage, WebError> {
    let store = state.store();
    let session = store.training_session(id).await?;
    if session.cancelled {
        return Err(WebError::NotFound);
    }
    let course = store.course(session.course_id).await?;
    let form = form.unwrap_or_else(|| SessionEditForm {
        starts_at: time::form_value(session.starts_at),
        place: session.place.clone(),
        trainers: session.trainers.clone(),
        capacity: session.capacity.to_string(),
    });
    Ok(SessionEditPage {
        title: course.title_in(page.lang.code).to_owned(),
        page,
        id,
        form,
        error,
    })
}

/// `GET /staff/training/sessions/{id}/edit`.
pub async fn session(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    Ok(session_page(&state, page, id, None, None)
        .await?
        .into_response())
}

fn parse_session_change(f: &SessionEditForm) -> Result<SessionChange, String> {
    let starts_at = time::parse_form(&f.starts_at)
        .ok_or("training-error-starts-at")?
        .map_err(|e| refusal_key(e.code()))?;
    let place = Some(f.place.trim())
        .filter(|p| !p.is_empty() && p.chars().count() <= 200)
        .ok_or("training-error-place")?;
    let capacity = f
        .capacity
        .trim()
        .parse()
        .map_err(|_| refusal_key("capacity_out_of_range"))?;
    Ok(SessionChange {
        starts_at,
        place: place.to_owned(),
        trainers: f.trainers.trim().chars().take(2000).collect(),
        capacity,
    })
}

/// `POST /staff/training/sessions/{id}/edit`: a new start not in the past, a capacity not
/// below the registrations.
pub async fn update_session(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<SessionEditForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let key = match parse_session_change(&form) {
        Err(key) => key,
        Ok(change) => {
            let ev = AuditEvent::new(AuditAction::TrainingSessionUpdate, Some(id.to_string()))
                .by(actor.id, actor.role);
            match state
                .store()
                .update_training_session(id, change, Utc::now(), ev)
                .await
            {
                Ok(()) => {
                    return Ok(see_other_done(
                        &format!("/staff/training/sessions/{id}"),
                        "session-saved",
                    ));
                }
                Err(StoreError::Refused(code)) => refusal_key(code),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let error = Some(page.t(&key));
    Ok(bad(session_page(&state, page, id, Some(form), error).await?))
}

// ---- Referents ----

/// The form ending a designation.
#[derive(Deserialize)]
pub struct EndForm {
    ended_on: String,
}

/// `POST /staff/training/referents/{id}/end`: from the given day the officer is no longer a
/// referent of the unit.
pub async fn end_referent(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<EndForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let (status, key) = match NaiveDate::parse_from_str(form.ended_on.trim(), "%Y-%m-%d") {
        Err(_) => (StatusCode::BAD_REQUEST, "training-error-end-day".to_owned()),
        Ok(day) => {
            let ev = AuditEvent::new(AuditAction::TrainingReferentEnd, Some(id.to_string()))
                .by(actor.id, actor.role);
            match state.store().end_referent(id, day, ev).await {
                Ok(()) => {
                    return Ok(see_other_done(
                        "/staff/training/referents",
                        "referent-ended",
                    ));
                }
                Err(StoreError::Refused(code)) => (StatusCode::BAD_REQUEST, refusal_key(code)),
                Err(StoreError::Conflict(_)) => (
                    StatusCode::CONFLICT,
                    "training-error-referent-ended".to_owned(),
                ),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let error = Some(page.t(&key));
    let body = referents_page_ending(
        &state,
        page,
        ReferentForm::default(),
        error,
        (id.to_string(), form.ended_on),
    )
    .await?;
    Ok((status, body).into_response())
}
