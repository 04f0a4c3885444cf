//! Course prerequisites: the edges between courses, and replacing a course's prerequisites
//! without forming a cycle.

use crate::StoreError;
use crate::entity::{training_course_prerequisites as prereqs, training_courses as courses};
use lumen_domain::training::check_prerequisites;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};
use uuid::Uuid;

/// Every prerequisite edge `(course, required course)`.
pub(crate) async fn prerequisite_edges(
    c: &impl ConnectionTrait,
) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    Ok(prereqs::Entity::find()
        .all(c)
        .await?
        .into_iter()
        .map(|p| (p.course_id, p.prerequisite_id))
        .collect())
}

/// Replaces the prerequisites of `course`: every one must exist, and no cycle may form
/// (`Refused("prerequisite_cycle")`). Returns them sorted and without duplicates.
pub(crate) async fn set_prerequisites(
    c: &impl ConnectionTrait,
    course: Uuid,
    required: &[Uuid],
) -> Result<Vec<Uuid>, StoreError> {
    let mut required = required.to_vec();
    required.sort();
    required.dedup();
    for r in &required {
        courses::Entity::find_by_id(*r)
            .one(c)
            .await?
            .ok_or(StoreError::NotFound("course"))?;
    }
    let edges: Vec<(Uuid, Uuid)> = prerequisite_edges(c)
        .await?
        .into_iter()
        .filter(|(from, _)| *from != course)
        .collect();
    check_prerequisites(course, &required, &edges).map_err(|e| StoreError::Refused(e.code()))?;
    prereqs::Entity::delete_many()
        .filter(prereqs::Column::CourseId.eq(course))
        .exec(c)
        .await?;
    for r in &required {
        prereqs::ActiveModel {
            id: Set(Uuid::now_v7()),
            course_id: Set(course),
            prerequisite_id: Set(*r),
        }
        .insert(c)
        .await?;
    }
    Ok(required)
}
