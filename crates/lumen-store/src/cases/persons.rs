//! Persons of cases. A person's identity is sealed as one piece under the person row's own
//! data key; each identifier is stored twice: its value sealed under the same key, and its blind
//! index (computed by the caller from the normalised value) in clear, so that a phone number
//! in a report and in a case match without either being decrypted. A person is in one or more
//! cases with a role in each; reading a person is audited and allowed to whoever may read one
//! of its cases.

use super::{CaseActor, in_team, journal, touch};
use crate::audited::load;
use crate::entity::{case_persons, cases, person_identifiers, persons, users};
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{NaiveDate, Utc};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::persons::{
    IdentifierType, Identity, PerpetratorRole, PersonRole, non_punishment_warning,
};
use lumen_domain::cases::{self as rules, CaseStatus, JournalKind};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};
use uuid::Uuid;

const TABLE: &str = "persons";
const IDENTITY: &str = "identity";

fn identifier_column(id: Uuid) -> String {
    format!("identifier:{id}")
}

/// One identifier of a person to store.
#[derive(Clone, PartialEq, Eq)]
pub struct NewIdentifier {
    /// Its kind.
    pub kind: IdentifierType,
    /// The value, as typed (sealed).
    pub value: String,
    /// The blind index of its normalised value.
    pub blind_index: Vec<u8>,
}

impl std::fmt::Debug for NewIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewIdentifier")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// A person to add to a case.
pub struct NewCasePerson {
    /// Who they are (checked by the caller).
    pub identity: Identity,
    /// Their identifiers.
    pub identifiers: Vec<NewIdentifier>,
    /// Their role in the case.
    pub role: PersonRole,
    /// For a suspect: what they did.
    pub perpetrator_role: Option<PerpetratorRole>,
    /// Since when the role holds.
    pub from_day: Option<NaiveDate>,
    /// Until when.
    pub to_day: Option<NaiveDate>,
}

/// A person as a case's page lists them.
#[derive(Clone, PartialEq, Eq)]
pub struct CasePerson {
    /// The person.
    pub person_id: Uuid,
    /// The name they are known by.
    pub name: String,
    /// Their role in this case.
    pub role: PersonRole,
    /// For a suspect: what they did.
    pub perpetrator_role: Option<PerpetratorRole>,
    /// Since when.
    pub from_day: Option<NaiveDate>,
    /// Until when.
    pub to_day: Option<NaiveDate>,
    /// A suspect here who is a presumed victim in another case: remember the non-punishment
    /// principle. Nothing of the other case is told.
    pub non_punishment: bool,
}

impl std::fmt::Debug for CasePerson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CasePerson")
            .field("person_id", &self.person_id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// One identifier as a person's page shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct IdentifierRecord {
    /// Its kind.
    pub kind: IdentifierType,
    /// The value, as typed.
    pub value: String,
}

/// A case a person is in, as their page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonCase {
    /// The case.
    pub case_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The person's role there.
    pub role: PersonRole,
    /// Whether the reader may open it (otherwise only its reference is shown).
    pub readable: bool,
}

/// A person as their page shows them.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonRecord {
    /// Identifier.
    pub id: Uuid,
    /// Who they are.
    pub identity: Identity,
    /// Their identifiers.
    pub identifiers: Vec<IdentifierRecord>,
    /// The cases they are in.
    pub cases: Vec<PersonCase>,
    /// Version of the record.
    pub version: i32,
}

impl std::fmt::Debug for PersonRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PersonRecord")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// What adding a person gives back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddedPerson {
    /// The new person.
    pub person_id: Uuid,
    /// Whether the non-punishment warning applies.
    pub non_punishment: bool,
}

/// A case that holds an identifier, for triage and search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentifierHit {
    /// The case.
    pub case_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its status.
    pub status: CaseStatus,
    /// The owner's name.
    pub owner: String,
    /// Whether the reader may open it.
    pub readable: bool,
}

async fn roles_elsewhere(
    c: &impl ConnectionTrait,
    person: Uuid,
    case: Uuid,
) -> Result<Vec<PersonRole>, StoreError> {
    Ok(case_persons::Entity::find()
        .filter(case_persons::Column::PersonId.eq(person))
        .filter(case_persons::Column::CaseId.ne(case))
        .all(c)
        .await?
        .into_iter()
        .filter_map(|r| PersonRole::parse(&r.role))
        .collect())
}

fn check_days(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<(), StoreError> {
    match (from, to) {
        (Some(f), Some(t)) if t < f => Err(StoreError::Refused("person_days_reversed")),
        _ => Ok(()),
    }
}

impl Store {
    fn open_identity(&self, m: &persons::Model) -> Result<(RowKey, Identity), StoreError> {
        let id = m.id.to_string();
        let key = RowKey::open(self.master_key()?, TABLE, &id, &m.data_key)?;
        let json = key
            .unseal(IDENTITY, Some(&m.identity_sealed))?
            .unwrap_or_default();
        let identity = serde_json::from_str(&json).map_err(|_| StoreError::Sealed {
            table: TABLE,
            row: id,
            reason: "not_an_identity",
        })?;
        Ok((key, identity))
    }

    /// Adds a new person to case `id` with a role, by someone who may read the case. The
    /// identity and every identifier's value are sealed; the blind indexes are stored beside
    /// them. Audited (`case.person_add`), in the journal. Says whether the non-punishment
    /// warning applies (a new person has no other case, so only for a person added again).
    pub async fn add_case_person(
        &self,
        id: Uuid,
        new: NewCasePerson,
        by: CaseActor,
    ) -> Result<AddedPerson, StoreError> {
        if new.identity.name.trim().is_empty() {
            return Err(StoreError::Refused("person_name_missing"));
        }
        check_days(new.from_day, new.to_day)?;
        let person = Uuid::now_v7();
        let (key, wrapped) = RowKey::new(self.master_key()?, TABLE, &person.to_string())?;
        let json = serde_json::to_string(&new.identity)
            .map_err(|_| StoreError::Refused("person_identity"))?;
        let identity = key.seal(IDENTITY, Some(&json))?.unwrap_or_default();
        let mut identifiers = Vec::with_capacity(new.identifiers.len());
        for i in &new.identifiers {
            let row = Uuid::now_v7();
            let value = key
                .seal(&identifier_column(row), Some(&i.value))?
                .unwrap_or_default();
            identifiers.push(person_identifiers::ActiveModel {
                id: Set(row),
                person_id: Set(person),
                kind: Set(i.kind.code().to_owned()),
                blind_index: Set(i.blind_index.clone()),
                value_sealed: Set(value),
            });
        }
        let ev =
            AuditEvent::new(AuditAction::CasePersonAdd, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            let now = Utc::now();
            persons::ActiveModel {
                id: Set(person),
                created_by: Set(by.id.0),
                created_at: Set(now),
                updated_at: Set(now),
                version: Set(1),
                data_key: Set(wrapped),
                identity_sealed: Set(identity),
            }
            .insert(txn)
            .await?;
            if !identifiers.is_empty() {
                person_identifiers::Entity::insert_many(identifiers)
                    .exec(txn)
                    .await?;
            }
            link(txn, id, person, &new, by).await?;
            Ok(AddedPerson {
                person_id: person,
                non_punishment: false,
            })
        })
        .await
    }

    /// Adds person `person`, already in another case the actor may read, to case `id` with a
    /// role. Audited (`case.person_add`), in the journal; says whether the non-punishment
    /// warning applies.
    pub async fn add_existing_person(
        &self,
        id: Uuid,
        person: Uuid,
        role: PersonRole,
        perpetrator_role: Option<PerpetratorRole>,
        by: CaseActor,
    ) -> Result<AddedPerson, StoreError> {
        let ev =
            AuditEvent::new(AuditAction::CasePersonAdd, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            load::<persons::Entity>(txn, person, "person").await?;
            if !self.may_read_person(txn, person, by).await? {
                return Err(StoreError::NotFound("person"));
            }
            let already = case_persons::Entity::find_by_id((id, person, role.code().to_owned()))
                .one(txn)
                .await?;
            if already.is_some() {
                return Err(StoreError::Refused("person_already_in_case"));
            }
            let new = NewCasePerson {
                identity: Identity::default(),
                identifiers: Vec::new(),
                role,
                perpetrator_role,
                from_day: None,
                to_day: None,
            };
            link(txn, id, person, &new, by).await?;
            let elsewhere = roles_elsewhere(txn, person, id).await?;
            Ok(AddedPerson {
                person_id: person,
                non_punishment: non_punishment_warning(role, &elsewhere),
            })
        })
        .await
    }

    async fn may_read_person(
        &self,
        c: &impl ConnectionTrait,
        person: Uuid,
        reader: CaseActor,
    ) -> Result<bool, StoreError> {
        if rules::may_read(reader.role, false) {
            return Ok(true);
        }
        for link in case_persons::Entity::find()
            .filter(case_persons::Column::PersonId.eq(person))
            .all(c)
            .await?
        {
            if rules::may_read(reader.role, in_team(c, link.case_id, reader.id).await?) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The persons of case `id`, in the order they were added, names opened. Callers check
    /// who reads the case.
    pub(crate) async fn persons_of(
        &self,
        c: &impl ConnectionTrait,
        id: Uuid,
    ) -> Result<Vec<CasePerson>, StoreError> {
        use sea_orm::QueryOrder;
        let links = case_persons::Entity::find()
            .filter(case_persons::Column::CaseId.eq(id))
            .order_by_asc(case_persons::Column::AddedAt)
            .all(c)
            .await?;
        let ids: Vec<Uuid> = links.iter().map(|l| l.person_id).collect();
        let rows = persons::Entity::find()
            .filter(persons::Column::Id.is_in(ids.clone()))
            .all(c)
            .await?;
        let victims_elsewhere: Vec<Uuid> = case_persons::Entity::find()
            .filter(case_persons::Column::PersonId.is_in(ids))
            .filter(case_persons::Column::CaseId.ne(id))
            .filter(case_persons::Column::Role.eq(PersonRole::Victim.code()))
            .all(c)
            .await?
            .into_iter()
            .map(|l| l.person_id)
            .collect();
        links
            .into_iter()
            .map(|l| {
                let row = rows
                    .iter()
                    .find(|p| p.id == l.person_id)
                    .ok_or(StoreError::NotFound("person"))?;
                let (_, identity) = self.open_identity(row)?;
                let role = PersonRole::parse(&l.role).ok_or(StoreError::NotFound("person"))?;
                let elsewhere: Vec<PersonRole> = victims_elsewhere
                    .iter()
                    .filter(|p| **p == l.person_id)
                    .map(|_| PersonRole::Victim)
                    .collect();
                Ok(CasePerson {
                    person_id: l.person_id,
                    name: identity.name,
                    role,
                    perpetrator_role: l
                        .perpetrator_role
                        .as_deref()
                        .and_then(PerpetratorRole::parse),
                    from_day: l.from_day,
                    to_day: l.to_day,
                    non_punishment: non_punishment_warning(role, &elsewhere),
                })
            })
            .collect()
    }

    /// Person `id` for `reader`, who must be able to read one of the person's cases (the
    /// supervisors read every person); the read is audited (`person.read`), a refused one too.
    pub async fn person_for(
        &self,
        id: Uuid,
        reader: CaseActor,
    ) -> Result<PersonRecord, StoreError> {
        let model = load::<persons::Entity>(&self.db, id, "person").await?;
        let ev = AuditEvent::new(AuditAction::PersonRead, Some(id.to_string()))
            .by(reader.id, reader.role);
        if !self.may_read_person(&self.db, id, reader).await? {
            self.audit(ev.failed()).await?;
            return Err(StoreError::NotFound("person"));
        }
        let (key, identity) = self.open_identity(&model)?;
        let identifiers = person_identifiers::Entity::find()
            .filter(person_identifiers::Column::PersonId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| {
                Ok(IdentifierRecord {
                    kind: IdentifierType::parse(&r.kind)
                        .ok_or(StoreError::NotFound("identifier"))?,
                    value: key
                        .unseal(&identifier_column(r.id), Some(&r.value_sealed))?
                        .unwrap_or_default(),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let links = case_persons::Entity::find()
            .filter(case_persons::Column::PersonId.eq(id))
            .all(&self.db)
            .await?;
        let mut cases_of = Vec::with_capacity(links.len());
        for l in links {
            let case = load::<cases::Entity>(&self.db, l.case_id, "case").await?;
            cases_of.push(PersonCase {
                case_id: l.case_id,
                reference: case.reference,
                role: PersonRole::parse(&l.role).ok_or(StoreError::NotFound("person"))?,
                readable: rules::may_read(
                    reader.role,
                    in_team(&self.db, l.case_id, reader.id).await?,
                ),
            });
        }
        self.audit(ev).await?;
        Ok(PersonRecord {
            id,
            identity,
            identifiers,
            cases: cases_of,
            version: model.version,
        })
    }

    /// The cases that hold an identifier with this blind index (ids only).
    pub async fn cases_with_identifier_ids(
        &self,
        kind: &str,
        blind_index: &[u8],
    ) -> Result<Vec<Uuid>, StoreError> {
        Ok(self
            .cases_with_indexes(&[(kind.to_owned(), blind_index.to_vec())])
            .await?
            .into_iter()
            .map(|(c, _)| c)
            .collect())
    }

    /// For each `(kind, blind index)`, the cases holding it (by a person or an attached
    /// report), as `(case, position in indexes)`, deduplicated. A fixed number of queries,
    /// whatever the number of indexes.
    pub(crate) async fn cases_with_indexes(
        &self,
        indexes: &[(String, Vec<u8>)],
    ) -> Result<Vec<(Uuid, usize)>, StoreError> {
        use crate::entity::{report_identifiers, reports};
        use std::collections::HashMap;
        if indexes.is_empty() {
            return Ok(Vec::new());
        }
        let wanted: Vec<Vec<u8>> = indexes.iter().map(|(_, i)| i.clone()).collect();
        // Both identifier tables are indexed on (kind, blind index): name the kinds too.
        let mut kinds: Vec<String> = indexes.iter().map(|(k, _)| k.clone()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let position = |kind: &str, index: &[u8]| -> Vec<usize> {
            indexes
                .iter()
                .enumerate()
                .filter(|(_, (k, i))| k == kind && i.as_slice() == index)
                .map(|(n, _)| n)
                .collect()
        };
        let mut out: Vec<(Uuid, usize)> = Vec::new();
        let held: Vec<(Uuid, String, Vec<u8>)> = person_identifiers::Entity::find()
            .filter(person_identifiers::Column::Kind.is_in(kinds.clone()))
            .filter(person_identifiers::Column::BlindIndex.is_in(wanted.clone()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| (r.person_id, r.kind, r.blind_index))
            .collect();
        if !held.is_empty() {
            let people: Vec<Uuid> = held.iter().map(|(p, _, _)| *p).collect();
            let mut cases_of: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
            for l in case_persons::Entity::find()
                .filter(case_persons::Column::PersonId.is_in(people))
                .all(&self.db)
                .await?
            {
                cases_of.entry(l.person_id).or_default().push(l.case_id);
            }
            for (person, kind, index) in &held {
                for n in position(kind, index) {
                    for c in cases_of.get(person).into_iter().flatten() {
                        out.push((*c, n));
                    }
                }
            }
        }
        let named: Vec<(Uuid, String, Vec<u8>)> = report_identifiers::Entity::find()
            .filter(report_identifiers::Column::Kind.is_in(kinds))
            .filter(report_identifiers::Column::BlindIndex.is_in(wanted))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| (r.report_id, r.kind, r.blind_index))
            .collect();
        if !named.is_empty() {
            let attached: HashMap<Uuid, Uuid> = reports::Entity::find()
                .filter(
                    reports::Column::Id.is_in(named.iter().map(|(r, _, _)| *r).collect::<Vec<_>>()),
                )
                .filter(reports::Column::CaseId.is_not_null())
                .all(&self.db)
                .await?
                .into_iter()
                .filter_map(|r| r.case_id.map(|c| (r.id, c)))
                .collect();
            for (report, kind, index) in &named {
                if let Some(c) = attached.get(report) {
                    for n in position(kind, index) {
                        out.push((*c, n));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// Describes cases for `reader`: reference, status, owner and whether they may open it;
    /// open cases first, then by reference. Three queries, whatever the number of cases.
    pub async fn describe_hits(
        &self,
        mut ids: Vec<Uuid>,
        reader: CaseActor,
    ) -> Result<Vec<IdentifierHit>, StoreError> {
        use crate::entity::case_team;
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = cases::Entity::find()
            .filter(cases::Column::Id.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let mine: Vec<Uuid> = case_team::Entity::find()
            .filter(case_team::Column::UserId.eq(reader.id.0))
            .filter(case_team::Column::CaseId.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|t| t.case_id)
            .collect();
        let owners: Vec<Uuid> = rows.iter().map(|r| r.owner_id).collect();
        let names = users::Entity::find()
            .filter(users::Column::Id.is_in(owners))
            .all(&self.db)
            .await?;
        let mut hits = Vec::with_capacity(rows.len());
        for r in rows {
            hits.push(IdentifierHit {
                case_id: r.id,
                readable: rules::may_read(reader.role, mine.contains(&r.id)),
                status: CaseStatus::parse(&r.status).ok_or(StoreError::NotFound("case"))?,
                owner: names
                    .iter()
                    .find(|u| u.id == r.owner_id)
                    .map(|u| u.display_name.clone())
                    .unwrap_or_default(),
                reference: r.reference,
            });
        }
        hits.sort_by(|a, b| {
            (a.status == CaseStatus::Closed, &a.reference)
                .cmp(&(b.status == CaseStatus::Closed, &b.reference))
        });
        Ok(hits)
    }
}

/// Links person `person` to case `id` with the role of `new`, journals and touches the case.
async fn link(
    txn: &impl ConnectionTrait,
    id: Uuid,
    person: Uuid,
    new: &NewCasePerson,
    by: CaseActor,
) -> Result<(), StoreError> {
    case_persons::ActiveModel {
        case_id: Set(id),
        person_id: Set(person),
        role: Set(new.role.code().to_owned()),
        perpetrator_role: Set(if new.role == PersonRole::Suspect {
            new.perpetrator_role.map(|p| p.code().to_owned())
        } else {
            None
        }),
        from_day: Set(new.from_day),
        to_day: Set(new.to_day),
        added_by: Set(by.id.0),
        added_at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    let detail = format!("{}:{person}", new.role.code());
    journal::record(
        txn,
        None,
        id,
        by.id,
        JournalKind::PersonAdded,
        &detail,
        None,
    )
    .await?;
    touch(txn, id).await
}
