//! Training sessions: list and create (with partner associations), one session with its
//! registrations, registering officers, marking attendance, cancelling.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::training::registry::refusal_key;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use lumen_domain::Role;
use lumen_domain::UnitKind;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{AttendanceStatus, check_new_session, time};
use lumen_store::{
    CourseRecord, OfficerRecord, RegistrationRecord, StoreError, TrainingSessionRecord, UnitRecord,
};
use serde::Deserialize;
use uuid::Uuid;

/// What the session form sent back (kept to show it again).
#[derive(Default)]
struct SessionForm {
    course: String,
    starts_at: String,
    place: String,
    trainers: String,
    capacity: String,
    partners: Vec<String>,
}

impl SessionForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut f = SessionForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "course" => f.course = v,
                "starts_at" => f.starts_at = v,
                "place" => f.place = v,
                "trainers" => f.trainers = v,
                "capacity" => f.capacity = v,
                "partner" => f.partners.push(v),
                _ => {}
            }
        }
        f
    }

    fn has_partner(&self, u: &UnitRecord) -> bool {
        self.partners.contains(&u.id.to_string())
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "training/sessions.html")]
struct SessionsPage {
    page: Page,
    sessions: Vec<TrainingSessionRecord>,
    courses: Vec<CourseRecord>,
    partners: Vec<UnitRecord>,
    form: SessionForm,
    error: Option<String>,
}

impl SessionsPage {
    /// The session's start in Brussels time.
    fn local(&self, s: &TrainingSessionRecord) -> String {
        time::display(s.starts_at)
    }

    fn course_title(&self, id: &Uuid) -> String {
        let lang = self.page.lang.code;
        self.courses
            .iter()
            .find(|c| c.id == *id)
            .map(|c| c.title_in(lang).to_owned())
            .unwrap_or_default()
    }

    fn partner_names(&self, s: &TrainingSessionRecord) -> String {
        s.partner_ids
            .iter()
            .filter_map(|id| self.partners.iter().find(|u| u.id == *id))
            .map(|u| u.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

async fn sessions_page(
    state: &AppState,
    page: Page,
    form: SessionForm,
    error: Option<String>,
) -> Result<SessionsPage, WebError> {
    let store = state.store();
    Ok(SessionsPage {
        page,
        sessions: store.list_training_sessions().await?,
        courses: store.list_courses().await?,
        partners: store
            .list_units()
            .await?
            .into_iter()
            .filter(|u| u.kind == UnitKind::Partner)
            .collect(),
        form,
        error,
    })
}

/// `GET /staff/training/sessions`.
pub async fn list(State(state): State<AppState>, page: Page) -> Result<Response, WebError> {
    Ok(sessions_page(&state, page, SessionForm::default(), None)
        .await?
        .into_response())
}

/// `POST /staff/training/sessions`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(pairs): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let form = SessionForm::from_pairs(pairs);
    let listing = sessions_page(&state, page.clone(), SessionForm::default(), None).await?;
    let parsed = parse_session(&form, &listing.courses, &listing.partners);
    let new = match parsed {
        Ok(n) => n,
        Err(key) => {
            let error = Some(page.t(&key));
            let body = SessionsPage {
                form,
                error,
                ..listing
            };
            return Ok((StatusCode::BAD_REQUEST, body).into_response());
        }
    };
    let ev = AuditEvent::new(AuditAction::TrainingSessionCreate, Some(new.id.to_string()))
        .by(actor.id, actor.role);
    let id = new.id;
    state.store().create_training_session(new, ev).await?;
    Ok(see_other_done(
        &format!("/staff/training/sessions/{id}"),
        "session-created",
    ))
}

fn parse_session(
    f: &SessionForm,
    courses: &[CourseRecord],
    partners: &[UnitRecord],
) -> Result<TrainingSessionRecord, String> {
    let course = courses
        .iter()
        .find(|c| c.id.to_string() == f.course)
        .ok_or("training-error-course")?;
    let starts_at = time::parse_form(&f.starts_at)
        .ok_or("training-error-starts-at")?
        .map_err(|e| refusal_key(e.code()))?;
    let place = Some(f.place.trim())
        .filter(|p| !p.is_empty() && p.chars().count() <= 200)
        .ok_or("training-error-place")?;
    let capacity: u32 = f
        .capacity
        .trim()
        .parse()
        .map_err(|_| refusal_key("capacity_out_of_range"))?;
    check_new_session(starts_at, capacity, Utc::now()).map_err(|e| refusal_key(e.code()))?;
    let partner_ids = f
        .partners
        .iter()
        .map(|p| {
            partners
                .iter()
                .find(|u| u.id.to_string() == *p)
                .map(|u| u.id)
                .ok_or("training-error-partner")
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(TrainingSessionRecord {
        id: Uuid::now_v7(),
        course_id: course.id,
        starts_at,
        place: place.to_owned(),
        trainers: f.trainers.trim().chars().take(2000).collect(),
        capacity,
        cancelled: false,
        partner_ids,
    })
}

// ---- One session ----

/// A registration as listed.
struct RegRow {
    officer_id: Uuid,
    name: String,
    status: AttendanceStatus,
    override_reason: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/session.html")]
struct SessionPage {
    page: Page,
    session: TrainingSessionRecord,
    starts_at: String,
    /// The titles of the course's prerequisites, if any.
    required: String,
    form: RegisterForm,
    course: String,
    partners: String,
    rows: Vec<RegRow>,
    candidates: Vec<OfficerRecord>,
    statuses: &'static [AttendanceStatus],
    error: Option<String>,
}

async fn session_page(
    state: &AppState,
    page: Page,
    id: Uuid,
    error: Option<String>,
) -> Result<SessionPage, WebError> {
    session_page_with(state, page, id, error, RegisterForm::default()).await
}

async fn session_page_with(
    state: &AppState,
    page: Page,
    id: Uuid,
    error: Option<String>,
    form: RegisterForm,
) -> Result<SessionPage, WebError> {
    let store = state.store();
    let session = store.training_session(id).await?;
    let course = store.course(session.course_id).await?;
    let all_courses = store.list_courses().await?;
    let lang = page.lang.code;
    let required = course
        .prerequisite_ids
        .iter()
        .filter_map(|id| all_courses.iter().find(|c| c.id == *id))
        .map(|c| c.title_in(lang))
        .collect::<Vec<_>>()
        .join(", ");
    let units = store.list_units().await?;
    let officers = store.list_officers().await?;
    let regs: Vec<RegistrationRecord> = store.training_registrations(Some(id)).await?;
    let rows = regs
        .iter()
        .map(|r| RegRow {
            officer_id: r.officer_id,
            name: officers
                .iter()
                .find(|o| o.id == r.officer_id)
                .map(|o| o.display_name.clone())
                .unwrap_or_default(),
            status: r.status,
            override_reason: r.override_reason.clone(),
        })
        .collect();
    let candidates = officers
        .into_iter()
        .filter(|o| o.active && !regs.iter().any(|r| r.officer_id == o.id))
        .collect();
    let partners = session
        .partner_ids
        .iter()
        .filter_map(|p| units.iter().find(|u| u.id == *p))
        .map(|u| u.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    Ok(SessionPage {
        course: course.title_in(page.lang.code).to_owned(),
        page,
        starts_at: time::display(session.starts_at),
        required,
        form,
        session,
        partners,
        rows,
        candidates,
        statuses: AttendanceStatus::ALL,
        error,
    })
}

/// `GET /staff/training/sessions/{id}`.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    Ok(session_page(&state, page, id, None).await?.into_response())
}

/// The form registering an officer; a supervisor may override missing prerequisites with a
/// reason.
#[derive(Deserialize, Default)]
pub struct RegisterForm {
    officer: String,
    #[serde(default)]
    override_reason: String,
}

/// The form recording attendance.
#[derive(Deserialize)]
pub struct AttendanceForm {
    officer: String,
    status: String,
}

/// Turns a refused change into the session page with its message.
async fn refused(
    state: &AppState,
    page: Page,
    id: Uuid,
    e: StoreError,
) -> Result<Response, WebError> {
    let (status, key) = match e {
        StoreError::Refused(code) => (StatusCode::BAD_REQUEST, refusal_key(code)),
        StoreError::Conflict(_) => (
            StatusCode::CONFLICT,
            "training-error-already-registered".into(),
        ),
        StoreError::NotFound("officer" | "registration") => {
            (StatusCode::BAD_REQUEST, "training-error-officer".into())
        }
        other => return Err(other.into()),
    };
    let error = Some(page.t(&key));
    let body = session_page(state, page, id, error).await?;
    Ok((status, body).into_response())
}

/// `POST /staff/training/sessions/{id}/register`: refused while the officer lacks a valid
/// certificate of one of the course's prerequisites on the session day, unless a supervisor
/// gives a reason (audited as an override).
pub async fn register(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<RegisterForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let store = state.store();
    let registry = store.training_registry().await?;
    let session = registry
        .sessions
        .iter()
        .find(|s| s.id == id)
        .ok_or(WebError::NotFound)?;
    let Some(officer) = Uuid::parse_str(&form.officer)
        .ok()
        .filter(|o| registry.officers.iter().any(|r| r.id == *o))
    else {
        return refused(&state, page, id, StoreError::NotFound("officer")).await;
    };
    let course = registry
        .course(session.course_id)
        .ok_or(WebError::NotFound)?;
    let missing =
        registry.missing_prerequisites(officer, course, time::local_day(session.starts_at));
    let reason = form.override_reason.trim();
    let overridden = match (missing.first(), reason.is_empty()) {
        (None, _) => None,
        (Some(m), true) => {
            let key = "training-error-missing-prerequisite";
            let msg = page.t1(key, "course", m.title_in(page.lang.code));
            let body = session_page_with(&state, page, id, Some(msg), form).await?;
            return Ok((StatusCode::BAD_REQUEST, body).into_response());
        }
        (Some(_), false) if actor.role != Role::Supervisor || reason.chars().count() > 2000 => {
            let msg = page.t("training-error-prerequisite-override-needs-supervisor");
            let body = session_page_with(&state, page, id, Some(msg), form).await?;
            return Ok((StatusCode::BAD_REQUEST, body).into_response());
        }
        (Some(_), false) => Some((reason.to_owned(), actor.id)),
    };
    let action = if overridden.is_some() {
        AuditAction::TrainingSessionRegisterOverride
    } else {
        AuditAction::TrainingSessionRegister
    };
    let ev = AuditEvent::new(action, Some(id.to_string())).by(actor.id, actor.role);
    match store
        .register_officer_overriding(id, officer, overridden, ev)
        .await
    {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/training/sessions/{id}"),
            "officer-registered",
        )),
        Err(e) => refused(&state, page, id, e).await,
    }
}

/// `POST /staff/training/sessions/{id}/attendance`.
pub async fn attendance(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(form): ValidForm<AttendanceForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    state.store().training_session(id).await?;
    let status = AttendanceStatus::parse(&form.status).ok_or(WebError::BadRequest {
        field: "status".into(),
    })?;
    let Ok(officer) = Uuid::parse_str(&form.officer) else {
        return refused(&state, page, id, StoreError::NotFound("officer")).await;
    };
    let ev = AuditEvent::new(AuditAction::TrainingSessionAttendance, Some(id.to_string()))
        .by(actor.id, actor.role);
    match state.store().set_attendance(id, officer, status, ev).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/training/sessions/{id}"),
            "attendance-saved",
        )),
        Err(e) => refused(&state, page, id, e).await,
    }
}

/// `POST /staff/training/sessions/{id}/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let ev = AuditEvent::new(AuditAction::TrainingSessionCancel, Some(id.to_string()))
        .by(actor.id, actor.role);
    state.store().cancel_training_session(id, ev).await?;
    Ok(see_other_done(
        &format!("/staff/training/sessions/{id}"),
        "session-cancelled",
    ))
}
