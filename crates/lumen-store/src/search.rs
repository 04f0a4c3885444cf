//! What the staff process's search index reads, in batches after a high-water mark: persons'
//! names (opened), case notes (opened), reports (still sealed: the caller holds the section's
//! key), and the lookups a search makes on clear columns (references, blind indexes, which cases
//! a person or report belongs to). Nothing here writes; the index lives only in memory.

use crate::entity::{case_journal, case_persons, cases, persons, reports};
use crate::reports::record as report_record;
use crate::sealed_fields::RowKey;
use crate::{ReportRecord, Store, StoreError};
use lumen_domain::cases::JournalKind;
use lumen_domain::cases::persons::Identity;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

/// A person's names, for the index.
#[derive(Clone, PartialEq, Eq)]
pub struct PersonNames {
    /// The person.
    pub id: Uuid,
    /// The name and the aliases.
    pub names: Vec<String>,
}

/// A note's text, for the index.
#[derive(Clone, PartialEq, Eq)]
pub struct NoteText {
    /// The journal line.
    pub id: Uuid,
    /// Its case.
    pub case_id: Uuid,
    /// The text.
    pub text: String,
}

impl Store {
    /// Up to `limit` persons created after `after` (ids are time-ordered), names opened.
    pub async fn persons_after(
        &self,
        after: Option<Uuid>,
        limit: u64,
    ) -> Result<Vec<PersonNames>, StoreError> {
        let mut q = persons::Entity::find().order_by_asc(persons::Column::Id);
        if let Some(a) = after {
            q = q.filter(persons::Column::Id.gt(a));
        }
        let rows = q.limit(limit).all(&self.db).await?;
        let master = self.master_key()?;
        rows.into_iter()
            .map(|m| {
                let key = RowKey::open(master, "persons", &m.id.to_string(), &m.data_key)?;
                let json = key
                    .unseal("identity", Some(&m.identity_sealed))?
                    .unwrap_or_default();
                let identity: Identity =
                    serde_json::from_str(&json).map_err(|_| StoreError::Sealed {
                        table: "persons",
                        row: m.id.to_string(),
                        reason: "not_an_identity",
                    })?;
                let mut names = vec![identity.name];
                names.extend(identity.aliases);
                Ok(PersonNames { id: m.id, names })
            })
            .collect()
    }

    /// Up to `limit` case notes written after `after` (ids are time-ordered), texts opened.
    pub async fn notes_after(
        &self,
        after: Option<Uuid>,
        limit: u64,
    ) -> Result<Vec<NoteText>, StoreError> {
        let mut q = case_journal::Entity::find()
            .filter(case_journal::Column::Kind.eq(JournalKind::Note.code()))
            .order_by_asc(case_journal::Column::Id);
        if let Some(a) = after {
            q = q.filter(case_journal::Column::Id.gt(a));
        }
        let rows = q.limit(limit).all(&self.db).await?;
        let master = self.master_key()?;
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            let text = match (&m.data_key, &m.body_sealed) {
                (Some(k), Some(b)) => RowKey::open(master, "case_journal", &m.id.to_string(), k)?
                    .unseal("body", Some(b))?
                    .unwrap_or_default(),
                _ => String::new(),
            };
            out.push(NoteText {
                id: m.id,
                case_id: m.case_id,
                text,
            });
        }
        Ok(out)
    }

    /// Up to `limit` reports numbered after `after`, sealed.
    pub async fn reports_after(
        &self,
        after: i64,
        limit: u64,
    ) -> Result<Vec<ReportRecord>, StoreError> {
        reports::Entity::find()
            .filter(reports::Column::Number.gt(after))
            .order_by_asc(reports::Column::Number)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(report_record)
            .collect()
    }

    /// The case with this reference, if any (`TEH-2026-0001`, compared upper-cased).
    pub async fn case_by_reference(&self, reference: &str) -> Result<Option<Uuid>, StoreError> {
        Ok(cases::Entity::find()
            .filter(cases::Column::Reference.eq(reference.trim().to_ascii_uppercase()))
            .one(&self.db)
            .await?
            .map(|c| c.id))
    }

    /// The cases each of `persons` is in, as `(person, case)`.
    pub async fn cases_of_persons(
        &self,
        persons: &[Uuid],
    ) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
        Ok(case_persons::Entity::find()
            .filter(case_persons::Column::PersonId.is_in(persons.to_vec()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|l| (l.person_id, l.case_id))
            .collect())
    }

    /// The persons holding an identifier with this blind index.
    pub async fn persons_with_identifier(
        &self,
        kind: &str,
        blind_index: &[u8],
    ) -> Result<Vec<Uuid>, StoreError> {
        use crate::entity::person_identifiers;
        Ok(person_identifiers::Entity::find()
            .filter(person_identifiers::Column::Kind.eq(kind))
            .filter(person_identifiers::Column::BlindIndex.eq(blind_index.to_vec()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| r.person_id)
            .collect())
    }

    /// The case each of `reports` is attached to, as `(report, case or none, reference number)`.
    pub async fn report_cases(
        &self,
        ids: &[Uuid],
    ) -> Result<Vec<(Uuid, Option<Uuid>, i64)>, StoreError> {
        Ok(reports::Entity::find()
            .filter(reports::Column::Id.is_in(ids.to_vec()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| (r.id, r.case_id, r.number))
            .collect())
    }
}
