//! Training courses: list, create and edit, with their prerequisites (other courses).

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::training::officers::{bad, text};
use crate::training::registry::refusal_key;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{CourseKind, check_course};
use lumen_store::{CourseRecord, StoreError};
use uuid::Uuid;

/// What the course form sent (kept to show it again).
#[derive(Default)]
pub struct CourseForm {
    title: [String; 3],
    description: [String; 3],
    kind: String,
    validity_months: String,
    prerequisites: String,
    required: Vec<String>,
}

impl CourseForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut f = CourseForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "title_fr" => f.title[0] = v,
                "title_nl" => f.title[1] = v,
                "title_en" => f.title[2] = v,
                "description_fr" => f.description[0] = v,
                "description_nl" => f.description[1] = v,
                "description_en" => f.description[2] = v,
                "kind" => f.kind = v,
                "validity_months" => f.validity_months = v,
                "prerequisites" => f.prerequisites = v,
                "required" => f.required.push(v),
                _ => {}
            }
        }
        f
    }

    fn of(c: &CourseRecord) -> Self {
        CourseForm {
            title: c.title.clone(),
            description: c.description.clone(),
            kind: c.kind.code().to_owned(),
            validity_months: c.validity_months.map(|m| m.to_string()).unwrap_or_default(),
            prerequisites: c.prerequisites.clone().unwrap_or_default(),
            required: c.prerequisite_ids.iter().map(Uuid::to_string).collect(),
        }
    }

    /// Whether `c` is ticked as a prerequisite.
    fn requires(&self, c: &CourseRecord) -> bool {
        self.required.contains(&c.id.to_string())
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "training/courses.html")]
struct CoursesPage {
    page: Page,
    courses: Vec<CourseRecord>,
    kinds: &'static [CourseKind],
    form: CourseForm,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "training/course_edit.html")]
struct CourseEditPage {
    page: Page,
    course: CourseRecord,
    courses: Vec<CourseRecord>,
    kinds: &'static [CourseKind],
    form: CourseForm,
    error: Option<String>,
}

impl CoursesPage {
    fn titles(&self, ids: &[Uuid]) -> String {
        titles(&self.courses, ids, self.page.lang.code)
    }
}

fn titles(courses: &[CourseRecord], ids: &[Uuid], lang: &str) -> String {
    ids.iter()
        .filter_map(|id| courses.iter().find(|c| c.id == *id))
        .map(|c| c.title_in(lang))
        .collect::<Vec<_>>()
        .join(", ")
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

fn parse_course(
    id: Uuid,
    f: &CourseForm,
    courses: &[CourseRecord],
) -> Result<CourseRecord, String> {
    let titles = [&f.title[0], &f.title[1], &f.title[2]].map(|t| text(t, 200));
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
    let prerequisite_ids = f
        .required
        .iter()
        .map(|r| {
            courses
                .iter()
                .find(|c| c.id.to_string() == *r && c.id != id)
                .map(|c| c.id)
                .ok_or_else(|| "training-error-prerequisite".to_owned())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let descriptions = f
        .description
        .clone()
        .map(|d| d.trim().chars().take(4000).collect::<String>());
    Ok(CourseRecord {
        id,
        title: [fr, nl, en],
        description: descriptions,
        kind,
        validity_months: validity,
        prerequisites: text(&f.prerequisites, 2000),
        prerequisite_ids,
    })
}

/// `POST /staff/training/courses`.
pub async fn create_course(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(pairs): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let form = CourseForm::from_pairs(pairs);
    let all = state.store().list_courses().await?;
    let course = match parse_course(Uuid::now_v7(), &form, &all) {
        Ok(c) => c,
        Err(key) => {
            let error = Some(page.t(&key));
            return Ok(bad(courses_page(&state, page, form, error).await?));
        }
    };
    let ev = AuditEvent::new(
        AuditAction::TrainingCourseCreate,
        Some(course.id.to_string()),
    )
    .by(actor.id, actor.role);
    state.store().create_course(course, ev).await?;
    Ok(see_other_done("/staff/training/courses", "course-created"))
}

async fn edit_page(
    state: &AppState,
    page: Page,
    id: Uuid,
    form: Option<CourseForm>,
    error: Option<String>,
) -> Result<CourseEditPage, WebError> {
    let courses = state.store().list_courses().await?;
    let course = courses
        .iter()
        .find(|c| c.id == id)
        .cloned()
        .ok_or(WebError::NotFound)?;
    Ok(CourseEditPage {
        page,
        form: form.unwrap_or_else(|| CourseForm::of(&course)),
        courses: courses.into_iter().filter(|c| c.id != id).collect(),
        course,
        kinds: CourseKind::ALL,
        error,
    })
}

/// `GET /staff/training/courses/{id}`: the course's edit form.
pub async fn edit(
    State(state): State<AppState>,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    Ok(edit_page(&state, page, id, None, None)
        .await?
        .into_response())
}

/// `POST /staff/training/courses/{id}`: saves the course's texts, kind, validity and
/// prerequisites; a cycle of prerequisites is refused.
pub async fn update(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(pairs): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let actor = ctx.user.ok_or(WebError::Forbidden)?;
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let form = CourseForm::from_pairs(pairs);
    let all = state.store().list_courses().await?;
    if !all.iter().any(|c| c.id == id) {
        return Err(WebError::NotFound);
    }
    let key = match parse_course(id, &form, &all) {
        Err(key) => key,
        Ok(course) => {
            let ev = AuditEvent::new(AuditAction::TrainingCourseUpdate, Some(id.to_string()))
                .by(actor.id, actor.role);
            match state.store().update_course(course, ev).await {
                Ok(()) => return Ok(see_other_done("/staff/training/courses", "course-saved")),
                Err(StoreError::Refused(code)) => refusal_key(code),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let error = Some(page.t(&key));
    Ok(bad(edit_page(&state, page, id, Some(form), error).await?))
}
