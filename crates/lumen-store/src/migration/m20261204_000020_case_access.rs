//! Requests for access to a restricted case: asked for with a reason (sealed under the row's
//! own data key) by someone outside its team, decided by a supervisor who did not ask; an
//! approved request adds the requester to the team.

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
}

#[derive(DeriveIden)]
enum CaseAccessRequests {
    Table,
    Id,
    CaseId,
    RequestedBy,
    RequestedAt,
    State,
    DecidedBy,
    DecidedAt,
    DataKey,
    ReasonSealed,
    DecisionSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CaseAccessRequests::Table)
                .col(pk_uuid(CaseAccessRequests::Id))
                .col(uuid(CaseAccessRequests::CaseId))
                .col(uuid(CaseAccessRequests::RequestedBy))
                .col(timestamp_with_time_zone(CaseAccessRequests::RequestedAt))
                .col(string_len(CaseAccessRequests::State, 16))
                .col(uuid_null(CaseAccessRequests::DecidedBy))
                .col(timestamp_with_time_zone_null(CaseAccessRequests::DecidedAt))
                .col(blob(CaseAccessRequests::DataKey))
                .col(blob(CaseAccessRequests::ReasonSealed))
                .col(blob_null(CaseAccessRequests::DecisionSealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_access_case")
                        .from(CaseAccessRequests::Table, CaseAccessRequests::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_access_requester")
                        .from(CaseAccessRequests::Table, CaseAccessRequests::RequestedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await
    }
}
