//! Names for the audit view: who acted and what they acted on, for the entries of one page.
//! Each kind of object is looked up in one query for the whole page, whatever its length.
//! Only names a supervisor may see are given: accounts, units, training courses, sessions,
//! officers and referent designations, a report's and a case's reference. Never a report's,
//! a case's or a screening's content, nor anything sealed: a screening keeps its id.

use crate::entity::{
    cases, reports, role_requests, training_courses, training_officers, training_referents,
    training_sessions, units, users,
};
use crate::{AuditRecord, Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::{BTreeSet, HashMap};
use uuid::Uuid;

/// An account as the audit view names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountName {
    /// Name shown to colleagues.
    pub display_name: String,
    /// E-mail address, the account's sign-in name.
    pub email: String,
}

/// What the audit view may say of an object: its name, never its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjectName {
    /// A staff account.
    Account(AccountName),
    /// A unit.
    Unit {
        /// Short code.
        code: String,
        /// Name.
        name: String,
    },
    /// A training course: its titles in French, Dutch and English.
    Course {
        /// Titles.
        titles: [String; 3],
    },
    /// A training session: its course's titles and when it starts.
    Session {
        /// The course's titles (none if the course is gone).
        titles: Option<[String; 3]>,
        /// Start.
        starts_at: DateTime<Utc>,
    },
    /// An officer of the training registry.
    Officer {
        /// Display name.
        name: String,
    },
    /// A referent designation: the officer designated.
    Referent {
        /// The officer's display name (none if the officer is gone).
        officer: Option<String>,
    },
    /// A role request: the account it is about and the role asked.
    RoleRequest {
        /// The account (none if it is gone).
        account: Option<AccountName>,
        /// The role asked for.
        role: Option<Role>,
    },
    /// A report: its reference (`R-0042`), nothing of its content.
    Report {
        /// Reference.
        reference: String,
    },
    /// A case: its reference (`TEH-2027-0001`), nothing of its content.
    Case {
        /// Reference.
        reference: String,
    },
}

/// The names of a page of audit entries' actors and objects.
#[derive(Debug, Clone, Default)]
pub struct AuditNames {
    accounts: HashMap<Uuid, AccountName>,
    objects: HashMap<(&'static str, Uuid), ObjectName>,
}

impl AuditNames {
    /// The account of an entry's actor, when the actor is an account that exists.
    pub fn actor(&self, actor: &str) -> Option<&AccountName> {
        self.accounts.get(&actor.parse::<Uuid>().ok()?)
    }

    /// The name of an entry's object, when its type is one that has a name and it exists.
    pub fn object(&self, object_type: &str, object_id: &str) -> Option<&ObjectName> {
        let kind = Kind::of(object_type)?;
        self.objects.get(&(kind.code(), object_id.parse().ok()?))
    }
}

/// The object types that have a name, by their code in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    User,
    Unit,
    Course,
    Session,
    Officer,
    Referent,
    RoleRequest,
    Report,
    Case,
}

impl Kind {
    const ALL: [Kind; 9] = [
        Kind::User,
        Kind::Unit,
        Kind::Course,
        Kind::Session,
        Kind::Officer,
        Kind::Referent,
        Kind::RoleRequest,
        Kind::Report,
        Kind::Case,
    ];

    fn code(self) -> &'static str {
        match self {
            Kind::User => "user",
            Kind::Unit => "unit",
            Kind::Course => "training_course",
            Kind::Session => "training_session",
            Kind::Officer => "training_officer",
            Kind::Referent => "training_referent",
            Kind::RoleRequest => "role_request",
            Kind::Report => "report",
            Kind::Case => "case",
        }
    }

    fn of(object_type: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == object_type)
    }
}

/// The ids of each kind of object named by `entries`, and of the accounts that acted.
#[derive(Default)]
struct Wanted {
    ids: HashMap<&'static str, BTreeSet<Uuid>>,
    accounts: BTreeSet<Uuid>,
}

impl Wanted {
    fn of(entries: &[AuditRecord]) -> Self {
        let mut w = Wanted::default();
        for e in entries {
            if let Some(actor) = e.actor.as_deref().and_then(|a| a.parse().ok()) {
                w.accounts.insert(actor);
            }
            let kind = Kind::of(&e.object_type);
            let id = e.object_id.as_deref().and_then(|id| id.parse().ok());
            if let (Some(kind), Some(id)) = (kind, id) {
                w.ids.entry(kind.code()).or_default().insert(id);
            }
        }
        w
    }

    fn ids(&self, kind: Kind) -> Vec<Uuid> {
        self.ids
            .get(kind.code())
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default()
    }
}

impl Store {
    /// The names of the actors and objects of `entries` (a page of the audit view), in one
    /// query per kind of object (and one for every account involved), none for a kind the page
    /// does not name.
    pub async fn audit_names(&self, entries: &[AuditRecord]) -> Result<AuditNames, StoreError> {
        let wanted = Wanted::of(entries);
        let mut names = AuditNames::default();
        let mut accounts = wanted.accounts.clone();
        accounts.extend(wanted.ids(Kind::User));

        // Role requests name an account and a role; referents an officer; sessions a course.
        let requests: Vec<(Uuid, Uuid, String)> = match wanted.ids(Kind::RoleRequest) {
            ids if ids.is_empty() => Vec::new(),
            ids => {
                role_requests::Entity::find()
                    .select_only()
                    .column(role_requests::Column::Id)
                    .column(role_requests::Column::UserId)
                    .column(role_requests::Column::Role)
                    .filter(role_requests::Column::Id.is_in(ids))
                    .into_tuple()
                    .all(&self.db)
                    .await?
            }
        };
        accounts.extend(requests.iter().map(|(_, user, _)| *user));
        let referents: Vec<(Uuid, Uuid)> = match wanted.ids(Kind::Referent) {
            ids if ids.is_empty() => Vec::new(),
            ids => {
                training_referents::Entity::find()
                    .select_only()
                    .column(training_referents::Column::Id)
                    .column(training_referents::Column::OfficerId)
                    .filter(training_referents::Column::Id.is_in(ids))
                    .into_tuple()
                    .all(&self.db)
                    .await?
            }
        };
        let sessions: Vec<(Uuid, Uuid, DateTime<Utc>)> = match wanted.ids(Kind::Session) {
            ids if ids.is_empty() => Vec::new(),
            ids => {
                training_sessions::Entity::find()
                    .select_only()
                    .column(training_sessions::Column::Id)
                    .column(training_sessions::Column::CourseId)
                    .column(training_sessions::Column::StartsAt)
                    .filter(training_sessions::Column::Id.is_in(ids))
                    .into_tuple()
                    .all(&self.db)
                    .await?
            }
        };

        if !accounts.is_empty() {
            let rows: Vec<(Uuid, String, String)> = users::Entity::find()
                .select_only()
                .column(users::Column::Id)
                .column(users::Column::DisplayName)
                .column(users::Column::Email)
                .filter(users::Column::Id.is_in(accounts))
                .into_tuple()
                .all(&self.db)
                .await?;
            for (id, display_name, email) in rows {
                names.accounts.insert(
                    id,
                    AccountName {
                        display_name,
                        email,
                    },
                );
            }
        }
        for id in wanted.ids(Kind::User) {
            if let Some(a) = names.accounts.get(&id) {
                names
                    .objects
                    .insert((Kind::User.code(), id), ObjectName::Account(a.clone()));
            }
        }
        for (id, user, role) in requests {
            let name = ObjectName::RoleRequest {
                account: names.accounts.get(&user).cloned(),
                role: Role::parse(&role),
            };
            names.objects.insert((Kind::RoleRequest.code(), id), name);
        }

        let unit_ids = wanted.ids(Kind::Unit);
        if !unit_ids.is_empty() {
            let rows: Vec<(Uuid, String, String)> = units::Entity::find()
                .select_only()
                .column(units::Column::Id)
                .column(units::Column::Code)
                .column(units::Column::Name)
                .filter(units::Column::Id.is_in(unit_ids))
                .into_tuple()
                .all(&self.db)
                .await?;
            for (id, code, name) in rows {
                names
                    .objects
                    .insert((Kind::Unit.code(), id), ObjectName::Unit { code, name });
            }
        }

        let mut course_ids: BTreeSet<Uuid> = wanted.ids(Kind::Course).into_iter().collect();
        course_ids.extend(sessions.iter().map(|(_, course, _)| *course));
        let mut titles: HashMap<Uuid, [String; 3]> = HashMap::new();
        if !course_ids.is_empty() {
            let rows: Vec<(Uuid, String, String, String)> = training_courses::Entity::find()
                .select_only()
                .column(training_courses::Column::Id)
                .column(training_courses::Column::TitleFr)
                .column(training_courses::Column::TitleNl)
                .column(training_courses::Column::TitleEn)
                .filter(training_courses::Column::Id.is_in(course_ids))
                .into_tuple()
                .all(&self.db)
                .await?;
            titles.extend(rows.into_iter().map(|(id, fr, nl, en)| (id, [fr, nl, en])));
        }
        for id in wanted.ids(Kind::Course) {
            if let Some(t) = titles.get(&id) {
                let name = ObjectName::Course { titles: t.clone() };
                names.objects.insert((Kind::Course.code(), id), name);
            }
        }
        for (id, course, starts_at) in sessions {
            let name = ObjectName::Session {
                titles: titles.get(&course).cloned(),
                starts_at,
            };
            names.objects.insert((Kind::Session.code(), id), name);
        }

        let mut officer_ids: BTreeSet<Uuid> = wanted.ids(Kind::Officer).into_iter().collect();
        officer_ids.extend(referents.iter().map(|(_, officer)| *officer));
        let mut officers: HashMap<Uuid, String> = HashMap::new();
        if !officer_ids.is_empty() {
            let rows: Vec<(Uuid, String)> = training_officers::Entity::find()
                .select_only()
                .column(training_officers::Column::Id)
                .column(training_officers::Column::DisplayName)
                .filter(training_officers::Column::Id.is_in(officer_ids))
                .into_tuple()
                .all(&self.db)
                .await?;
            officers.extend(rows);
        }
        for id in wanted.ids(Kind::Officer) {
            if let Some(name) = officers.get(&id) {
                let name = ObjectName::Officer { name: name.clone() };
                names.objects.insert((Kind::Officer.code(), id), name);
            }
        }
        for (id, officer) in referents {
            let name = ObjectName::Referent {
                officer: officers.get(&officer).cloned(),
            };
            names.objects.insert((Kind::Referent.code(), id), name);
        }

        let report_ids = wanted.ids(Kind::Report);
        if !report_ids.is_empty() {
            let rows: Vec<(Uuid, i64)> = reports::Entity::find()
                .select_only()
                .column(reports::Column::Id)
                .column(reports::Column::Number)
                .filter(reports::Column::Id.is_in(report_ids))
                .into_tuple()
                .all(&self.db)
                .await?;
            for (id, number) in rows {
                let reference = lumen_domain::report::reference(number);
                names
                    .objects
                    .insert((Kind::Report.code(), id), ObjectName::Report { reference });
            }
        }
        let case_ids = wanted.ids(Kind::Case);
        if !case_ids.is_empty() {
            let rows: Vec<(Uuid, String)> = cases::Entity::find()
                .select_only()
                .column(cases::Column::Id)
                .column(cases::Column::Reference)
                .filter(cases::Column::Id.is_in(case_ids))
                .into_tuple()
                .all(&self.db)
                .await?;
            for (id, reference) in rows {
                names
                    .objects
                    .insert((Kind::Case.code(), id), ObjectName::Case { reference });
            }
        }
        Ok(names)
    }
}
