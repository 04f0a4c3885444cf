//! The route table: every route, its method and the access it needs, in one place. The router
//! is built from it and the role × route test walks it.

use crate::access::Access;
use crate::state::AppState;
use crate::static_files;
use crate::{admin, auth, home, partner, public, reports, screening, training};
use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_app::reports::images::UPLOAD_MAX_BODY_BYTES;
use lumen_domain::Permission::*;

/// Which area a route belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteArea {
    /// Served by every process (health, static files).
    Common,
    /// The internet-facing public area.
    Public,
    /// The staff area.
    Staff,
}

/// One declared route.
#[derive(Debug, Clone)]
pub struct RouteSpec {
    /// HTTP method.
    pub method: Method,
    /// Path template.
    pub path: &'static str,
    /// What it needs.
    pub access: Access,
    /// Its area.
    pub area: RouteArea,
}

/// Every route with its handler.
pub fn table() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use Access::{AnySession, Enrolment, Public, SecondFactor};
    use RouteArea::{Common, Staff};
    let run = Access::Permission(RunScreening);
    let triage = Access::Permission(TriageReports);
    let partner = Access::Permission(FilePartnerReports);
    let manage_training = Access::Permission(ManageTraining);
    let unit_training = Access::Permission(ViewUnitTraining);
    let own_training = Access::Permission(ViewOwnTraining);
    let approve_roles = Access::Permission(ApproveRoleChanges);
    let g = Method::GET;
    let p = Method::POST;
    let spec = |method: &Method, path, access, area| RouteSpec {
        method: method.clone(),
        path,
        access,
        area,
    };
    vec![
        (spec(&g, "/", Public, Common), get(public::system::root)),
        (
            spec(&g, "/healthz", Public, Common),
            get(public::system::healthz),
        ),
        (
            spec(&g, "/static/{*file}", Public, Common),
            get(static_files::serve_static),
        ),
        (
            spec(&p, "/language", Public, Staff),
            post(public::system::set_language),
        ),
        (
            spec(&g, "/staff/sign-in", Public, Staff),
            get(auth::sign_in::sign_in_form),
        ),
        (
            spec(&p, "/staff/sign-in", Public, Staff),
            post(auth::sign_in::sign_in),
        ),
        (
            spec(&g, "/staff/first-sign-in", Public, Staff),
            get(auth::first_sign_in::form),
        ),
        (
            spec(&p, "/staff/first-sign-in", Public, Staff),
            post(auth::first_sign_in::submit),
        ),
        (
            spec(&g, "/staff/approvals", approve_roles, Staff),
            get(admin::approvals::list),
        ),
        (
            spec(&p, "/staff/approvals/{id}/approve", approve_roles, Staff),
            post(admin::approvals::approve),
        ),
        (
            spec(&p, "/staff/approvals/{id}/refuse", approve_roles, Staff),
            post(admin::approvals::refuse),
        ),
        (
            spec(&g, "/staff/sign-in/totp", SecondFactor, Staff),
            get(auth::sign_in::totp_form),
        ),
        (
            spec(&p, "/staff/sign-in/totp", SecondFactor, Staff),
            post(auth::sign_in::totp_submit),
        ),
        (
            spec(&p, "/staff/sign-out", AnySession, Staff),
            post(auth::sign_in::sign_out),
        ),
        (
            spec(&g, "/staff/account/totp", Enrolment, Staff),
            get(auth::enrol::enrol_form),
        ),
        (
            spec(&p, "/staff/account/totp", Enrolment, Staff),
            post(auth::enrol::enrol_confirm),
        ),
        (
            spec(&g, "/staff", Access::Permission(ViewHome), Staff),
            get(home::page::home),
        ),
        (
            spec(
                &g,
                "/staff/account",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            get(auth::account::account),
        ),
        (
            spec(
                &p,
                "/staff/account/password",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            post(auth::account::change_password),
        ),
        (
            spec(
                &g,
                "/staff/admin/users",
                Access::Permission(ManageUsers),
                Staff,
            ),
            get(admin::users::list),
        ),
        (
            spec(
                &p,
                "/staff/admin/users",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(admin::users::create),
        ),
        (
            spec(
                &g,
                "/staff/admin/users/{id}",
                Access::Permission(ManageUsers),
                Staff,
            ),
            get(admin::users::show),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/role",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(admin::users::set_role),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/active",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(admin::users::set_active),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/reset-totp",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(admin::users::reset_totp),
        ),
        (
            spec(
                &g,
                "/staff/admin/units",
                Access::Permission(ManageUnits),
                Staff,
            ),
            get(admin::units::list),
        ),
        (
            spec(
                &p,
                "/staff/admin/units",
                Access::Permission(ManageUnits),
                Staff,
            ),
            post(admin::units::create),
        ),
        (
            spec(
                &g,
                "/staff/admin/units/{id}",
                Access::Permission(ManageUnits),
                Staff,
            ),
            get(admin::units::show),
        ),
        (
            spec(
                &p,
                "/staff/admin/units/{id}",
                Access::Permission(ManageUnits),
                Staff,
            ),
            post(admin::units::update),
        ),
        (
            spec(&g, "/staff/audit", Access::Permission(ViewAudit), Staff),
            get(admin::audit::list),
        ),
        (
            spec(
                &g,
                "/staff/admin/catalogue",
                Access::Permission(ManageCatalogues),
                Staff,
            ),
            get(admin::catalogue::show),
        ),
        (
            spec(&g, "/staff/screenings", run, Staff),
            get(screening::list::list),
        ),
        (
            spec(&p, "/staff/screenings", run, Staff),
            post(screening::form::create),
        ),
        (
            spec(&g, "/staff/screenings/new", run, Staff),
            get(screening::form::new),
        ),
        (
            spec(&g, "/staff/screenings/{id}", run, Staff),
            get(screening::view::show),
        ),
        (
            spec(&g, "/staff/reports", triage, Staff),
            get(reports::inbox::inbox),
        ),
        (
            spec(&g, "/staff/reports/{id}", triage, Staff),
            get(reports::inbox::show),
        ),
        (
            spec(&g, "/staff/reports/{id}/images/{image}", triage, Staff),
            get(reports::staff_images::image),
        ),
        (
            spec(&p, "/staff/reports/{id}/reply", triage, Staff),
            post(reports::inbox::reply),
        ),
        (
            spec(&p, "/staff/reports/{id}/status", triage, Staff),
            post(reports::inbox::set_status),
        ),
        (
            spec(&g, "/what-happens", Public, RouteArea::Public),
            get(public::info::what_happens),
        ),
        (
            spec(&g, "/what-we-keep", Public, RouteArea::Public),
            get(public::info::what_we_keep),
        ),
        (
            spec(&g, "/your-rights", Public, RouteArea::Public),
            get(public::info::rights),
        ),
        (
            spec(&g, "/emergency", Public, RouteArea::Public),
            get(public::info::emergency),
        ),
        (
            spec(&g, "/staff/partner", partner, Staff),
            get(partner::submissions::list),
        ),
        (
            spec(&g, "/staff/partner/submissions/new", partner, Staff),
            get(partner::file::form),
        ),
        (
            spec(&p, "/staff/partner/submissions", partner, Staff),
            post(partner::file::submit),
        ),
        (
            spec(&g, "/staff/partner/submissions/{id}", partner, Staff),
            get(partner::submissions::show),
        ),
        (
            spec(
                &p,
                "/staff/partner/submissions/{id}/message",
                partner,
                Staff,
            ),
            post(partner::submissions::add_message),
        ),
        (
            spec(&g, "/report", Public, RouteArea::Public),
            get(reports::filing::form),
        ),
        (
            spec(&p, "/report", Public, RouteArea::Public),
            post(reports::filing::submit).layer(DefaultBodyLimit::max(UPLOAD_MAX_BODY_BYTES)),
        ),
        (
            spec(&g, "/report/done", Public, RouteArea::Public),
            get(reports::filing::done),
        ),
        (
            spec(&g, "/follow-up", Public, RouteArea::Public),
            get(reports::follow_up::form),
        ),
        (
            spec(&p, "/follow-up", Public, RouteArea::Public),
            post(reports::follow_up::show),
        ),
        (
            spec(&p, "/follow-up/message", Public, RouteArea::Public),
            post(reports::follow_up::add_message)
                .layer(DefaultBodyLimit::max(UPLOAD_MAX_BODY_BYTES)),
        ),
        (
            spec(&g, "/staff/training", unit_training, Staff),
            get(training::registry::dashboard),
        ),
        (
            spec(&g, "/staff/training/coverage.csv", unit_training, Staff),
            get(training::registry::coverage_csv),
        ),
        (
            spec(&g, "/staff/training/mine", own_training, Staff),
            get(training::registry::mine),
        ),
        (
            spec(&g, "/staff/training/courses", manage_training, Staff),
            get(training::courses::courses),
        ),
        (
            spec(&p, "/staff/training/courses", manage_training, Staff),
            post(training::courses::create_course),
        ),
        (
            spec(&g, "/staff/training/courses/{id}", manage_training, Staff),
            get(training::courses::edit),
        ),
        (
            spec(&p, "/staff/training/courses/{id}", manage_training, Staff),
            post(training::courses::update),
        ),
        (
            spec(&g, "/staff/training/officers", manage_training, Staff),
            get(training::officers::officers),
        ),
        (
            spec(&p, "/staff/training/officers", manage_training, Staff),
            post(training::officers::create_officer),
        ),
        (
            spec(
                &g,
                "/staff/training/officers/import",
                manage_training,
                Staff,
            ),
            get(training::import::form),
        ),
        (
            spec(
                &p,
                "/staff/training/officers/import",
                manage_training,
                Staff,
            ),
            post(training::import::check),
        ),
        (
            spec(
                &p,
                "/staff/training/officers/import/confirm",
                manage_training,
                Staff,
            ),
            post(training::import::confirm),
        ),
        (
            spec(&g, "/staff/training/officers/{id}", manage_training, Staff),
            get(training::edit::officer),
        ),
        (
            spec(&p, "/staff/training/officers/{id}", manage_training, Staff),
            post(training::edit::update_officer),
        ),
        (
            spec(&g, "/staff/training/referents", manage_training, Staff),
            get(training::officers::referents),
        ),
        (
            spec(&p, "/staff/training/referents", manage_training, Staff),
            post(training::officers::designate),
        ),
        (
            spec(
                &p,
                "/staff/training/referents/{id}/end",
                manage_training,
                Staff,
            ),
            post(training::edit::end_referent),
        ),
        (
            spec(&g, "/staff/training/sessions", manage_training, Staff),
            get(training::sessions::list),
        ),
        (
            spec(&p, "/staff/training/sessions", manage_training, Staff),
            post(training::sessions::create),
        ),
        (
            spec(&g, "/staff/training/sessions/{id}", manage_training, Staff),
            get(training::sessions::show),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/register",
                manage_training,
                Staff,
            ),
            post(training::sessions::register),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/attendance",
                manage_training,
                Staff,
            ),
            post(training::sessions::attendance),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/cancel",
                manage_training,
                Staff,
            ),
            post(training::sessions::cancel),
        ),
        (
            spec(
                &g,
                "/staff/training/sessions/{id}/edit",
                manage_training,
                Staff,
            ),
            get(training::edit::session),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/edit",
                manage_training,
                Staff,
            ),
            post(training::edit::update_session),
        ),
        (
            spec(&g, "/victim-info", Public, RouteArea::Public),
            get(screening::victim_info::choose),
        ),
        (
            spec(&g, "/victim-info/{lang}", Public, RouteArea::Public),
            get(screening::victim_info::page),
        ),
    ]
}

/// The path templates of the public area, whose traffic is never counted in metrics.
pub(crate) fn public_paths() -> &'static std::collections::BTreeSet<&'static str> {
    static PATHS: std::sync::OnceLock<std::collections::BTreeSet<&'static str>> =
        std::sync::OnceLock::new();
    PATHS.get_or_init(|| {
        declared()
            .into_iter()
            .filter(|s| s.area == RouteArea::Public)
            .map(|s| s.path)
            .collect()
    })
}

/// Every declared route, without handlers.
pub fn declared() -> Vec<RouteSpec> {
    table().into_iter().map(|(s, _)| s).collect()
}
