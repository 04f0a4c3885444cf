//! Four-eyes approvals of cases: closing or reopening a case is asked for with a reason and
//! decided by a supervisor who did not ask. The requester's and the decider's words are sealed
//! under the row's own data key. A closed case keeps its closing reason (a catalogue code).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
    ClosingReason,
}

#[derive(DeriveIden)]
enum CaseApprovals {
    Table,
    Id,
    CaseId,
    ToStatus,
    Reason,
    RequestedBy,
    RequestedAt,
    State,
    DecidedBy,
    DecidedAt,
    DataKey,
    CommentSealed,
    DecisionSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Cases::Table)
                .add_column(ColumnDef::new(Cases::ClosingReason).string_len(64).null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CaseApprovals::Table)
                .col(pk_uuid(CaseApprovals::Id))
                .col(uuid(CaseApprovals::CaseId))
                .col(string_len(CaseApprovals::ToStatus, 32))
                .col(string_len_null(CaseApprovals::Reason, 64))
                .col(uuid(CaseApprovals::RequestedBy))
                .col(timestamp_with_time_zone(CaseApprovals::RequestedAt))
                .col(string_len(CaseApprovals::State, 16))
                .col(uuid_null(CaseApprovals::DecidedBy))
                .col(timestamp_with_time_zone_null(CaseApprovals::DecidedAt))
                .col(blob(CaseApprovals::DataKey))
                .col(blob(CaseApprovals::CommentSealed))
                .col(blob_null(CaseApprovals::DecisionSealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_approvals_case")
                        .from(CaseApprovals::Table, CaseApprovals::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_approvals_requester")
                        .from(CaseApprovals::Table, CaseApprovals::RequestedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_case_approvals_case")
                .table(CaseApprovals::Table)
                .col(CaseApprovals::CaseId)
                .col(CaseApprovals::State)
                .to_owned(),
        )
        .await
    }
}
