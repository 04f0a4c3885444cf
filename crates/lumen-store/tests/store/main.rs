//! The store's operations on SQLite and PostgreSQL alike.

mod accounts;
mod audit_keyed;
mod case_persons;
mod cases;
mod concurrent_writes;
mod conformance;
mod file_modes;
mod reports_partner;
mod screenings;
mod sealed_fields;
mod training;
mod training_edit;
