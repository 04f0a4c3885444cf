//! Training registry, second step: prerequisites as references to courses (the free-text
//! column stays, shown as notes), overridden registrations, ended referent designations.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TrainingCourses {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum TrainingCoursePrerequisites {
    Table,
    Id,
    CourseId,
    PrerequisiteId,
}

#[derive(DeriveIden)]
enum TrainingRegistrations {
    Table,
    OverrideReason,
    OverriddenBy,
}

#[derive(DeriveIden)]
enum TrainingReferents {
    Table,
    UnitId,
    OfficerId,
    EndedOn,
}

/// The first version allowed one designation per unit and officer; an ended designation
/// stays for the record and the officer may be designated again, so only one *open*
/// designation per unit and officer is unique (a partial index, on both databases).
const OLD_UNIQUE_DESIGNATION: &str = "uq_training_ref_unit_officer";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use TrainingCoursePrerequisites as P;
        m.create_table(
            Table::create()
                .table(P::Table)
                .col(pk_uuid(P::Id))
                .col(uuid(P::CourseId))
                .col(uuid(P::PrerequisiteId))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_training_prereq_course")
                        .from(P::Table, P::CourseId)
                        .to(TrainingCourses::Table, TrainingCourses::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_training_prereq_required")
                        .from(P::Table, P::PrerequisiteId)
                        .to(TrainingCourses::Table, TrainingCourses::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_training_prereq_course_required")
                .table(P::Table)
                .col(P::CourseId)
                .col(P::PrerequisiteId)
                .unique()
                .to_owned(),
        )
        .await?;
        use TrainingRegistrations as R;
        m.alter_table(
            Table::alter()
                .table(R::Table)
                .add_column(text_null(R::OverrideReason))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(R::Table)
                .add_column(uuid_null(R::OverriddenBy))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(TrainingReferents::Table)
                .add_column(date_null(TrainingReferents::EndedOn))
                .to_owned(),
        )
        .await?;
        m.drop_index(
            Index::drop()
                .name(OLD_UNIQUE_DESIGNATION)
                .table(TrainingReferents::Table)
                .to_owned(),
        )
        .await?;
        use TrainingReferents as D;
        m.create_index(
            Index::create()
                .name("uq_training_ref_open")
                .table(D::Table)
                .col(D::UnitId)
                .col(D::OfficerId)
                .unique()
                .and_where(Expr::col(D::EndedOn).is_null())
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
