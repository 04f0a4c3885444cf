use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "screenings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub officer_id: Uuid,
    pub unit_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub set_id: String,
    #[sea_orm(column_type = "Text")]
    pub indicators: String,
    pub age: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub facts: String,
    #[sea_orm(column_type = "Text")]
    pub result: String,
    /// Clear value of rows from before sealing; emptied when the store seals them.
    pub report_ref: Option<String>,
    /// Clear value of rows from before sealing; emptied when the store seals them.
    #[sea_orm(column_type = "Text", nullable)]
    pub person_description: Option<String>,
    pub data_key: Option<Vec<u8>>,
    pub report_ref_sealed: Option<Vec<u8>>,
    pub person_description_sealed: Option<Vec<u8>>,
    pub sent_at: Option<DateTimeUtc>,
    pub case_id: Option<Uuid>,
    pub triage_reason: Option<String>,
    pub triaged_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
