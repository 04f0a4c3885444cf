//! What every page template needs: language, CSRF token, the signed-in account, navigation.

use crate::infra::context::RequestContext;
use crate::infra::error::WebError;
use crate::infra::i18n::{Lang, STAFF_LANGS};
use crate::infra::static_files;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::FluentValue;
use lumen_domain::{Permission, Role};
use lumen_store::UserRecord;

/// The signed-in account as pages show it.
#[derive(Clone)]
pub struct PageUser {
    /// Display name.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Whether sign-in is complete (navigation is shown only then).
    pub complete: bool,
}

/// Context shared by every page template.
#[derive(Clone)]
pub struct Page {
    /// Language.
    pub lang: Lang,
    /// CSRF token for forms.
    pub csrf: String,
    /// Signed-in account.
    pub user: Option<PageUser>,
    /// Current path.
    pub path: String,
    /// The confirmation banner after a save ("Reply sent"): the text of `done-<code>` for the
    /// URL's `done=<code>`, when the staff texts have it.
    pub banner: Option<String>,
}

impl Page {
    /// From the request context.
    pub fn from_context(ctx: &RequestContext) -> Self {
        let complete = ctx
            .session
            .as_ref()
            .is_some_and(|s| s.stage == lumen_domain::session::SessionStage::Complete);
        Self {
            lang: ctx.lang,
            csrf: ctx.csrf.clone(),
            user: ctx.user.as_ref().map(|u: &UserRecord| PageUser {
                display_name: u.display_name.clone(),
                role: u.role,
                complete,
            }),
            path: ctx.path.clone(),
            banner: ctx
                .done
                .as_deref()
                .map(|code| format!("done-{code}"))
                .filter(|key| ctx.lang.has(key))
                .map(|key| ctx.lang.t(&key)),
        }
    }

    /// For a page rendered without a request context.
    pub fn anonymous(lang: Lang) -> Self {
        Self {
            lang,
            csrf: String::new(),
            user: None,
            path: "/".into(),
            banner: None,
        }
    }

    /// Translates `key`.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// Translates `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.lang
            .t_args(key, &[(name, FluentValue::from(value.to_owned()))])
    }

    /// Translates `key` with two arguments.
    pub fn t2(&self, key: &str, a: &str, a_value: &str, b: &str, b_value: &str) -> String {
        self.lang.t_args(
            key,
            &[
                (a, FluentValue::from(a_value.to_owned())),
                (b, FluentValue::from(b_value.to_owned())),
            ],
        )
    }

    /// Translates `key` with a count (plural rules).
    pub fn tn(&self, key: &str, count: impl Owned<u64>) -> String {
        self.lang
            .t_args(key, &[("count", FluentValue::from(count.owned()))])
    }

    /// Translates `key` with a count (plural rules) and one more argument.
    pub fn tn1(&self, key: &str, count: impl Owned<u64>, name: &str, value: &str) -> String {
        self.lang.t_args(
            key,
            &[
                ("count", FluentValue::from(count.owned())),
                (name, FluentValue::from(value.to_owned())),
            ],
        )
    }

    /// The label of a role.
    pub fn role_label(&self, role: impl Owned<Role>) -> String {
        self.lang.t(&format!("role-{}", role.owned().code()))
    }

    /// URL of a static file.
    pub fn asset(&self, logical: &str) -> String {
        static_files::url(logical)
    }

    /// The languages of the switcher.
    pub fn langs(&self) -> &'static [Lang] {
        &STAFF_LANGS
    }

    /// Whether the signed-in account may use `permission` (navigation).
    pub fn can(&self, permission: Permission) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.complete && u.role.has(permission))
    }

    /// Navigation: user administration.
    pub fn can_manage_users(&self) -> bool {
        self.can(Permission::ManageUsers)
    }

    /// Navigation: unit administration.
    pub fn can_manage_units(&self) -> bool {
        self.can(Permission::ManageUnits)
    }

    /// Navigation: catalogue review.
    pub fn can_manage_catalogues(&self) -> bool {
        self.can(Permission::ManageCatalogues)
    }

    /// Navigation: public reports.
    pub fn can_triage_reports(&self) -> bool {
        self.can(Permission::TriageReports)
    }

    /// Navigation: audit log.
    pub fn can_view_audit(&self) -> bool {
        self.can(Permission::ViewAudit)
    }

    /// Navigation: training coverage.
    pub fn can_view_training(&self) -> bool {
        self.can(Permission::ViewUnitTraining)
    }

    /// Navigation: training management.
    pub fn can_manage_training(&self) -> bool {
        self.can(Permission::ManageTraining)
    }

    /// Navigation: the partner area.
    pub fn can_file_partner_reports(&self) -> bool {
        self.can(Permission::FilePartnerReports)
    }

    /// Navigation: one's own training record.
    pub fn can_view_own_training(&self) -> bool {
        self.can(Permission::ViewOwnTraining)
    }

    /// The label of a unit kind.
    pub fn kind_label(&self, kind: impl Owned<lumen_domain::UnitKind>) -> String {
        self.lang.t(&format!(
            "unit-kind-{}",
            kind.owned().code().replace('_', "-")
        ))
    }

    /// Whether the account is fully signed in.
    pub fn signed_in(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.complete)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Page {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestContext>()
            .map(Page::from_context)
            .ok_or(WebError::Internal)
    }
}

/// The request context as an extractor.
pub struct Ctx(pub RequestContext);

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .map(Ctx)
            .ok_or(WebError::Internal)
    }
}

/// A `Copy` value, or a reference to one: templates pass values through one or two references.
pub trait Owned<T> {
    /// The value.
    fn owned(&self) -> T;
}

impl<T: Copy> Owned<T> for T {
    fn owned(&self) -> T {
        *self
    }
}

impl<T: Copy> Owned<T> for &T {
    fn owned(&self) -> T {
        **self
    }
}

impl<T: Copy> Owned<T> for &&T {
    fn owned(&self) -> T {
        ***self
    }
}
