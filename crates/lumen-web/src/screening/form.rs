//! What an officer enters in a screening: the first step (who the person is, what the situation
//! looks like), and the fields of the later steps read, checked and merged into the draft.

use crate::infra::page::Page;
use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::screening::ScreeningDraft;
use lumen_screening::{Answer, AssessError, Catalogue};

/// Longest anonymous description of the person, in characters.
pub const MAX_DESCRIPTION: usize = 500;
/// Longest report reference, in characters.
pub const MAX_REPORT_REF: usize = 200;

/// The fields of one step as posted, kept to show the step again when one is refused.
#[derive(Debug, Clone, Default)]
pub struct ScreeningInput {
    /// `(indicator id, answer)` for every question posted, "not asked" included.
    pub answers: Vec<(String, Answer)>,
    /// A field `answer.<id>` whose value is not an answer.
    pub bad_answer: Option<String>,
    pub age: String,
    pub act_established: bool,
    pub purpose: String,
    pub immediate_danger: bool,
    pub report_ref: String,
    pub person_description: String,
    /// Where to go after saving: `next`, `back`, `review` or `later`.
    pub go: String,
}

impl ScreeningInput {
    /// The posted answer to `id`, "not asked" when none.
    pub fn answer_to(&self, id: &str) -> Answer {
        self.answers
            .iter()
            .find(|(i, _)| i == id)
            .map_or(Answer::NotAsked, |(_, a)| *a)
    }

    /// Reads the posted fields.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut input = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                _ if k.starts_with("answer.") => {
                    let id = k["answer.".len()..].trim().to_owned();
                    match Answer::parse(v.trim()) {
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
                "go" => input.go = v.trim().to_owned(),
                _ => {}
            }
        }
        input
    }

    /// The facts a draft holds, as the facts step shows them.
    pub fn from_draft(d: &ScreeningDraft) -> Self {
        Self {
            age: d.age.map(|a| a.to_string()).unwrap_or_default(),
            act_established: d.act_established,
            purpose: d.purpose.clone().unwrap_or_default(),
            immediate_danger: d.immediate_danger,
            report_ref: d.report_ref.clone().unwrap_or_default(),
            person_description: d.person_description.clone().unwrap_or_default(),
            ..Self::default()
        }
    }
}

/// A refused field: its id on the page (the summary links to it) and the message.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

fn field_error(field: &str, message: String) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message,
    }
}

/// Merges the posted answers into the draft's: each question posted is replaced (by nothing
/// when the answer is "not asked"), and so is each of `step_questions`, which a step shows
/// even when the browser sends nothing for them. Refuses a question not of `set`.
pub fn merge_answers(
    page: &Page,
    catalogue: &Catalogue,
    set: &str,
    draft: &mut ScreeningDraft,
    input: &ScreeningInput,
    step_questions: &[String],
) -> Result<(), FieldError> {
    if let Some(id) = &input.bad_answer {
        let message = page.t1("screening-error-unknown-indicator", "indicator", id);
        return Err(field_error(&format!("q-{id}"), message));
    }
    let posted: Vec<(String, Answer)> = input
        .answers
        .iter()
        .filter(|(_, a)| *a != Answer::NotAsked)
        .cloned()
        .collect();
    if let Err(e) = catalogue.signs_from_answers(set, &posted) {
        let message = input_error(page, &e);
        let field = match &e {
            AssessError::UnknownIndicator { found, .. }
            | AssessError::IndicatorFromOtherSet { found, .. } => format!("q-{found}"),
            _ => "form".to_owned(),
        };
        return Err(field_error(&field, message));
    }
    draft.answers.retain(|(id, _)| {
        !step_questions.contains(id) && !input.answers.iter().any(|(i, _)| i == id)
    });
    draft
        .answers
        .extend(posted.into_iter().map(|(id, a)| (id, a.code().to_owned())));
    Ok(())
}

/// Checks the facts step's fields and puts them in the draft.
pub fn merge_facts(
    page: &Page,
    catalogue: &Catalogue,
    draft: &mut ScreeningDraft,
    input: &ScreeningInput,
) -> Result<(), FieldError> {
    let age = if input.age.is_empty() {
        None
    } else {
        match input.age.parse::<u32>() {
            Ok(a) if a <= 120 => Some(a),
            _ => return Err(field_error("age", page.t("screening-error-age"))),
        }
    };
    let purpose = non_empty(&input.purpose);
    if let Some(p) = &purpose {
        let known = catalogue
            .purposes_on(&lumen_screening::today_utc())
            .map_err(|e| field_error("purpose", input_error(page, &e)))?
            .iter()
            .any(|k| &k.id == p);
        if !known {
            let message = page.t1("screening-error-unknown-purpose", "purpose", p);
            return Err(field_error("purpose", message));
        }
    }
    if input.report_ref.chars().count() > MAX_REPORT_REF {
        let message = page.t("screening-error-report-ref");
        return Err(field_error("report_ref", message));
    }
    if input.person_description.chars().count() > MAX_DESCRIPTION {
        let message = page.t("screening-error-description");
        return Err(field_error("person_description", message));
    }
    draft.age = age;
    draft.purpose = purpose;
    draft.act_established = input.act_established;
    draft.immediate_danger = input.immediate_danger;
    draft.report_ref = non_empty(&input.report_ref);
    draft.person_description = non_empty(&input.person_description);
    Ok(())
}

/// The message for an error of the engine about what was entered.
pub fn input_error(page: &Page, e: &AssessError) -> String {
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

/// `Some(s)` unless `s` is empty.
pub fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/choose.html")]
pub(super) struct ChoosePage {
    pub page: Page,
    pub who: String,
    pub situation: String,
    pub error: Option<String>,
}

/// The set for the person and the situation chosen on the first step.
pub fn set_for(who: &str, situation: &str) -> Option<String> {
    let population = match who {
        "adult" => "adult",
        // When the age is in doubt, the person is presumed to be a child.
        "child" | "unknown" => "child",
        _ => return None,
    };
    matches!(situation, "labour" | "sexual").then(|| format!("{population}-{situation}"))
}

/// The first step shown again with `error` (400).
pub(super) fn refuse_choice(page: Page, who: String, situation: String, error: String) -> Response {
    let body = ChoosePage {
        page,
        who,
        situation,
        error: Some(error),
    };
    (StatusCode::BAD_REQUEST, body).into_response()
}

/// `GET /staff/screenings/new`: who the person is and what the situation looks like.
pub async fn new(page: Page) -> Response {
    ChoosePage {
        page,
        who: String::new(),
        situation: String::new(),
        error: None,
    }
    .into_response()
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
        for lang in crate::infra::i18n::STAFF_LANGS {
            for o in ["ilo-combination-met", "ilo-combination-not-met", "no-signs"] {
                assert!(lang.has(&format!("screening-outcome-{o}")), "{o}");
            }
        }
    }
}
