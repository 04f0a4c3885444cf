//! Frontline screening: the form, the result, the list, and the information for the victim.

pub mod form;
pub mod list;
pub mod victim_info;
pub mod view;
