use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub unit_id: Option<Uuid>,
    pub password_hash: String,
    /// Clear TOTP secret of rows from before sealing; emptied when the store seals them.
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    pub totp_last_step: Option<i64>,
    pub active: bool,
    pub locale: Option<String>,
    pub failed_attempts: i32,
    pub locked_until: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub enrolment_code_hash: Option<String>,
    pub enrolment_expires_at: Option<DateTimeUtc>,
    pub data_key: Option<Vec<u8>>,
    pub totp_secret_sealed: Option<Vec<u8>>,
    /// Name and e-mail address folded for searching (`lumen_domain::search::account_text`).
    pub search_text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
