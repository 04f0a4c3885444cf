//! The officer's screening: choosing the situation, the checklist, filing it, and the list.

use crate::error::WebError;
use crate::form::ValidForm;
use crate::handlers::see_other;
use crate::page::{Ctx, Page};
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::screening::ScreeningFacts;
use lumen_screening::{Answer, AssessError, AssessRequest, Catalogue, Facts};
use lumen_store::NewScreening;
use serde::Deserialize;

/// Longest anonymous description of the person, in characters.
pub const MAX_DESCRIPTION: usize = 500;
/// Longest report reference, in characters.
pub const MAX_REPORT_REF: usize = 200;

/// What the officer typed, kept to show the form again.
#[derive(Debug, Clone, Default)]
pub struct ScreeningInput {
    set: String,
    who: String,
    /// `(indicator id, answer)` for every question answered other than "not asked".
    answers: Vec<(String, Answer)>,
    /// A field `answer.<id>` whose value is not an answer.
    bad_answer: Option<String>,
    age: String,
    act_established: bool,
    purpose: String,
    immediate_danger: bool,
    report_ref: String,
    person_description: String,
}

impl ScreeningInput {
    fn answer_to(&self, id: &str) -> Answer {
        self.answers
            .iter()
            .find(|(i, _)| i == id)
            .map_or(Answer::NotAsked, |(_, a)| *a)
    }

    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut input = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                "set" => input.set = v.trim().to_owned(),
                "who" => input.who = v,
                _ if k.starts_with("answer.") => {
                    let id = k["answer.".len()..].trim().to_owned();
                    match Answer::parse(v.trim()) {
                        Some(Answer::NotAsked) => {}
                        Some(a) => input.answers.push((id, a)),
                        None => input.bad_answer = Some(id),
                    }
                }
                "age" => input.age = v.trim().to_owned(),
                "act_established" => input.act_established = true,
                "purpose" => input.purpose = v.trim().to_owned(),
                "immediate_danger" => input.immediate_danger = true,
                "report_ref" => input.report_ref = v.trim().to_owned(),
                "person_description" => input.person_description = v.trim().to_owned(),
                _ => {}
            }
        }
        input
    }
}

/// One question of the checklist.
pub struct ItemView {
    id: String,
    question: String,
    label: String,
    /// When the question is about: before or during the journey, or here and now.
    phase: String,
    /// The answer's code (`not_asked` when none).
    answer: &'static str,
}

/// A theme of the checklist.
pub struct GroupView {
    label: String,
    items: Vec<ItemView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/choose.html")]
struct ChoosePage {
    page: Page,
    who: String,
    situation: String,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/form.html")]
struct FormPage {
    page: Page,
    set_label: String,
    child_set: bool,
    input: ScreeningInput,
    groups: Vec<GroupView>,
    /// `(code, label)` of every answer, in the order offered.
    answers: Vec<(&'static str, String)>,
    purposes: Vec<(String, String)>,
    error: Option<String>,
}

/// Query of the first step.
#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    set: String,
    #[serde(default)]
    who: String,
    #[serde(default)]
    situation: String,
}

fn set_for(who: &str, situation: &str) -> Option<String> {
    let population = match who {
        "adult" => "adult",
        // When the age is in doubt, the person is presumed to be a child.
        "child" | "unknown" => "child",
        _ => return None,
    };
    matches!(situation, "labour" | "sexual").then(|| format!("{population}-{situation}"))
}

fn form_page(
    catalogue: &Catalogue,
    page: Page,
    input: ScreeningInput,
    error: Option<String>,
) -> Result<FormPage, AssessError> {
    let lang = page.lang.catalogue();
    let set = catalogue.set(&input.set)?;
    let groups = catalogue
        .indicators_by_theme(&set.id)?
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
                    answer: input.answer_to(&i.id).code(),
                })
                .collect(),
        })
        .collect();
    let purposes = catalogue
        .purposes_on(&lumen_screening::today_utc())?
        .into_iter()
        .map(|p| (p.id.clone(), p.label.get(lang).to_owned()))
        .collect();
    let answers = Answer::ALL
        .iter()
        .map(|a| {
            (
                a.code(),
                page.t(&format!("screening-answer-{}", a.code().replace('_', "-"))),
            )
        })
        .collect();
    Ok(FormPage {
        answers,
        set_label: set.label.get(lang).to_owned(),
        child_set: set.population == lumen_screening::Population::Child,
        page,
        input,
        groups,
        purposes,
        error,
    })
}

/// `GET /staff/screenings/new`: the situation first, then the checklist of its set.
pub async fn new(
    State(state): State<AppState>,
    page: Page,
    Query(q): Query<NewQuery>,
) -> Result<Response, WebError> {
    let set = if q.set.is_empty() {
        set_for(&q.who, &q.situation)
    } else {
        Some(q.set.clone())
    };
    let Some(set) = set else {
        let error =
            (!q.who.is_empty() || !q.situation.is_empty()).then(|| page.t("screening-choose-both"));
        let status = if error.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        let body = ChoosePage {
            page,
            who: q.who,
            situation: q.situation,
            error,
        };
        return Ok((status, body).into_response());
    };
    let who = if q.who.is_empty() {
        set.split('-').next().unwrap_or_default().to_owned()
    } else {
        q.who.clone()
    };
    let input = ScreeningInput {
        set,
        who,
        ..Default::default()
    };
    match form_page(state.catalogue(), page.clone(), input, None) {
        Ok(body) => Ok(body.into_response()),
        Err(e) => Ok(unknown_set(page, &e, q.who, q.situation)),
    }
}

fn unknown_set(page: Page, e: &AssessError, who: String, situation: String) -> Response {
    let found = match e {
        AssessError::UnknownSet { found, .. } => found.as_str(),
        _ => "",
    };
    let error = Some(page.t1("screening-error-unknown-set", "set", found));
    let body = ChoosePage {
        page,
        who,
        situation,
        error,
    };
    (StatusCode::BAD_REQUEST, body).into_response()
}

fn input_error(page: &Page, e: &AssessError) -> String {
    match e {
        AssessError::UnknownIndicator { found, .. }
        | AssessError::IndicatorFromOtherSet { found, .. } => {
            page.t1("screening-error-unknown-indicator", "indicator", found)
        }
        AssessError::UnknownPurpose { found, .. } => {
            page.t1("screening-error-unknown-purpose", "purpose", found)
        }
        _ => page.t("screening-error-invalid"),
    }
}

fn check_fields(page: &Page, input: &ScreeningInput) -> Result<Option<u32>, String> {
    let age = if input.age.is_empty() {
        None
    } else {
        match input.age.parse::<u32>() {
            Ok(a) if a <= 120 => Some(a),
            _ => return Err(page.t("screening-error-age")),
        }
    };
    if input.report_ref.chars().count() > MAX_REPORT_REF {
        return Err(page.t("screening-error-report-ref"));
    }
    if input.person_description.chars().count() > MAX_DESCRIPTION {
        return Err(page.t("screening-error-description"));
    }
    Ok(age)
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// `POST /staff/screenings`: checks, assesses, stores (audited) and shows the result.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(pairs): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let officer = ctx.user.ok_or(WebError::Forbidden)?;
    let input = ScreeningInput::from_pairs(pairs);
    let catalogue = state.catalogue();
    if let Err(e) = catalogue.set(&input.set) {
        let (who, situation) = (input.who.clone(), String::new());
        return Ok(unknown_set(page, &e, who, situation));
    }
    let refuse = |page: Page, input: ScreeningInput, error: String| {
        form_page(catalogue, page, input, Some(error))
            .map(|body| (StatusCode::BAD_REQUEST, body).into_response())
            .map_err(|_| WebError::Internal)
    };
    if let Some(id) = &input.bad_answer {
        let error = page.t1("screening-error-unknown-indicator", "indicator", id);
        return refuse(page, input, error);
    }
    let signs = match catalogue.signs_from_answers(&input.set, &input.answers) {
        Ok(signs) => signs,
        Err(e) => {
            let error = input_error(&page, &e);
            return refuse(page, input, error);
        }
    };
    let age = match check_fields(&page, &input) {
        Ok(age) => age,
        Err(error) => return refuse(page, input, error),
    };
    let facts = ScreeningFacts {
        who: input.who.clone(),
        age,
        act_established: input.act_established,
        purpose: non_empty(&input.purpose),
        immediate_danger: input.immediate_danger,
        answers: input
            .answers
            .iter()
            .map(|(id, a)| (id.clone(), a.code().to_owned()))
            .collect(),
    };
    let request = AssessRequest {
        set: input.set.clone(),
        indicators: signs,
        facts: Facts {
            age,
            act_established: facts.act_established,
            purpose: facts.purpose.clone(),
            immediate_danger: facts.immediate_danger,
        },
        date: None,
    };
    let assessment = match catalogue.assess(&request) {
        Ok(a) => a,
        Err(e) => {
            let error = input_error(&page, &e);
            return refuse(page, input, error);
        }
    };
    let id = uuid::Uuid::now_v7();
    let new = NewScreening {
        id,
        officer_id: officer.id,
        unit_id: officer.unit_id,
        set_id: assessment.set.clone(),
        indicators: assessment
            .dimensions
            .iter()
            .flat_map(|d| d.counted.iter().cloned())
            .collect(),
        age,
        facts: serde_json::to_string(&facts).map_err(|_| WebError::Internal)?,
        result: serde_json::to_string(&assessment).map_err(|_| WebError::Internal)?,
        report_ref: non_empty(&input.report_ref),
        person_description: non_empty(&input.person_description),
    };
    let ev = AuditEvent::new(AuditAction::ScreeningCreate, Some(id.to_string()))
        .by(officer.id, officer.role);
    state.store().create_screening(new, ev).await?;
    Ok(see_other(&format!("/staff/screenings/{id}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn situation_and_person_choose_the_set() {
        assert_eq!(set_for("adult", "sexual").as_deref(), Some("adult-sexual"));
        assert_eq!(
            set_for("unknown", "labour").as_deref(),
            Some("child-labour")
        );
        assert_eq!(set_for("adult", "begging"), None);
        assert_eq!(set_for("", "labour"), None);
    }

    #[test]
    fn outcome_labels_exist() {
        for lang in crate::i18n::STAFF_LANGS {
            for o in ["ilo-combination-met", "ilo-combination-not-met", "no-signs"] {
                assert!(lang.has(&format!("screening-outcome-{o}")), "{o}");
            }
        }
    }
}
