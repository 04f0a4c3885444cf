//! The training registry: coverage, officers and referents, courses, sessions and the officers' import.

pub mod courses;
pub mod edit;
pub mod import;
pub mod officers;
pub mod registry;
pub mod sessions;
pub mod upload;
