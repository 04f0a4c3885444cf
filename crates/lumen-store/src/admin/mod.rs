//! Accounts, units, the role requests a supervisor decides, and the names the audit view shows.

pub(crate) mod audit_names;
pub(crate) mod role_requests;
pub(crate) mod units;
pub(crate) mod users;
