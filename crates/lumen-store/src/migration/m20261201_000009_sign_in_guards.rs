//! Sign-in guards: failed second-factor codes counted per half-signed-in session, one-time
//! enrolment codes for new accounts (their holder sets the password), and role changes that
//! wait for a supervisor's approval.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
    FactorFailures,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    EnrolmentCodeHash,
    EnrolmentExpiresAt,
}

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum RoleRequests {
    Table,
    Id,
    UserId,
    Creates,
    Role,
    UnitId,
    RequestedBy,
    RequestedAt,
    DecidedBy,
    DecidedAt,
    Decision,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .add_column(integer(Sessions::FactorFailures).default(0))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(string_len_null(Users::EnrolmentCodeHash, 64))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(timestamp_with_time_zone_null(Users::EnrolmentExpiresAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RoleRequests::Table)
                .col(pk_uuid(RoleRequests::Id))
                .col(uuid(RoleRequests::UserId))
                .col(boolean(RoleRequests::Creates))
                .col(string_len(RoleRequests::Role, 32))
                .col(uuid_null(RoleRequests::UnitId))
                .col(uuid(RoleRequests::RequestedBy))
                .col(timestamp_with_time_zone(RoleRequests::RequestedAt))
                .col(uuid_null(RoleRequests::DecidedBy))
                .col(timestamp_with_time_zone_null(RoleRequests::DecidedAt))
                .col(string_len_null(RoleRequests::Decision, 16))
                .foreign_key(
                    ForeignKey::create()
                        .from(RoleRequests::Table, RoleRequests::UserId)
                        .to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RoleRequests::Table, RoleRequests::RequestedBy)
                        .to(Users::Table, Users::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RoleRequests::Table, RoleRequests::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .to_owned(),
        )
        .await?;
        // At most one request waits for each account.
        m.create_index(
            Index::create()
                .name("idx_role_requests_one_pending")
                .table(RoleRequests::Table)
                .col(RoleRequests::UserId)
                .unique()
                .and_where(Expr::col(RoleRequests::Decision).is_null())
                .to_owned(),
        )
        .await
    }
}
