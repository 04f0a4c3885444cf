//! Screenings filed by officers: the answers given and the engine's result.

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
enum Screenings {
    Table,
    Id,
    OfficerId,
    UnitId,
    CreatedAt,
    SetId,
    Indicators,
    Age,
    Facts,
    Result,
    ReportRef,
    PersonDescription,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Screenings::Table)
                .col(pk_uuid(Screenings::Id))
                .col(uuid(Screenings::OfficerId))
                .col(uuid_null(Screenings::UnitId))
                .col(timestamp_with_time_zone(Screenings::CreatedAt))
                .col(string_len(Screenings::SetId, 64))
                .col(text(Screenings::Indicators))
                .col(integer_null(Screenings::Age))
                .col(text(Screenings::Facts))
                .col(text(Screenings::Result))
                .col(string_len_null(Screenings::ReportRef, 200))
                .col(text_null(Screenings::PersonDescription))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_screenings_officer")
                        .from(Screenings::Table, Screenings::OfficerId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        for (name, col) in [
            ("idx_screenings_officer", Screenings::OfficerId),
            ("idx_screenings_unit", Screenings::UnitId),
            ("idx_screenings_created", Screenings::CreatedAt),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(Screenings::Table)
                    .col(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
