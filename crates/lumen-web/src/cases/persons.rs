//! Persons of a case: `GET /staff/cases/{id}/persons/new` shows the form, `POST
//! /staff/cases/{id}/persons` checks it and adds the person (identity and identifiers sealed,
//! identifiers blind-indexed), `GET /staff/persons/{id}` shows a person (audited read) and
//! `POST /staff/persons/{id}/cases` adds them to another case. A form with a problem comes
//! back with everything typed and nothing stored.

use crate::cases::actor;
use crate::infra::error::WebError;
use crate::infra::form::{FieldErrors, ValidForm};
use crate::infra::handlers::{path_id, see_other_done};
use crate::infra::page::{Ctx, Owned, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_app::cases::persons::{IdentifierProblem, identifiers};
use lumen_domain::cases::persons::{
    Gender, IdentifierType, Identity, IdentityError, PerpetratorRole, PersonRole, country_code,
    language_code,
};
use lumen_store::{CaseActor, CaseRecord, CaseView, NewCasePerson, PersonRecord, StoreError};
use std::collections::HashMap;
use uuid::Uuid;

/// The form field of each identifier kind, in the order of the form.
pub const IDENTIFIER_FIELDS: [(IdentifierType, &str); 7] = [
    (IdentifierType::Phone, "phones"),
    (IdentifierType::Email, "emails"),
    (IdentifierType::Plate, "plates"),
    (IdentifierType::Iban, "ibans"),
    (IdentifierType::Handle, "handles"),
    (IdentifierType::Website, "websites"),
    (IdentifierType::Address, "addresses"),
];

/// The label key of a person's role.
pub fn role_key(r: impl Owned<PersonRole>) -> String {
    format!("person-role-{}", r.owned().code())
}

/// The label key of a perpetrator's role.
pub fn perpetrator_key(r: impl Owned<PerpetratorRole>) -> String {
    format!("person-perpetrator-{}", r.owned().code())
}

/// The label key of an identifier kind.
pub fn identifier_key(k: impl Owned<IdentifierType>) -> String {
    format!("person-identifier-{}", k.owned().code())
}

#[derive(Template, WebTemplate)]
#[template(path = "cases/person_new.html")]
struct NewPersonPage {
    page: Page,
    case_id: Uuid,
    reference: String,
    values: HashMap<String, String>,
    errors: FieldErrors,
}

impl NewPersonPage {
    fn v(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    fn fields(&self) -> &'static [(IdentifierType, &'static str)] {
        &IDENTIFIER_FIELDS
    }

    fn roles(&self) -> &'static [PersonRole] {
        PersonRole::ALL
    }

    fn perpetrator_roles(&self) -> &'static [PerpetratorRole] {
        PerpetratorRole::ALL
    }

    fn genders(&self) -> &'static [Gender] {
        Gender::ALL
    }
}

async fn readable_case(
    state: &AppState,
    id: Uuid,
    me: CaseActor,
) -> Result<Box<CaseRecord>, WebError> {
    match state.store().case_for(id, me).await? {
        CaseView::Readable(c) => Ok(c),
        CaseView::Restricted { .. } => Err(WebError::NotFound),
    }
}

/// `GET /staff/cases/{id}/persons/new`.
pub async fn new(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let case = readable_case(&state, path_id(&id)?, me).await?;
    Ok(NewPersonPage {
        page,
        case_id: case.id,
        reference: case.reference.to_string(),
        values: HashMap::new(),
        errors: FieldErrors::default(),
    }
    .into_response())
}

fn identity_message(page: &Page, e: IdentityError) -> String {
    match e {
        IdentityError::NameMissing => page.t("person-error-name-missing"),
        IdentityError::TooLong(_) => page.t("person-error-too-long"),
        IdentityError::BirthDate => page.t("person-error-birth-date"),
        IdentityError::Age => page.t("person-error-age"),
        IdentityError::Nationality => page.t("person-error-nationality"),
        IdentityError::Language => page.t("person-error-languages"),
    }
}

/// Reads the identity fields of the form into an identity; a value that does not parse is
/// reported against its field.
fn read_identity(page: &Page, v: &HashMap<String, String>, errors: &mut FieldErrors) -> Identity {
    let get = |k: &str| v.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
    let lines = |k: &str| -> Vec<String> {
        get(k)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let age = get("age_estimate");
    let age_estimate = if age.is_empty() {
        None
    } else {
        match age.parse::<u8>() {
            Ok(a) => Some(a),
            Err(_) => {
                errors.add("age_estimate", page.t("person-error-age"));
                None
            }
        }
    };
    let nationality = get("nationality");
    let languages: Vec<String> = get("languages")
        .split([',', ' '])
        .filter(|l| !l.is_empty())
        .map(|l| language_code(l).unwrap_or_else(|| l.to_owned()))
        .collect();
    let birth = get("birth_date");
    let gender = get("gender");
    Identity {
        name: get("name"),
        aliases: lines("aliases"),
        birth_date: (!birth.is_empty()).then_some(birth),
        age_estimate,
        gender: Gender::parse(&gender),
        nationality: (!nationality.is_empty())
            .then(|| country_code(&nationality).unwrap_or(nationality)),
        languages,
        description: get("description"),
    }
}

fn day(raw: &str) -> Result<Option<chrono::NaiveDate>, ()> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// `POST /staff/cases/{id}/persons`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let keys = state.reports()?;
    let values: HashMap<String, String> = fields.into_iter().collect();
    let mut errors = FieldErrors::default();
    let role = values.get("role").and_then(|r| PersonRole::parse(r));
    if role.is_none() {
        errors.add("role", page.t("person-error-role"));
    }
    let perpetrator_role = values
        .get("perpetrator_role")
        .and_then(|r| PerpetratorRole::parse(r));
    let identity = read_identity(&page, &values, &mut errors);
    for e in identity.problems(lumen_domain::time::local_day(chrono::Utc::now())) {
        if !errors.has(e.field()) {
            errors.add(e.field(), identity_message(&page, e));
        }
    }
    let mut found = Vec::new();
    for (kind, field) in IDENTIFIER_FIELDS {
        let lines = values.get(field).map_or("", String::as_str);
        match identifiers(keys.identifier_key(), kind, lines) {
            Ok(mut ids) => found.append(&mut ids),
            Err(IdentifierProblem::Unreadable(kind, value)) => errors.add(
                field,
                page.t1(
                    &format!("person-error-unreadable-{}", kind.code()),
                    "value",
                    &value,
                ),
            ),
            Err(IdentifierProblem::TooMany(_)) => errors.add(
                field,
                page.t1(
                    "person-error-too-many",
                    "max",
                    &lumen_app::cases::persons::LINES_MAX.to_string(),
                ),
            ),
        }
    }
    let (from_day, to_day) = (
        day(values.get("from_day").map_or("", String::as_str)),
        day(values.get("to_day").map_or("", String::as_str)),
    );
    if from_day.is_err() {
        errors.add("from_day", page.t("person-error-day"));
    }
    if to_day.is_err() {
        errors.add("to_day", page.t("person-error-day"));
    }
    let (from_day, to_day) = (from_day.unwrap_or(None), to_day.unwrap_or(None));
    if let (Some(f), Some(t)) = (from_day, to_day)
        && t < f
    {
        errors.add("to_day", page.t("person-error-days-reversed"));
    }
    let case = readable_case(&state, id, me).await?;
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        let body = NewPersonPage {
            page,
            case_id: case.id,
            reference: case.reference.to_string(),
            values,
            errors,
        };
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    };
    let new = NewCasePerson {
        identity,
        identifiers: found,
        role,
        perpetrator_role,
        from_day,
        to_day,
    };
    let added = state.store().add_case_person(id, new, me).await?;
    Ok(see_other_done(
        &format!("/staff/cases/{id}#persons-{}", added.person_id),
        "person-added",
    ))
}

#[derive(Template, WebTemplate)]
#[template(path = "cases/person.html")]
struct PersonPage {
    page: Page,
    person: PersonRecord,
    /// Cases the reader may add the person to.
    targets: Vec<(Uuid, String)>,
    error: Option<String>,
    /// For supervisors: the latest reads of the person.
    viewers: Vec<crate::cases::viewed::Viewer>,
}

impl PersonPage {
    fn roles(&self) -> &'static [PersonRole] {
        PersonRole::ALL
    }

    fn perpetrator_roles(&self) -> &'static [PerpetratorRole] {
        PerpetratorRole::ALL
    }
}

async fn render_person(
    state: &AppState,
    page: Page,
    id: Uuid,
    me: CaseActor,
    error: Option<String>,
) -> Result<Response, WebError> {
    let person = match state.store().person_for(id, me).await {
        Ok(p) => p,
        Err(StoreError::NotFound(_)) => return Err(WebError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let targets = state
        .store()
        .open_cases_of(me)
        .await?
        .into_iter()
        .filter(|(c, _)| !person.cases.iter().any(|pc| pc.case_id == *c))
        .collect();
    let viewers = if me.role.has(lumen_domain::Permission::SuperviseCases) {
        let users = state.store().list_users().await?;
        crate::cases::viewed::viewers(
            state,
            lumen_domain::audit::AuditAction::PersonRead,
            id,
            &users,
        )
        .await?
    } else {
        Vec::new()
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        PersonPage {
            page,
            person,
            targets,
            error,
            viewers,
        },
    )
        .into_response())
}

/// `GET /staff/persons/{id}`: audited read, for whoever may read one of the person's cases.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    render_person(&state, page, path_id(&id)?, me, None).await
}

/// The case and role a person is added to.
#[derive(serde::Deserialize)]
pub struct AddToCaseForm {
    case: String,
    role: String,
    #[serde(default)]
    perpetrator_role: String,
}

/// `POST /staff/persons/{id}/cases`: adds the person to another case the reader works on.
pub async fn add_to_case(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<AddToCaseForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let id: Uuid = path_id(&id)?;
    let (Ok(case), Some(role)) = (f.case.parse::<Uuid>(), PersonRole::parse(&f.role)) else {
        let error = Some(page.t("person-error-case-and-role"));
        return render_person(&state, page, id, me, error).await;
    };
    let perpetrator = PerpetratorRole::parse(&f.perpetrator_role);
    match state
        .store()
        .add_existing_person(case, id, role, perpetrator, me)
        .await
    {
        Ok(_) => Ok(see_other_done(
            &format!("/staff/cases/{case}#persons-{id}"),
            "person-added",
        )),
        Err(StoreError::Refused(code)) => {
            let error = Some(page.t(&format!("person-error-{}", code.replace('_', "-"))));
            render_person(&state, page, id, me, error).await
        }
        Err(e) => Err(e.into()),
    }
}
