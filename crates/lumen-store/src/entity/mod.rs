//! SeaORM entities, one per table. Only the store sees them; callers get records.

pub mod audit_log;
pub mod case_approvals;
pub mod case_counters;
pub mod case_journal;
pub mod case_tasks;
pub mod case_team;
pub mod cases;
pub mod recovery_codes;
pub mod report_identifiers;
pub mod report_images;
pub mod report_messages;
pub mod reports;
pub mod role_requests;
pub mod screening_drafts;
pub mod screenings;
pub mod sessions;
pub mod training_course_prerequisites;
pub mod training_courses;
pub mod training_officers;
pub mod training_referents;
pub mod training_registrations;
pub mod training_session_partners;
pub mod training_sessions;
pub mod units;
pub mod users;
