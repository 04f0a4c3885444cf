//! The route table: every route, its method and the access it needs, in one place. The router
//! is built from it and the role × route test walks it.

use crate::access::Access;
use crate::handlers::{
    account, approvals, audit, auth, catalogue, enrol, first_sign_in, follow_up, home, partner,
    partner_file, public_info, report, report_images_staff, reports_staff, screening,
    screening_list, screening_view, system, training, training_admin, training_courses,
    training_edit, training_import, training_sessions, units, users, victim_info,
};
use crate::state::AppState;
use crate::static_files;
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
        (spec(&g, "/", Public, Common), get(system::root)),
        (spec(&g, "/healthz", Public, Common), get(system::healthz)),
        (
            spec(&g, "/static/{*file}", Public, Common),
            get(static_files::serve_static),
        ),
        (
            spec(&p, "/language", Public, Staff),
            post(system::set_language),
        ),
        (
            spec(&g, "/staff/sign-in", Public, Staff),
            get(auth::sign_in_form),
        ),
        (
            spec(&p, "/staff/sign-in", Public, Staff),
            post(auth::sign_in),
        ),
        (
            spec(&g, "/staff/first-sign-in", Public, Staff),
            get(first_sign_in::form),
        ),
        (
            spec(&p, "/staff/first-sign-in", Public, Staff),
            post(first_sign_in::submit),
        ),
        (
            spec(&g, "/staff/approvals", approve_roles, Staff),
            get(approvals::list),
        ),
        (
            spec(&p, "/staff/approvals/{id}/approve", approve_roles, Staff),
            post(approvals::approve),
        ),
        (
            spec(&p, "/staff/approvals/{id}/refuse", approve_roles, Staff),
            post(approvals::refuse),
        ),
        (
            spec(&g, "/staff/sign-in/totp", SecondFactor, Staff),
            get(auth::totp_form),
        ),
        (
            spec(&p, "/staff/sign-in/totp", SecondFactor, Staff),
            post(auth::totp_submit),
        ),
        (
            spec(&p, "/staff/sign-out", AnySession, Staff),
            post(auth::sign_out),
        ),
        (
            spec(&g, "/staff/account/totp", Enrolment, Staff),
            get(enrol::enrol_form),
        ),
        (
            spec(&p, "/staff/account/totp", Enrolment, Staff),
            post(enrol::enrol_confirm),
        ),
        (
            spec(&g, "/staff", Access::Permission(ViewHome), Staff),
            get(home::home),
        ),
        (
            spec(
                &g,
                "/staff/account",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            get(account::account),
        ),
        (
            spec(
                &p,
                "/staff/account/password",
                Access::Permission(ManageOwnAccount),
                Staff,
            ),
            post(account::change_password),
        ),
        (
            spec(
                &g,
                "/staff/admin/users",
                Access::Permission(ManageUsers),
                Staff,
            ),
            get(users::list),
        ),
        (
            spec(
                &p,
                "/staff/admin/users",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(users::create),
        ),
        (
            spec(
                &g,
                "/staff/admin/users/{id}",
                Access::Permission(ManageUsers),
                Staff,
            ),
            get(users::show),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/role",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(users::set_role),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/active",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(users::set_active),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/reset-totp",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(users::reset_totp),
        ),
        (
            spec(
                &g,
                "/staff/admin/units",
                Access::Permission(ManageUnits),
                Staff,
            ),
            get(units::list),
        ),
        (
            spec(
                &p,
                "/staff/admin/units",
                Access::Permission(ManageUnits),
                Staff,
            ),
            post(units::create),
        ),
        (
            spec(
                &g,
                "/staff/admin/units/{id}",
                Access::Permission(ManageUnits),
                Staff,
            ),
            get(units::show),
        ),
        (
            spec(
                &p,
                "/staff/admin/units/{id}",
                Access::Permission(ManageUnits),
                Staff,
            ),
            post(units::update),
        ),
        (
            spec(&g, "/staff/audit", Access::Permission(ViewAudit), Staff),
            get(audit::list),
        ),
        (
            spec(
                &g,
                "/staff/admin/catalogue",
                Access::Permission(ManageCatalogues),
                Staff,
            ),
            get(catalogue::show),
        ),
        (
            spec(&g, "/staff/screenings", run, Staff),
            get(screening_list::list),
        ),
        (
            spec(&p, "/staff/screenings", run, Staff),
            post(screening::create),
        ),
        (
            spec(&g, "/staff/screenings/new", run, Staff),
            get(screening::new),
        ),
        (
            spec(&g, "/staff/screenings/{id}", run, Staff),
            get(screening_view::show),
        ),
        (
            spec(&g, "/staff/reports", triage, Staff),
            get(reports_staff::inbox),
        ),
        (
            spec(&g, "/staff/reports/{id}", triage, Staff),
            get(reports_staff::show),
        ),
        (
            spec(&g, "/staff/reports/{id}/images/{image}", triage, Staff),
            get(report_images_staff::image),
        ),
        (
            spec(&p, "/staff/reports/{id}/reply", triage, Staff),
            post(reports_staff::reply),
        ),
        (
            spec(&p, "/staff/reports/{id}/status", triage, Staff),
            post(reports_staff::set_status),
        ),
        (
            spec(&g, "/what-happens", Public, RouteArea::Public),
            get(public_info::what_happens),
        ),
        (
            spec(&g, "/what-we-keep", Public, RouteArea::Public),
            get(public_info::what_we_keep),
        ),
        (
            spec(&g, "/your-rights", Public, RouteArea::Public),
            get(public_info::rights),
        ),
        (
            spec(&g, "/emergency", Public, RouteArea::Public),
            get(public_info::emergency),
        ),
        (
            spec(&g, "/staff/partner", partner, Staff),
            get(partner::list),
        ),
        (
            spec(&g, "/staff/partner/submissions/new", partner, Staff),
            get(partner_file::form),
        ),
        (
            spec(&p, "/staff/partner/submissions", partner, Staff),
            post(partner_file::submit),
        ),
        (
            spec(&g, "/staff/partner/submissions/{id}", partner, Staff),
            get(partner::show),
        ),
        (
            spec(
                &p,
                "/staff/partner/submissions/{id}/message",
                partner,
                Staff,
            ),
            post(partner::add_message),
        ),
        (
            spec(&g, "/report", Public, RouteArea::Public),
            get(report::form),
        ),
        (
            spec(&p, "/report", Public, RouteArea::Public),
            post(report::submit).layer(DefaultBodyLimit::max(UPLOAD_MAX_BODY_BYTES)),
        ),
        (
            spec(&g, "/report/done", Public, RouteArea::Public),
            get(report::done),
        ),
        (
            spec(&g, "/follow-up", Public, RouteArea::Public),
            get(follow_up::form),
        ),
        (
            spec(&p, "/follow-up", Public, RouteArea::Public),
            post(follow_up::show),
        ),
        (
            spec(&p, "/follow-up/message", Public, RouteArea::Public),
            post(follow_up::add_message).layer(DefaultBodyLimit::max(UPLOAD_MAX_BODY_BYTES)),
        ),
        (
            spec(&g, "/staff/training", unit_training, Staff),
            get(training::dashboard),
        ),
        (
            spec(&g, "/staff/training/coverage.csv", unit_training, Staff),
            get(training::coverage_csv),
        ),
        (
            spec(&g, "/staff/training/mine", own_training, Staff),
            get(training::mine),
        ),
        (
            spec(&g, "/staff/training/courses", manage_training, Staff),
            get(training_courses::courses),
        ),
        (
            spec(&p, "/staff/training/courses", manage_training, Staff),
            post(training_courses::create_course),
        ),
        (
            spec(&g, "/staff/training/courses/{id}", manage_training, Staff),
            get(training_courses::edit),
        ),
        (
            spec(&p, "/staff/training/courses/{id}", manage_training, Staff),
            post(training_courses::update),
        ),
        (
            spec(&g, "/staff/training/officers", manage_training, Staff),
            get(training_admin::officers),
        ),
        (
            spec(&p, "/staff/training/officers", manage_training, Staff),
            post(training_admin::create_officer),
        ),
        (
            spec(
                &g,
                "/staff/training/officers/import",
                manage_training,
                Staff,
            ),
            get(training_import::form),
        ),
        (
            spec(
                &p,
                "/staff/training/officers/import",
                manage_training,
                Staff,
            ),
            post(training_import::check),
        ),
        (
            spec(
                &p,
                "/staff/training/officers/import/confirm",
                manage_training,
                Staff,
            ),
            post(training_import::confirm),
        ),
        (
            spec(&g, "/staff/training/officers/{id}", manage_training, Staff),
            get(training_edit::officer),
        ),
        (
            spec(&p, "/staff/training/officers/{id}", manage_training, Staff),
            post(training_edit::update_officer),
        ),
        (
            spec(&g, "/staff/training/referents", manage_training, Staff),
            get(training_admin::referents),
        ),
        (
            spec(&p, "/staff/training/referents", manage_training, Staff),
            post(training_admin::designate),
        ),
        (
            spec(
                &p,
                "/staff/training/referents/{id}/end",
                manage_training,
                Staff,
            ),
            post(training_edit::end_referent),
        ),
        (
            spec(&g, "/staff/training/sessions", manage_training, Staff),
            get(training_sessions::list),
        ),
        (
            spec(&p, "/staff/training/sessions", manage_training, Staff),
            post(training_sessions::create),
        ),
        (
            spec(&g, "/staff/training/sessions/{id}", manage_training, Staff),
            get(training_sessions::show),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/register",
                manage_training,
                Staff,
            ),
            post(training_sessions::register),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/attendance",
                manage_training,
                Staff,
            ),
            post(training_sessions::attendance),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/cancel",
                manage_training,
                Staff,
            ),
            post(training_sessions::cancel),
        ),
        (
            spec(
                &g,
                "/staff/training/sessions/{id}/edit",
                manage_training,
                Staff,
            ),
            get(training_edit::session),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/edit",
                manage_training,
                Staff,
            ),
            post(training_edit::update_session),
        ),
        (
            spec(&g, "/victim-info", Public, RouteArea::Public),
            get(victim_info::choose),
        ),
        (
            spec(&g, "/victim-info/{lang}", Public, RouteArea::Public),
            get(victim_info::page),
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
