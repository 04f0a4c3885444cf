//! End-to-end journeys in Chromium (chromedriver), on SQLite and PostgreSQL.

#[path = "../support/browser.rs"]
mod browser;
#[path = "../support/mod.rs"]
mod support;

mod e2e;
mod e2e_admin;
mod e2e_cases;
mod e2e_partner;
mod e2e_public;
mod e2e_report_journey;
mod e2e_screening;
mod e2e_staff;
mod e2e_training;
