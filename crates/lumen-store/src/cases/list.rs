//! Lists of cases: the ones a reader may read (audited), and the open ones they may work on,
//! by reference only, to attach something to.

use super::{CaseActor, CaseRecord};
use crate::entity::cases;
use crate::{Store, StoreError};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{self as rules, CaseStatus};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Select};
use uuid::Uuid;

impl Store {
    /// The cases `reader` may read: every case for the section's supervisors, their teams'
    /// cases for the others who work cases; refused for anyone else.
    async fn readable_cases(&self, reader: CaseActor) -> Result<Select<cases::Entity>, StoreError> {
        let query = cases::Entity::find();
        if rules::may_read(reader.role, false) {
            return Ok(query);
        }
        if !rules::may_join(reader.role) {
            return Err(StoreError::Refused("cannot_read_cases"));
        }
        let mine = super::team_case_ids(&self.db, reader.id).await?;
        Ok(query.filter(cases::Column::Id.is_in(mine)))
    }

    /// The cases `reader` may read, most recently changed first: every case for the section's
    /// supervisors, their team's cases for the others. The list read is audited (`case.list`).
    pub async fn cases_for(&self, reader: CaseActor) -> Result<Vec<CaseRecord>, StoreError> {
        let query = self.readable_cases(reader).await?;
        let rows = query
            .order_by_desc(cases::Column::UpdatedAt)
            .order_by_desc(cases::Column::Id)
            .all(&self.db)
            .await?;
        let ev = AuditEvent::new(AuditAction::CaseList, None).by(reader.id, reader.role);
        self.audit(ev).await?;
        rows.into_iter()
            .map(|m| self.open_case_row(m, Vec::new()))
            .collect()
    }

    /// A page of the cases `reader` may read (`page` from 0), most recently changed first,
    /// with their total; only the page's titles are opened. Audited (`case.list`).
    pub async fn cases_page(
        &self,
        reader: CaseActor,
        page: u64,
        per_page: u64,
    ) -> Result<(Vec<CaseRecord>, u64), StoreError> {
        use sea_orm::{PaginatorTrait, QuerySelect};
        let query = self.readable_cases(reader).await?;
        let total = query.clone().count(&self.db).await?;
        let rows = query
            .order_by_desc(cases::Column::UpdatedAt)
            .order_by_desc(cases::Column::Id)
            .offset(page * per_page)
            .limit(per_page)
            .all(&self.db)
            .await?;
        let ev = AuditEvent::new(AuditAction::CaseList, None).by(reader.id, reader.role);
        self.audit(ev).await?;
        let cases = rows
            .into_iter()
            .map(|m| self.open_case_row(m, Vec::new()))
            .collect::<Result<_, _>>()?;
        Ok((cases, total))
    }

    /// The cases `reader` may work on that are not closed, as `(id, reference)`, newest
    /// first: what a report, a screening or a person may be attached to. Nothing is decrypted.
    pub async fn open_cases_of(
        &self,
        reader: CaseActor,
    ) -> Result<Vec<(Uuid, String)>, StoreError> {
        let query = self
            .readable_cases(reader)
            .await?
            .filter(cases::Column::Status.ne(CaseStatus::Closed.code()));
        Ok(query
            .order_by_desc(cases::Column::CreatedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| (m.id, m.reference))
            .collect())
    }
}
