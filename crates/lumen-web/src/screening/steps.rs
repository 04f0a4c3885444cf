//! The screening step by step: one theme of questions a page, then the other facts, each step
//! saved on the server in the officer's draft (no script needed), so the officer can go back,
//! stop and come back, and review everything before the result.

use super::form::{FieldError, ScreeningInput, merge_answers, merge_facts, refuse_choice, set_for};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::{see_other, see_other_done};
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use fluent_templates::fluent_bundle::FluentValue;
use lumen_domain::screening::ScreeningDraft;
use lumen_screening::{Answer, Catalogue, Population};
use lumen_store::{ScreeningDraftRecord, UserRecord};
use serde::Deserialize;

/// One question of a step.
pub struct ItemView {
    pub id: String,
    pub question: String,
    pub label: String,
    /// When the question is about: before or during the journey, or here and now.
    pub phase: String,
    /// The answer's code (`not_asked` when none).
    pub answer: &'static str,
}

/// A theme of questions: one step.
pub struct GroupView {
    pub label: String,
    pub items: Vec<ItemView>,
}

/// One step in the list of steps.
pub struct ProgressView {
    pub label: String,
    /// A link when the step may be opened (it was reached).
    pub href: Option<String>,
    pub current: bool,
}

/// The step the officer is on.
pub enum Step {
    /// The questions of one theme (index among the set's themes).
    Theme(usize),
    /// The other facts: danger, act, purpose, age, references.
    Facts,
}

/// The themes of a draft's set, in order, with the answers the draft holds.
pub fn groups(
    catalogue: &Catalogue,
    page: &Page,
    set: &str,
    answer: impl Fn(&str) -> Answer,
) -> Result<Vec<GroupView>, WebError> {
    let lang = page.lang.catalogue();
    let themes = catalogue
        .indicators_by_theme(set)
        .map_err(|_| WebError::Internal)?;
    Ok(themes
        .into_iter()
        .map(|g| GroupView {
            label: g.theme.label.get(lang).to_owned(),
            items: g
                .indicators
                .iter()
                .map(|i| ItemView {
                    id: i.id.clone(),
                    question: i.question.get(lang).to_owned(),
                    label: i.label.get(lang).to_owned(),
                    phase: catalogue
                        .dimension(&i.dimension)
                        .map(|d| page.t(&format!("screening-phase-{}", d.phase)))
                        .unwrap_or_default(),
                    answer: answer(&i.id).code(),
                })
                .collect(),
        })
        .collect())
}

/// The answer a draft holds for `id`.
pub fn draft_answer(d: &ScreeningDraft, id: &str) -> Answer {
    d.answers
        .iter()
        .find(|(i, _)| i == id)
        .and_then(|(_, a)| Answer::parse(a))
        .unwrap_or(Answer::NotAsked)
}

/// `(code, label)` of every answer, in the order offered.
pub fn answer_choices(page: &Page) -> Vec<(&'static str, String)> {
    Answer::ALL
        .iter()
        .map(|a| (a.code(), answer_label(page, *a)))
        .collect()
}

/// An answer in words.
pub fn answer_label(page: &Page, a: Answer) -> String {
    page.t(&format!("screening-answer-{}", a.code().replace('_', "-")))
}

/// The path of step `no` (from 1) of draft `id`.
pub fn step_path(id: &uuid::Uuid, no: usize) -> String {
    format!("/staff/screenings/drafts/{id}/step/{no}")
}

/// The path of the review of draft `id`.
pub fn review_path(id: &uuid::Uuid) -> String {
    format!("/staff/screenings/drafts/{id}/review")
}

/// The set's label and whether it is a child's set.
pub fn set_label(catalogue: &Catalogue, page: &Page, set: &str) -> (String, bool) {
    catalogue.set(set).map_or((set.to_owned(), false), |s| {
        (
            s.label.get(page.lang.catalogue()).to_owned(),
            s.population == Population::Child,
        )
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/step.html")]
struct StepPage {
    page: Page,
    draft_id: String,
    set_label: String,
    child_set: bool,
    step_no: usize,
    step_count: usize,
    /// "Step 3 of 9".
    step_of: String,
    step_title: String,
    progress: Vec<ProgressView>,
    /// The previous step, if any.
    back_href: Option<String>,
    /// The questions of a theme step.
    group: Option<GroupView>,
    /// The facts step's fields.
    facts: Option<ScreeningInput>,
    answers: Vec<(&'static str, String)>,
    purposes: Vec<(String, String)>,
    errors: Vec<FieldError>,
    can_review: bool,
}

impl StepPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// The progress list of a draft's steps.
fn progress(
    draft: &ScreeningDraftRecord,
    groups: &[GroupView],
    page: &Page,
    current: usize,
) -> Vec<ProgressView> {
    let facts = page.t("screening-facts-legend");
    groups
        .iter()
        .map(|g| g.label.clone())
        .chain(std::iter::once(facts))
        .enumerate()
        .map(|(i, label)| {
            let no = i + 1;
            let reached = no <= draft.content.reached as usize + 1;
            ProgressView {
                label,
                href: reached.then(|| step_path(&draft.id, no)),
                current: no == current,
            }
        })
        .collect()
}

fn step_page(
    state: &AppState,
    page: Page,
    draft: &ScreeningDraftRecord,
    no: usize,
    shown: Option<ScreeningInput>,
    errors: Vec<FieldError>,
) -> Result<StepPage, WebError> {
    let catalogue = state.catalogue();
    let lang = page.lang.catalogue();
    let answer_of = |id: &str| match &shown {
        Some(input) if input.answers.iter().any(|(i, _)| i == id) => input.answer_to(id),
        _ => draft_answer(&draft.content, id),
    };
    let mut all = groups(catalogue, &page, &draft.set_id, answer_of)?;
    let step_count = all.len() + 1;
    let step = match no {
        n if (1..step_count).contains(&n) => Step::Theme(n - 1),
        n if n == step_count => Step::Facts,
        _ => return Err(WebError::NotFound),
    };
    let progress = progress(draft, &all, &page, no);
    let (set_label, child_set) = set_label(catalogue, &page, &draft.set_id);
    let back_href = (no > 1).then(|| step_path(&draft.id, no - 1));
    let (step_title, group, facts) = match step {
        Step::Theme(i) => {
            let group = all.swap_remove(i);
            (group.label.clone(), Some(group), None)
        }
        Step::Facts => {
            let input = shown.unwrap_or_else(|| ScreeningInput::from_draft(&draft.content));
            (page.t("screening-facts-legend"), None, Some(input))
        }
    };
    let purposes = catalogue
        .purposes_on(&lumen_screening::today_utc())
        .map_err(|_| WebError::Internal)?
        .into_iter()
        .map(|p| (p.id.clone(), p.label.get(lang).to_owned()))
        .collect();
    let step_of = page.lang.t_args(
        "screening-step-of",
        &[
            ("no", FluentValue::from(no as u64)),
            ("count", FluentValue::from(step_count as u64)),
        ],
    );
    Ok(StepPage {
        step_of,
        answers: answer_choices(&page),
        draft_id: draft.id.to_string(),
        set_label,
        child_set,
        step_no: no,
        step_count,
        step_title,
        progress,
        back_href,
        group,
        facts,
        purposes,
        errors,
        can_review: draft.content.reached as usize >= step_count,
        page,
    })
}

/// The officer and their draft `id`; a draft of someone else's is not found.
pub async fn own_draft(
    state: &AppState,
    officer: &UserRecord,
    id: &str,
) -> Result<ScreeningDraftRecord, WebError> {
    let id: uuid::Uuid = id.parse().map_err(|_| WebError::NotFound)?;
    Ok(state.store().screening_draft(id, officer.id).await?)
}

/// The first step's answers.
#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    who: String,
    #[serde(default)]
    situation: String,
}

/// `POST /staff/screenings/drafts`: starts a draft for the person and situation chosen.
pub async fn start(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(f): ValidForm<StartForm>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let Some(set) = set_for(&f.who, &f.situation) else {
        let error = page.t("screening-choose-both");
        return Ok(refuse_choice(page, f.who, f.situation, error));
    };
    if state.catalogue().set(&set).is_err() {
        let error = page.t1("screening-error-unknown-set", "set", &set);
        return Ok(refuse_choice(page, f.who, f.situation, error));
    }
    let content = ScreeningDraft {
        who: f.who,
        ..ScreeningDraft::default()
    };
    let draft = state
        .store()
        .start_screening_draft(officer.id, &set, &content)
        .await?;
    Ok(see_other(&step_path(&draft.id, 1)))
}

/// `GET /staff/screenings/drafts/{id}/step/{no}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((id, no)): Path<(String, usize)>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let draft = own_draft(&state, &officer, &id).await?;
    if no > draft.content.reached as usize + 1 {
        // A step not reached yet: the first one not saved.
        return Ok(see_other(&step_path(
            &draft.id,
            draft.content.reached as usize + 1,
        )));
    }
    Ok(step_page(&state, page, &draft, no, None, Vec::new())?.into_response())
}

/// `POST /staff/screenings/drafts/{id}/step/{no}`: saves the step, then goes where asked. A
/// refused field shows the step again with what was posted, and nothing is saved.
pub async fn save(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((id, no)): Path<(String, usize)>,
    ValidForm(pairs): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let draft = own_draft(&state, &officer, &id).await?;
    let catalogue = state.catalogue();
    let input = ScreeningInput::from_pairs(pairs);
    let all = groups(catalogue, &page, &draft.set_id, |_| Answer::NotAsked)?;
    let step_count = all.len() + 1;
    if !(1..=step_count).contains(&no) {
        return Err(WebError::NotFound);
    }
    let step_questions: Vec<String> = match all.get(no - 1) {
        Some(g) => g.items.iter().map(|i| i.id.clone()).collect(),
        None => Vec::new(),
    };
    let mut content = draft.content.clone();
    let merged = merge_answers(
        &page,
        catalogue,
        &draft.set_id,
        &mut content,
        &input,
        &step_questions,
    )
    .and_then(|()| {
        if no == step_count {
            merge_facts(&page, catalogue, &mut content, &input)
        } else {
            Ok(())
        }
    });
    if let Err(e) = merged {
        let body = step_page(&state, page, &draft, no, Some(input), vec![e])?;
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    }
    content.reached = content.reached.max(u32::try_from(no).unwrap_or(u32::MAX));
    state
        .store()
        .save_screening_draft(draft.id, officer.id, &content)
        .await?;
    let to = match input.go.as_str() {
        "back" => step_path(&draft.id, no.saturating_sub(1).max(1)),
        "later" => return Ok(see_other_done("/staff/screenings", "screening-draft-saved")),
        "review" => review_path(&draft.id),
        _ if no == step_count => review_path(&draft.id),
        _ => step_path(&draft.id, no + 1),
    };
    Ok(see_other(&to))
}
