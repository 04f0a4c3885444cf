//! The supervisors' audit view: 50 entries a page, newest first, filtered by action, by actor,
//! by Brussels days and, from an entry's object, by one object. Entries name who acted and what
//! they acted on (accounts, units, training records, a report's or a case's reference: never
//! their content, nor a screening's), looked up for the whole page at once by
//! [`lumen_store::Store::audit_names`]; times are Brussels time. A filter that does not parse
//! comes back in its field under an error summary (400), and nothing is listed.

use crate::infra::error::WebError;
use crate::infra::form::FieldErrors;
use crate::infra::page::Page;
use crate::infra::pager::{Pager, parse_page, query_of};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use lumen_domain::audit::AuditAction;
use lumen_domain::{Role, UserId, time};
use lumen_store::{AuditFilter, AuditNames, AuditRecord, ObjectName, UserRecord};
use serde::Deserialize;

const PER_PAGE: u64 = 50;
/// Actors that are not accounts: the command line (`lumen users …`) and the demo data.
const SYSTEM_ACTORS: [&str; 2] = ["cli", "demo"];
/// The longest object id a filter may name.
const OBJECT_ID_MAX: usize = 128;

/// The filters (a GET form: they live in the URL). The object filter comes from an entry's
/// object link, not from a field.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AuditQuery {
    action: String,
    actor: String,
    object_type: String,
    object_id: String,
    from: String,
    until: String,
    page: String,
}

impl AuditQuery {
    fn trimmed(self) -> Self {
        let t = |s: String| s.trim().to_owned();
        Self {
            action: t(self.action),
            actor: t(self.actor),
            object_type: t(self.object_type),
            object_id: t(self.object_id),
            from: t(self.from),
            until: t(self.until),
            page: t(self.page),
        }
    }

    /// The address of page `page` under the same filters (`None`: the first page).
    fn link(&self, page: Option<u64>) -> String {
        let page = page.filter(|p| *p > 1).map(|p| p.to_string());
        let query = query_of(&[
            ("action", &self.action),
            ("actor", &self.actor),
            ("object_type", &self.object_type),
            ("object_id", &self.object_id),
            ("from", &self.from),
            ("until", &self.until),
            ("page", page.as_deref().unwrap_or("")),
        ]);
        if query.is_empty() {
            "/staff/audit".to_owned()
        } else {
            format!("/staff/audit?{query}")
        }
    }
}

/// An option of a `<select>`.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

/// The actions of one feature, as an `<optgroup>`.
struct ActionGroup {
    label: String,
    choices: Vec<Choice>,
}

/// Who acted, as a cell shows it.
struct ActorCell {
    /// Name, or what kind of actor it was.
    name: String,
    /// The account's e-mail address.
    email: Option<String>,
    /// The role then.
    role: Option<String>,
    /// The entries of this account.
    href: Option<String>,
}

/// What was acted on, as a cell shows it.
struct ObjectCell {
    /// The kind of object.
    kind: String,
    /// Its name, when it has one the viewer may see.
    name: Option<String>,
    /// More about it (an account's e-mail address, a session's time).
    detail: Option<String>,
    /// Its id, for an object without a name (a screening, a route, an import).
    code: Option<String>,
    /// The entries about this object.
    href: Option<String>,
}

/// One entry as shown.
struct Row {
    seq: i64,
    at_utc: String,
    at: String,
    actor: ActorCell,
    action: String,
    action_code: String,
    object: ObjectCell,
    failed: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/audit.html")]
struct AuditPageView {
    page: Page,
    q: AuditQuery,
    errors: FieldErrors,
    action_groups: Vec<ActionGroup>,
    actors: Vec<Choice>,
    /// The object the list is narrowed to, and the address without that filter.
    object_filter: Option<(String, String)>,
    rows: Vec<Row>,
    total: u64,
    listed: bool,
    pager: Pager,
}

/// The translation key of an action's label: `audit-action-user-create` for `user.create`.
pub(crate) fn action_key(code: &str) -> String {
    format!("audit-action-{}", code.replace(['.', '_'], "-"))
}

/// The translation key of a kind of object: `audit-object-training-session`.
pub(crate) fn object_key(object_type: &str) -> String {
    format!("audit-object-{}", object_type.replace('_', "-"))
}

/// The translation of `key`, or `raw` when there is none (a code older than this version).
fn label_or(page: &Page, key: &str, raw: &str) -> String {
    if page.lang.has(key) {
        page.t(key)
    } else {
        raw.to_owned()
    }
}

fn action_groups(page: &Page, selected: &str) -> Vec<ActionGroup> {
    let mut groups: Vec<(&str, ActionGroup)> = Vec::new();
    for a in AuditAction::ALL {
        let feature = a.code().split('.').next().unwrap_or_default();
        let choice = Choice {
            value: a.code().to_owned(),
            label: page.t(&action_key(a.code())),
            selected: a.code() == selected,
        };
        match groups.iter_mut().find(|(f, _)| *f == feature) {
            Some((_, g)) => g.choices.push(choice),
            None => groups.push((
                feature,
                ActionGroup {
                    label: page.t(&format!("audit-group-{feature}")),
                    choices: vec![choice],
                },
            )),
        }
    }
    let mut groups: Vec<ActionGroup> = groups.into_iter().map(|(_, g)| g).collect();
    for g in &mut groups {
        g.choices.sort_by_key(|c| c.label.to_lowercase());
    }
    groups
}

fn actor_choices(page: &Page, users: &[UserRecord], selected: &str) -> Vec<Choice> {
    let mut accounts: Vec<Choice> = users
        .iter()
        .map(|u| Choice {
            value: u.id.to_string(),
            label: format!("{} ({})", u.display_name, u.email),
            selected: u.id.to_string() == selected,
        })
        .collect();
    accounts.sort_by_key(|c| c.label.to_lowercase());
    accounts.extend(SYSTEM_ACTORS.iter().map(|a| Choice {
        value: (*a).to_owned(),
        label: page.t(&format!("audit-actor-{a}")),
        selected: *a == selected,
    }));
    accounts
}

/// A Brussels day from a date field, or the field's error.
fn day(raw: &str) -> Result<Option<NaiveDate>, ()> {
    if raw.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// The first instant of a Brussels day (midnight exists on every day in Brussels).
fn start_of(day: NaiveDate) -> Option<DateTime<Utc>> {
    time::from_local(day.and_hms_opt(0, 0, 0)?).ok()
}

/// The filter and page number of a query, or the refused fields.
fn parse(page: &Page, q: &AuditQuery) -> Result<(AuditFilter, u64), FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut filter = AuditFilter::default();
    if !q.action.is_empty() {
        match AuditAction::parse(&q.action) {
            Some(a) => filter.action = Some(a.code().to_owned()),
            None => errors.add("action", page.t("audit-error-action")),
        }
    }
    if !q.actor.is_empty() {
        if q.actor.parse::<UserId>().is_ok() || SYSTEM_ACTORS.contains(&q.actor.as_str()) {
            filter.actor = Some(q.actor.clone());
        } else {
            errors.add("actor", page.t("audit-error-actor"));
        }
    }
    let known_type = AuditAction::ALL
        .iter()
        .any(|a| a.object_type() == q.object_type);
    match (q.object_type.is_empty(), q.object_id.is_empty()) {
        (true, true) => {}
        (false, false) if known_type && q.object_id.chars().count() <= OBJECT_ID_MAX => {
            filter.object_type = Some(q.object_type.clone());
            filter.object_id = Some(q.object_id.clone());
        }
        _ => errors.add("form", page.t("audit-error-object")),
    }
    let from = day(&q.from);
    let until = day(&q.until);
    match from {
        Ok(d) => filter.from = d.and_then(start_of),
        Err(()) => errors.add("from", page.t("audit-error-date")),
    }
    match until {
        Ok(d) => filter.until = d.and_then(|d| d.succ_opt()).and_then(start_of),
        Err(()) => errors.add("until", page.t("audit-error-date")),
    }
    if let (Ok(Some(f)), Ok(Some(u))) = (from, until)
        && u < f
    {
        errors.add("until", page.t("audit-error-range"));
    }
    let number = parse_page(Some(&q.page));
    if number.is_none() {
        errors.add("form", page.t("audit-error-page"));
    }
    match number {
        Some(n) if errors.is_empty() => Ok((filter, n)),
        _ => Err(errors),
    }
}

fn actor_cell(page: &Page, e: &AuditRecord, names: &AuditNames) -> ActorCell {
    let role = e.actor_role.as_deref().and_then(|r| match Role::parse(r) {
        Some(role) => Some(page.role_label(role)),
        // The command line's and the demo's "roles" say no more than their actor.
        None if matches!(r, "operator" | "system") => None,
        None => Some(r.to_owned()),
    });
    let Some(actor) = e.actor.as_deref() else {
        return ActorCell {
            name: page.t("audit-actor-none"),
            email: None,
            role,
            href: None,
        };
    };
    let href = Some(format!("/staff/audit?{}", query_of(&[("actor", actor)])));
    if let Some(a) = names.actor(actor) {
        return ActorCell {
            name: a.display_name.clone(),
            email: Some(a.email.clone()),
            role,
            href,
        };
    }
    let name = match SYSTEM_ACTORS.contains(&actor) {
        true => page.t(&format!("audit-actor-{actor}")),
        false => actor.to_owned(),
    };
    ActorCell {
        name,
        email: None,
        role,
        href,
    }
}

fn course_title(titles: &[String; 3], lang: &str) -> String {
    let i = match lang {
        "fr" => 0,
        "nl" => 1,
        _ => 2,
    };
    titles[i].clone()
}

fn object_cell(page: &Page, e: &AuditRecord, names: &AuditNames) -> ObjectCell {
    let kind = label_or(page, &object_key(&e.object_type), &e.object_type);
    let Some(id) = e.object_id.as_deref() else {
        return ObjectCell {
            kind,
            name: None,
            detail: None,
            code: None,
            href: None,
        };
    };
    let href = Some(format!(
        "/staff/audit?{}",
        query_of(&[("object_type", &e.object_type), ("object_id", id)])
    ));
    let lang = page.lang.code;
    let named = names.object(&e.object_type, id).map(|n| match n {
        ObjectName::Account(a) => (a.display_name.clone(), Some(a.email.clone())),
        ObjectName::Unit { code, name } => (name.clone(), Some(code.clone())),
        ObjectName::Course { titles } => (course_title(titles, lang), None),
        ObjectName::Session { titles, starts_at } => (
            titles
                .as_ref()
                .map(|t| course_title(t, lang))
                .unwrap_or_else(|| page.t("audit-object-gone")),
            Some(time::display(*starts_at)),
        ),
        ObjectName::Officer { name } => (name.clone(), None),
        ObjectName::Referent { officer } => (
            officer
                .clone()
                .unwrap_or_else(|| page.t("audit-object-gone")),
            None,
        ),
        ObjectName::RoleRequest { account, role } => (
            account
                .as_ref()
                .map(|a| a.display_name.clone())
                .unwrap_or_else(|| page.t("audit-object-gone")),
            role.map(|r| page.t1("audit-role-asked", "role", &page.role_label(r))),
        ),
        ObjectName::Report { reference } | ObjectName::Case { reference } => {
            (reference.clone(), None)
        }
    });
    match named {
        Some((name, detail)) => ObjectCell {
            kind,
            name: Some(name),
            detail,
            code: None,
            href,
        },
        None => ObjectCell {
            kind,
            name: None,
            detail: None,
            code: Some(id.to_owned()),
            href,
        },
    }
}

fn row(page: &Page, e: &AuditRecord, names: &AuditNames) -> Row {
    Row {
        seq: e.seq,
        at_utc: e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        at: time::to_local(e.at).format("%Y-%m-%d %H:%M:%S").to_string(),
        actor: actor_cell(page, e, names),
        action: label_or(page, &action_key(&e.action), &e.action),
        action_code: e.action.clone(),
        object: object_cell(page, e, names),
        failed: e.outcome == "failure",
    }
}

/// `GET /staff/audit`: the listing is audited (`audit.list`).
pub async fn list(
    State(state): State<AppState>,
    crate::infra::page::Ctx(ctx): crate::infra::page::Ctx,
    page: Page,
    query: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let Query(q) = query.map_err(|_| WebError::BadRequest {
        field: "form".into(),
    })?;
    let q = q.trimmed();
    let users = state.store().list_users().await?;
    let mut view = AuditPageView {
        action_groups: action_groups(&page, &q.action),
        actors: actor_choices(&page, &users, &q.actor),
        errors: FieldErrors::default(),
        object_filter: None,
        rows: Vec::new(),
        total: 0,
        listed: false,
        pager: Pager::new(0, PER_PAGE, 1, |_| String::new()),
        page,
        q,
    };
    let (filter, number) = match parse(&view.page, &view.q) {
        Ok(parsed) => parsed,
        Err(errors) => {
            view.errors = errors;
            return Ok((StatusCode::BAD_REQUEST, view).into_response());
        }
    };
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::AuditList).await?;
    let result = state
        .store()
        .audit_page(&filter, number - 1, PER_PAGE)
        .await?;
    let names = state.store().audit_names(&result.entries).await?;
    view.rows = result
        .entries
        .iter()
        .map(|e| row(&view.page, e, &names))
        .collect();
    if filter.object_type.is_some() {
        let about = view
            .rows
            .first()
            .map(|r| match &r.object.name {
                Some(name) => format!("{} · {name}", r.object.kind),
                None => r.object.kind.clone(),
            })
            .unwrap_or_else(|| label_or(&view.page, &object_key(&view.q.object_type), ""));
        let mut without = view.q.clone();
        without.object_type.clear();
        without.object_id.clear();
        view.object_filter = Some((about, without.link(None)));
    }
    view.total = result.total;
    view.listed = true;
    view.pager = Pager::new(result.total, PER_PAGE, number, |n| view.q.link(Some(n)));
    Ok(view.into_response())
}
