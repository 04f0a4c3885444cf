use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "training_courses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub title_fr: String,
    pub title_nl: String,
    pub title_en: String,
    #[sea_orm(column_type = "Text")]
    pub description_fr: String,
    #[sea_orm(column_type = "Text")]
    pub description_nl: String,
    #[sea_orm(column_type = "Text")]
    pub description_en: String,
    pub kind: String,
    pub validity_months: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub prerequisites: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
