//! Persons of cases: an identity sealed under the person row's own data key, identifiers
//! (phones, e-mails, plates, IBANs, handles, ad addresses, postal addresses) stored as blind
//! indexes beside their sealed values, and a person's role in each case they are in.

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
enum Persons {
    Table,
    Id,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    Version,
    DataKey,
    IdentitySealed,
}

#[derive(DeriveIden)]
enum PersonIdentifiers {
    Table,
    Id,
    PersonId,
    Kind,
    BlindIndex,
    ValueSealed,
}

#[derive(DeriveIden)]
enum CasePersons {
    Table,
    CaseId,
    PersonId,
    Role,
    PerpetratorRole,
    FromDay,
    ToDay,
    AddedBy,
    AddedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Persons::Table)
                .col(pk_uuid(Persons::Id))
                .col(uuid(Persons::CreatedBy))
                .col(timestamp_with_time_zone(Persons::CreatedAt))
                .col(timestamp_with_time_zone(Persons::UpdatedAt))
                .col(integer(Persons::Version))
                .col(blob(Persons::DataKey))
                .col(blob(Persons::IdentitySealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_persons_creator")
                        .from(Persons::Table, Persons::CreatedBy)
                        .to(Users::Table, Users::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PersonIdentifiers::Table)
                .col(pk_uuid(PersonIdentifiers::Id))
                .col(uuid(PersonIdentifiers::PersonId))
                .col(string_len(PersonIdentifiers::Kind, 16))
                .col(binary_len(PersonIdentifiers::BlindIndex, 32))
                .col(blob(PersonIdentifiers::ValueSealed))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_person_identifiers_person")
                        .from(PersonIdentifiers::Table, PersonIdentifiers::PersonId)
                        .to(Persons::Table, Persons::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_person_identifiers_index")
                .table(PersonIdentifiers::Table)
                .col(PersonIdentifiers::Kind)
                .col(PersonIdentifiers::BlindIndex)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_person_identifiers_person")
                .table(PersonIdentifiers::Table)
                .col(PersonIdentifiers::PersonId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CasePersons::Table)
                .col(uuid(CasePersons::CaseId))
                .col(uuid(CasePersons::PersonId))
                .col(string_len(CasePersons::Role, 16))
                .col(string_len_null(CasePersons::PerpetratorRole, 32))
                .col(date_null(CasePersons::FromDay))
                .col(date_null(CasePersons::ToDay))
                .col(uuid(CasePersons::AddedBy))
                .col(timestamp_with_time_zone(CasePersons::AddedAt))
                .primary_key(
                    Index::create()
                        .col(CasePersons::CaseId)
                        .col(CasePersons::PersonId)
                        .col(CasePersons::Role),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_persons_case")
                        .from(CasePersons::Table, CasePersons::CaseId)
                        .to(Cases::Table, Cases::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_case_persons_person")
                        .from(CasePersons::Table, CasePersons::PersonId)
                        .to(Persons::Table, Persons::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_case_persons_person")
                .table(CasePersons::Table)
                .col(CasePersons::PersonId)
                .to_owned(),
        )
        .await
    }
}
