//! Units, staff accounts, recovery codes, sessions and the audit log.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    Code,
    Name,
    Kind,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    Role,
    UnitId,
    PasswordHash,
    TotpSecret,
    TotpEnabled,
    TotpLastStep,
    Active,
    Locale,
    FailedAttempts,
    LockedUntil,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    UserId,
    Stage,
    CsrfToken,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Seq,
    At,
    Actor,
    ActorRole,
    Action,
    ObjectType,
    ObjectId,
    Outcome,
    PrevHash,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Units::Table)
                .col(pk_uuid(Units::Id))
                .col(string_len_uniq(Units::Code, 32))
                .col(string_len(Units::Name, 200))
                .col(string_len(Units::Kind, 32))
                .col(boolean(Units::Active))
                .col(timestamp_with_time_zone(Units::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_uuid(Users::Id))
                .col(string_len_uniq(Users::Email, 254))
                .col(string_len(Users::DisplayName, 200))
                .col(string_len(Users::Role, 32))
                .col(uuid_null(Users::UnitId))
                .col(string_len(Users::PasswordHash, 255))
                .col(string_len_null(Users::TotpSecret, 128))
                .col(boolean(Users::TotpEnabled))
                .col(big_integer_null(Users::TotpLastStep))
                .col(boolean(Users::Active))
                .col(string_len_null(Users::Locale, 8))
                .col(integer(Users::FailedAttempts))
                .col(timestamp_with_time_zone_null(Users::LockedUntil))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .col(timestamp_with_time_zone(Users::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_users_unit")
                        .from(Users::Table, Users::UnitId)
                        .to(Units::Table, Units::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecoveryCodes::Table)
                .col(pk_uuid(RecoveryCodes::Id))
                .col(uuid(RecoveryCodes::UserId))
                .col(string_len(RecoveryCodes::CodeHash, 64))
                .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_recovery_codes_user")
                        .from(RecoveryCodes::Table, RecoveryCodes::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_recovery_codes_user")
                .table(RecoveryCodes::Table)
                .col(RecoveryCodes::UserId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string_len(Sessions::IdHash, 64).primary_key())
                .col(uuid(Sessions::UserId))
                .col(string_len(Sessions::Stage, 32))
                .col(string_len(Sessions::CsrfToken, 64))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_sessions_user")
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_sessions_user")
                .table(Sessions::Table)
                .col(Sessions::UserId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(big_integer(AuditLog::Seq).primary_key())
                .col(timestamp_with_time_zone(AuditLog::At))
                .col(string_len_null(AuditLog::Actor, 64))
                .col(string_len_null(AuditLog::ActorRole, 32))
                .col(string_len(AuditLog::Action, 64))
                .col(string_len(AuditLog::ObjectType, 64))
                .col(string_len_null(AuditLog::ObjectId, 128))
                .col(string_len(AuditLog::Outcome, 16))
                .col(string_len(AuditLog::PrevHash, 64))
                .col(string_len(AuditLog::Hash, 64))
                .to_owned(),
        )
        .await?;
        for (name, col) in [
            ("idx_audit_at", AuditLog::At),
            ("idx_audit_action", AuditLog::Action),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(AuditLog::Table)
                    .col(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
