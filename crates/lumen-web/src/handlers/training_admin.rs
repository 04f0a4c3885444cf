//! Training registry management: courses, officers and referent designations.

use crate::error::WebError;
use crate::form::ValidForm;
use crate::handlers::see_other;
use crate::handlers::training::refusal_key;
use crate::page::{Ctx, Page};
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{
    CourseKind, DesignationGround, OfficerFunction, Qualification, best_valid, check_course,
    may_designate,
};
use lumen_domain::{Role, UnitKind};
use lumen_store::{
    CourseRecord, OfficerRecord, ReferentRecord, StoreError, UnitRecord, UserRecord,
};
use serde::Deserialize;
use uuid::Uuid;

fn text(raw: &str, max: usize) -> Option<String> {
    let t = raw.trim();
    (!t.is_empty() && t.chars().count() <= max).then(|| t.to_owned())
}

fn bad(body: impl IntoResponse) -> Response {
    (StatusCode::BAD_REQUEST, body).into_response()
}

// ---- Courses ----

#[derive(Template, WebTemplate)]
#[template(path = "training/courses.html")]
struct CoursesPage {
    page: Page,
    courses: Vec<CourseRecord>,
    kinds: &'static [CourseKind],
    form: CourseForm,
    error: Option<String>,
}

/// The form creating a course.
#[derive(Deserialize, Default)]
pub struct CourseForm {
    title_fr: String,
    title_nl: String,
    title_en: String,
    #[serde(default)]
    description_fr: String,
    #[serde(default)]
    description_nl: String,
    #[serde(default)]
    description_en: String,
    kind: String,
    #[serde(default)]
    validity_months: String,
    #[serde(default)]
    prerequisites: String,
}

async fn courses_page(
    state: &AppState,
    page: Page,
    form: CourseForm,
    error: Option<String>,
) -> Result<CoursesPage, WebError> {
    Ok(CoursesPage {
        page,
        courses: state.store().list_courses().await?,
        kinds: CourseKind::ALL,
        form,
        error,
    })
}

/// `GET /staff/training/courses`.
pub async fn courses(State(state): State<AppState>, page: Page) -> Result<Response, WebError> {
    Ok(courses_page(&state, page, CourseForm::default(), None)
        .await?
        .into_response())
}

fn parse_course(f: &CourseForm) -> Result<CourseRecord, String> {
    let titles = [&f.title_fr, &f.title_nl, &f.title_en].map(|t| text(t, 200));
    let [Some(fr), Some(nl), Some(en)] = titles else {
        return Err("training-error-title".into());
    };
    let kind = CourseKind::parse(&f.kind).ok_or("training-error-kind")?;
    let validity = match f.validity_months.trim() {
        "" => None,
        v => Some(
            v.parse::<u32>()
                .map_err(|_| refusal_key("validity_out_of_range"))?,
        ),
    };
    check_course(kind, validity).map_err(|e| refusal_key(e.code()))?;
    let descriptions = [&f.description_fr, &f.description_nl, &f.description_en]
        .map(|d| d.trim().chars().take(4000).collect::<String>());
    Ok(CourseRecord {
        id: Uuid::now_v7(),
        title: [fr, nl, en],
        description: descriptions,
        kind,
        validity_months: validity,
        prerequisites: text(&f.prerequisites, 2000),
    })
}

/// `POST /staff/training/courses`.
pub async fn create_course(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(form): ValidForm<CourseForm>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let course = match parse_course(&form) {
        Ok(c) => c,
        Err(key) => {
            let error = Some(page.t(&key));
            return Ok(bad(courses_page(&state, page, form, error).await?));
        }
    };
    let ev = AuditEvent::new(
        "training.course.create",
        "training_course",
        Some(course.id.to_string()),
    )
    .by(actor.id, actor.role);
    state.store().create_course(course, ev).await?;
    Ok(see_other("/staff/training/courses"))
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

fn police_units(units: Vec<UnitRecord>) -> Vec<UnitRecord> {
    units
        .into_iter()
        .filter(|u| u.active && u.kind != UnitKind::Partner)
        .collect()
}

/// `GET /staff/training/officers`.
pub async fn officers(State(state): State<AppState>, page: Page) -> Result<Response, WebError> {
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
    let ev = AuditEvent::new(
        "training.officer.create",
        "training_officer",
        Some(id.to_string()),
    )
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
    Ok(see_other("/staff/training/officers"))
}

// ---- Referents ----

/// A designation as listed.
struct ReferentRow {
    unit: String,
    officer: String,
    designated_on: String,
    override_reason: Option<String>,
    valid: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/referents.html")]
struct ReferentsPage {
    page: Page,
    rows: Vec<ReferentRow>,
    officers: Vec<OfficerRecord>,
    form: ReferentForm,
    error: Option<String>,
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
    let registry = state.store().training_registry().await?;
    let today = Utc::now().date_naive();
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
                valid: best_valid(&certs, Qualification::Referent, today).is_some(),
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
    let today = Utc::now().date_naive();
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
        DesignationGround::Certified => (None, None, "training.referent.designate"),
        DesignationGround::Override(r) => (
            Some(r),
            Some(actor.id),
            "training.referent.designate_override",
        ),
    };
    let id = Uuid::now_v7();
    let ev =
        AuditEvent::new(action, "training_referent", Some(id.to_string())).by(actor.id, actor.role);
    let new = ReferentRecord {
        id,
        unit_id: officer.unit_id,
        officer_id: officer.id,
        designated_on: today,
        override_reason,
        overridden_by,
    };
    match state.store().designate_referent(new, ev).await {
        Ok(_) => Ok(see_other("/staff/training/referents")),
        Err(StoreError::Conflict(_)) => {
            let error = Some(page.t("training-error-already-referent"));
            let body = referents_page(&state, page, form, error).await?;
            Ok((StatusCode::CONFLICT, body).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
