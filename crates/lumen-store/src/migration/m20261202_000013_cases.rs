//! Cases of the THB section: the case itself (its title, places and the magistrate's and
//! official-report references sealed under the row's own data key; status, forms of
//! exploitation and times in clear), its team, and the counters that number cases without gaps
//! per prefix and year.

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
enum CaseCounters {
    Table,
    Prefix,
    Year,
    Last,
}

#[derive(DeriveIden)]
enum Cases {
    Table,
    Id,
    Reference,
    Prefix,
    Year,
    Number,
    Status,
    Forms,
    OwnerId,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    Version,
    DataKey,
    TitleSealed,
    PlacesSealed,
    MagistrateRefSealed,
    PvRefSealed,
}

#[derive(DeriveIden)]
enum CaseTeam {
    Table,
    CaseId,
    UserId,
    Role,
    AddedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CaseCounters::Table)
                .col(string_len(CaseCounters::Prefix, 12))
                .col(integer(CaseCounters::Year))
                .col(integer(CaseCounters::Last))
                .primary_key(
                    Index::create()
                        .col(CaseCounters::Prefix)
                        .col(CaseCounters::Year),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Cases::Table)
                .col(pk_uuid(Cases::Id))
                .col(string_len_uniq(Cases::Reference, 32))
                .col(string_len(Cases::Prefix, 12))
                .col(integer(Cases::Year))
                .col(integer(Cases::Number))
                .col(string_len(Cases::Status, 32))
                .col(text(Cases::Forms))
                .col(uuid(Cases::OwnerId))
                .col(uuid(Cases::CreatedBy))
                .col(timestamp_with_time_zone(Cases::CreatedAt))
                .col(timestamp_with_time_zone(Cases::UpdatedAt))
                .col(integer(Cases::Version))
                .col(blob(Cases::DataKey))
                .col(blob(Cases::TitleSealed))
                .col(blob_null(Cases::PlacesSealed))
                .col(blob_null(Cases::MagistrateRefSealed))
                .col(blob_null(Cases::PvRefSealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_cases_owner")
                        .from(Cases::Table, Cases::OwnerId)
                        .to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_cases_created_by")
                        .from(Cases::Table, Cases::CreatedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_cases_number")
                .table(Cases::Table)
                .col(Cases::Prefix)
                .col(Cases::Year)
                .col(Cases::Number)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CaseTeam::Table)
                .col(uuid(CaseTeam::CaseId))
                .col(uuid(CaseTeam::UserId))
                .col(string_len(CaseTeam::Role, 16))
                .col(timestamp_with_time_zone(CaseTeam::AddedAt))
                .primary_key(Index::create().col(CaseTeam::CaseId).col(CaseTeam::UserId))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_team_case")
                        .from(CaseTeam::Table, CaseTeam::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_team_user")
                        .from(CaseTeam::Table, CaseTeam::UserId)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_case_team_user")
                .table(CaseTeam::Table)
                .col(CaseTeam::UserId)
                .to_owned(),
        )
        .await
    }
}
