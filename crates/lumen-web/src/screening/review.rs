//! The last step of a screening: everything entered, reviewable and changeable step by step,
//! then filed (assessed, stored and audited, the draft removed in the same write) or discarded.

use super::form::input_error;
use super::steps::{
    GroupView, answer_label, draft_answer, groups, own_draft, review_path, set_label, step_path,
};
use crate::infra::error::WebError;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::screening::ScreeningFacts;
use lumen_screening::{Answer, AssessRequest, Facts};
use lumen_store::{NewScreening, ScreeningDraftRecord};

/// One answered question on the review.
pub struct AnsweredView {
    id: String,
    question: String,
    phase: String,
    answer: String,
}

/// One step on the review: what was answered, and how many were not asked.
pub struct ReviewGroup {
    label: String,
    href: String,
    answered: Vec<AnsweredView>,
    not_asked: u64,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/review.html")]
struct ReviewPage {
    page: Page,
    draft_id: String,
    set_label: String,
    child_set: bool,
    groups: Vec<ReviewGroup>,
    facts_href: String,
    who_key: String,
    age: Option<u32>,
    immediate_danger: bool,
    act_established: bool,
    purpose: Option<String>,
    report_ref: Option<String>,
    person_description: Option<String>,
    error: Option<String>,
}

fn review_groups(draft: &ScreeningDraftRecord, all: Vec<GroupView>) -> Vec<ReviewGroup> {
    all.into_iter()
        .enumerate()
        .map(|(i, g)| {
            let total = g.items.len();
            let answered: Vec<AnsweredView> = g
                .items
                .into_iter()
                .filter(|q| q.answer != Answer::NotAsked.code())
                .map(|q| AnsweredView {
                    id: q.id,
                    question: q.question,
                    phase: q.phase,
                    answer: q.answer.to_owned(),
                })
                .collect();
            ReviewGroup {
                label: g.label,
                href: step_path(&draft.id, i + 1),
                not_asked: (total - answered.len()) as u64,
                answered,
            }
        })
        .collect()
}

fn review_page(
    state: &AppState,
    page: Page,
    draft: &ScreeningDraftRecord,
    error: Option<String>,
) -> Result<ReviewPage, WebError> {
    let catalogue = state.catalogue();
    let all = groups(catalogue, &page, &draft.set_id, |id| {
        draft_answer(&draft.content, id)
    })?;
    let facts_href = step_path(&draft.id, all.len() + 1);
    let mut groups = review_groups(draft, all);
    for g in &mut groups {
        for q in &mut g.answered {
            q.answer = Answer::parse(&q.answer)
                .map(|a| answer_label(&page, a))
                .unwrap_or_default();
        }
    }
    let lang = page.lang.catalogue();
    let purpose = draft.content.purpose.as_ref().map(|p| {
        catalogue
            .purposes_on(&lumen_screening::today_utc())
            .ok()
            .and_then(|all| all.into_iter().find(|k| &k.id == p))
            .map_or_else(|| p.clone(), |k| k.label.get(lang).to_owned())
    });
    let (set_label, child_set) = set_label(catalogue, &page, &draft.set_id);
    let c = &draft.content;
    Ok(ReviewPage {
        draft_id: draft.id.to_string(),
        set_label,
        child_set,
        groups,
        facts_href,
        who_key: format!("screening-who-{}", c.who),
        age: c.age,
        immediate_danger: c.immediate_danger,
        act_established: c.act_established,
        purpose,
        report_ref: c.report_ref.clone(),
        person_description: c.person_description.clone(),
        error,
        page,
    })
}

/// `GET /staff/screenings/drafts/{id}/review`.
pub async fn review(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let draft = own_draft(&state, &officer, &id).await?;
    Ok(review_page(&state, page, &draft, None)?.into_response())
}

/// `POST /staff/screenings/drafts/{id}/file`: assesses the draft, stores the screening with its
/// audit entry and removes the draft in one write, and shows the result.
pub async fn file(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let draft = own_draft(&state, &officer, &id).await?;
    let catalogue = state.catalogue();
    let c = &draft.content;
    let answers: Vec<(String, Answer)> = c
        .answers
        .iter()
        .filter_map(|(id, a)| Answer::parse(a).map(|a| (id.clone(), a)))
        .collect();
    let assessed = catalogue
        .signs_from_answers(&draft.set_id, &answers)
        .and_then(|signs| {
            catalogue.assess(&AssessRequest {
                set: draft.set_id.clone(),
                indicators: signs,
                facts: Facts {
                    age: c.age,
                    act_established: c.act_established,
                    purpose: c.purpose.clone(),
                    immediate_danger: c.immediate_danger,
                },
                date: None,
            })
        });
    let assessment = match assessed {
        Ok(a) => a,
        Err(e) => {
            let error = input_error(&page, &e);
            let body = review_page(&state, page, &draft, Some(error))?;
            return Ok((StatusCode::BAD_REQUEST, body).into_response());
        }
    };
    let facts = ScreeningFacts {
        who: c.who.clone(),
        age: c.age,
        act_established: c.act_established,
        purpose: c.purpose.clone(),
        immediate_danger: c.immediate_danger,
        answers: c.answers.clone(),
    };
    let screening = uuid::Uuid::now_v7();
    let new = NewScreening {
        id: screening,
        officer_id: officer.id,
        unit_id: officer.unit_id,
        set_id: assessment.set.clone(),
        indicators: assessment
            .dimensions
            .iter()
            .flat_map(|d| d.counted.iter().cloned())
            .collect(),
        age: c.age,
        facts: serde_json::to_string(&facts).map_err(|_| WebError::Internal)?,
        result: serde_json::to_string(&assessment).map_err(|_| WebError::Internal)?,
        report_ref: c.report_ref.clone(),
        person_description: c.person_description.clone(),
    };
    let ev = AuditEvent::new(AuditAction::ScreeningCreate, Some(screening.to_string()))
        .by(officer.id, officer.role);
    state
        .store()
        .file_screening_draft(new, draft.id, ev)
        .await?;
    Ok(see_other_done(
        &format!("/staff/screenings/{screening}"),
        "screening-filed",
    ))
}

/// `POST /staff/screenings/drafts/{id}/discard`: removes the draft; nothing was filed.
pub async fn discard(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let draft = own_draft(&state, &officer, &id).await?;
    state
        .store()
        .discard_screening_draft(draft.id, officer.id)
        .await?;
    Ok(see_other_done(
        "/staff/screenings",
        "screening-draft-discarded",
    ))
}

/// Where a draft goes on: the first step not saved, or the review once all were.
pub fn resume_path(draft: &ScreeningDraftRecord, steps: usize) -> String {
    let next = draft.content.reached as usize + 1;
    if next > steps {
        review_path(&draft.id)
    } else {
        step_path(&draft.id, next)
    }
}
