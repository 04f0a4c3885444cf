//! Screenings being filled in, kept between the steps of the form so an officer can stop and
//! come back. Everything the officer entered is sealed in one column under the row's own data
//! key; only the owner, the set and the times are in clear.

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
enum ScreeningDrafts {
    Table,
    Id,
    OfficerId,
    SetId,
    CreatedAt,
    UpdatedAt,
    DataKey,
    ContentSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ScreeningDrafts::Table)
                .col(pk_uuid(ScreeningDrafts::Id))
                .col(uuid(ScreeningDrafts::OfficerId))
                .col(string_len(ScreeningDrafts::SetId, 64))
                .col(timestamp_with_time_zone(ScreeningDrafts::CreatedAt))
                .col(timestamp_with_time_zone(ScreeningDrafts::UpdatedAt))
                .col(blob(ScreeningDrafts::DataKey))
                .col(blob(ScreeningDrafts::ContentSealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_screening_drafts_officer")
                        .from(ScreeningDrafts::Table, ScreeningDrafts::OfficerId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_screening_drafts_officer")
                .table(ScreeningDrafts::Table)
                .col(ScreeningDrafts::OfficerId)
                .to_owned(),
        )
        .await
    }
}
