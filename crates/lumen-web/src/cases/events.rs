//! Historic events of a case (HTCDS: recruitment, transit, exploitation), `POST
//! /staff/cases/{id}/events`: a kind, a day, a place and what happened, in the case's
//! timeline; a form with a problem comes back with what was typed.

use crate::cases::actor;
use crate::cases::page::{EventForm, Problem, render};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::{path_id, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use lumen_domain::cases::events::{EventKind, EventText};
use lumen_store::StoreError;
use uuid::Uuid;

/// `POST /staff/cases/{id}/events`.
pub async fn add(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<EventForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let today = lumen_domain::time::local_day(chrono::Utc::now());
    let kind = EventKind::parse(&f.kind);
    let day = chrono::NaiveDate::parse_from_str(f.day.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| *d <= today);
    let problem = |key: &str| Problem {
        event_error: Some(page.t(key)),
        event: f.clone(),
        ..Default::default()
    };
    let (Some(kind), Some(day)) = (kind, day) else {
        let key = if kind.is_none() {
            "case-error-event-kind"
        } else {
            "case-error-event-day"
        };
        let problem = problem(key);
        return render(&state, page, id, me, problem).await;
    };
    let text = EventText {
        place: f.place.trim().to_owned(),
        text: f.text.trim().to_owned(),
    };
    match state.store().add_case_event(id, kind, day, &text, me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{id}#journal"),
            "case-event-added",
        )),
        Err(StoreError::Refused(code)) => {
            let problem = problem(&format!("case-error-{}", code.replace('_', "-")));
            render(&state, page, id, me, problem).await
        }
        Err(e) => Err(e.into()),
    }
}
