//! The web application over HTTP, on SQLite and PostgreSQL: one module per feature or concern.

#[path = "../support/mod.rs"]
mod support;

mod access;
mod accounts;
mod admin_escalation;
mod audit;
mod case_persons;
mod cases;
mod follow_up_limit;
mod http;
mod locales;
mod metrics_listener;
mod partner;
mod public_pages;
mod reply_keys;
mod report_identifiers;
mod report_images;
mod reports;
mod screening;
mod security;
mod sign_in_guards;
mod slow_clients;
mod training;
mod training_edits;
mod training_upload;
