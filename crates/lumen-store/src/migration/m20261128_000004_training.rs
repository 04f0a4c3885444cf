//! The training registry: officers, courses, sessions with partner associations,
//! registrations with attendance, referent designations.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum TrainingOfficers {
    Table,
    Id,
    UnitId,
    DisplayName,
    Function,
    Active,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrainingCourses {
    Table,
    Id,
    TitleFr,
    TitleNl,
    TitleEn,
    DescriptionFr,
    DescriptionNl,
    DescriptionEn,
    Kind,
    ValidityMonths,
    Prerequisites,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrainingSessions {
    Table,
    Id,
    CourseId,
    StartsAt,
    Place,
    Trainers,
    Capacity,
    Cancelled,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrainingSessionPartners {
    Table,
    Id,
    SessionId,
    UnitId,
}

#[derive(DeriveIden)]
enum TrainingRegistrations {
    Table,
    Id,
    SessionId,
    OfficerId,
    Status,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TrainingReferents {
    Table,
    Id,
    UnitId,
    OfficerId,
    DesignatedOn,
    OverrideReason,
    OverriddenBy,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use TrainingOfficers as O;
        m.create_table(
            Table::create()
                .table(O::Table)
                .col(pk_uuid(O::Id))
                .col(uuid(O::UnitId))
                .col(string_len(O::DisplayName, 200))
                .col(string_len(O::Function, 32))
                .col(boolean(O::Active))
                .col(uuid_null(O::UserId))
                .col(timestamp_with_time_zone(O::CreatedAt))
                .foreign_key(&mut fk(
                    "fk_training_officers_unit",
                    (O::Table, O::UnitId),
                    (Units::Table, Units::Id),
                ))
                .to_owned(),
        )
        .await?;
        use TrainingCourses as C;
        m.create_table(
            Table::create()
                .table(C::Table)
                .col(pk_uuid(C::Id))
                .col(string_len(C::TitleFr, 200))
                .col(string_len(C::TitleNl, 200))
                .col(string_len(C::TitleEn, 200))
                .col(text(C::DescriptionFr))
                .col(text(C::DescriptionNl))
                .col(text(C::DescriptionEn))
                .col(string_len(C::Kind, 32))
                .col(integer_null(C::ValidityMonths))
                .col(text_null(C::Prerequisites))
                .col(timestamp_with_time_zone(C::CreatedAt))
                .to_owned(),
        )
        .await?;
        use TrainingSessions as S;
        m.create_table(
            Table::create()
                .table(S::Table)
                .col(pk_uuid(S::Id))
                .col(uuid(S::CourseId))
                .col(timestamp_with_time_zone(S::StartsAt))
                .col(string_len(S::Place, 200))
                .col(text(S::Trainers))
                .col(integer(S::Capacity))
                .col(boolean(S::Cancelled))
                .col(timestamp_with_time_zone(S::CreatedAt))
                .foreign_key(&mut fk(
                    "fk_training_sessions_course",
                    (S::Table, S::CourseId),
                    (C::Table, C::Id),
                ))
                .to_owned(),
        )
        .await?;
        use TrainingSessionPartners as P;
        m.create_table(
            Table::create()
                .table(P::Table)
                .col(pk_uuid(P::Id))
                .col(uuid(P::SessionId))
                .col(uuid(P::UnitId))
                .foreign_key(&mut fk(
                    "fk_training_partners_session",
                    (P::Table, P::SessionId),
                    (S::Table, S::Id),
                ))
                .foreign_key(&mut fk(
                    "fk_training_partners_unit",
                    (P::Table, P::UnitId),
                    (Units::Table, Units::Id),
                ))
                .to_owned(),
        )
        .await?;
        use TrainingRegistrations as R;
        m.create_table(
            Table::create()
                .table(R::Table)
                .col(pk_uuid(R::Id))
                .col(uuid(R::SessionId))
                .col(uuid(R::OfficerId))
                .col(string_len(R::Status, 32))
                .col(timestamp_with_time_zone(R::UpdatedAt))
                .foreign_key(&mut fk(
                    "fk_training_reg_session",
                    (R::Table, R::SessionId),
                    (S::Table, S::Id),
                ))
                .foreign_key(&mut fk(
                    "fk_training_reg_officer",
                    (R::Table, R::OfficerId),
                    (O::Table, O::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_training_reg_session_officer")
                .table(R::Table)
                .col(R::SessionId)
                .col(R::OfficerId)
                .unique()
                .to_owned(),
        )
        .await?;
        use TrainingReferents as D;
        m.create_table(
            Table::create()
                .table(D::Table)
                .col(pk_uuid(D::Id))
                .col(uuid(D::UnitId))
                .col(uuid(D::OfficerId))
                .col(date(D::DesignatedOn))
                .col(text_null(D::OverrideReason))
                .col(uuid_null(D::OverriddenBy))
                .foreign_key(&mut fk(
                    "fk_training_ref_unit",
                    (D::Table, D::UnitId),
                    (Units::Table, Units::Id),
                ))
                .foreign_key(&mut fk(
                    "fk_training_ref_officer",
                    (D::Table, D::OfficerId),
                    (O::Table, O::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_training_ref_unit_officer")
                .table(D::Table)
                .col(D::UnitId)
                .col(D::OfficerId)
                .unique()
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
