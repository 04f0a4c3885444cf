//! Administration: accounts, units, the screening catalogue review, the audit log and role approvals.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod approvals;
pub mod audit;
pub mod catalogue;
pub mod units;
pub mod users;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use RouteArea::Staff;
    let approve_roles = Access::Permission(ApproveRoleChanges);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/approvals", approve_roles, Staff),
            get(crate::admin::approvals::list),
        ),
        (
            spec(&p, "/staff/approvals/{id}/approve", approve_roles, Staff),
            post(crate::admin::approvals::approve),
        ),
        (
            spec(&p, "/staff/approvals/{id}/refuse", approve_roles, Staff),
            post(crate::admin::approvals::refuse),
        ),
        (
            spec(
                &g,
                "/staff/admin/users",
                Access::Permission(ManageUsers),
                Staff,
            ),
            get(crate::admin::users::list),
        ),
        (
            spec(
                &p,
                "/staff/admin/users",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(crate::admin::users::create),
        ),
        (
            spec(
                &g,
                "/staff/admin/users/{id}",
                Access::Permission(ManageUsers),
                Staff,
            ),
            get(crate::admin::users::show),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/role",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(crate::admin::users::set_role),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/active",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(crate::admin::users::set_active),
        ),
        (
            spec(
                &p,
                "/staff/admin/users/{id}/reset-totp",
                Access::Permission(ManageUsers),
                Staff,
            ),
            post(crate::admin::users::reset_totp),
        ),
        (
            spec(
                &g,
                "/staff/admin/units",
                Access::Permission(ManageUnits),
                Staff,
            ),
            get(crate::admin::units::list),
        ),
        (
            spec(
                &p,
                "/staff/admin/units",
                Access::Permission(ManageUnits),
                Staff,
            ),
            post(crate::admin::units::create),
        ),
        (
            spec(
                &g,
                "/staff/admin/units/{id}",
                Access::Permission(ManageUnits),
                Staff,
            ),
            get(crate::admin::units::show),
        ),
        (
            spec(
                &p,
                "/staff/admin/units/{id}",
                Access::Permission(ManageUnits),
                Staff,
            ),
            post(crate::admin::units::update),
        ),
        (
            spec(&g, "/staff/audit", Access::Permission(ViewAudit), Staff),
            get(crate::admin::audit::list),
        ),
        (
            spec(
                &g,
                "/staff/admin/catalogue",
                Access::Permission(ManageCatalogues),
                Staff,
            ),
            get(crate::admin::catalogue::show),
        ),
    ]
}
