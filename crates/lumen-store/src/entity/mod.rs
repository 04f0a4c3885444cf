//! SeaORM entities, one per table. Only the store sees them; callers get records.

pub mod audit_log;
pub mod recovery_codes;
pub mod report_messages;
pub mod reports;
pub mod screenings;
pub mod sessions;
pub mod units;
pub mod users;
