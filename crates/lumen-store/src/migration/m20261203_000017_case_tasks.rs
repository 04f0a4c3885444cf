//! Tasks of a case: a title (sealed under the row's own data key), who does it, the day it is
//! due and whether it is done.

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
enum CaseTasks {
    Table,
    Id,
    CaseId,
    AssigneeId,
    DueOn,
    Done,
    CreatedBy,
    CreatedAt,
    DoneAt,
    DataKey,
    TitleSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CaseTasks::Table)
                .col(pk_uuid(CaseTasks::Id))
                .col(uuid(CaseTasks::CaseId))
                .col(uuid(CaseTasks::AssigneeId))
                .col(date(CaseTasks::DueOn))
                .col(boolean(CaseTasks::Done))
                .col(uuid(CaseTasks::CreatedBy))
                .col(timestamp_with_time_zone(CaseTasks::CreatedAt))
                .col(timestamp_with_time_zone_null(CaseTasks::DoneAt))
                .col(blob(CaseTasks::DataKey))
                .col(blob(CaseTasks::TitleSealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_tasks_case")
                        .from(CaseTasks::Table, CaseTasks::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_tasks_assignee")
                        .from(CaseTasks::Table, CaseTasks::AssigneeId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_case_tasks_assignee")
                .table(CaseTasks::Table)
                .col(CaseTasks::AssigneeId)
                .col(CaseTasks::Done)
                .to_owned(),
        )
        .await
    }
}
