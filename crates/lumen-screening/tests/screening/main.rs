//! The screening engine, its catalogue loader, its command line and the victim information texts.

mod cli;
mod engine_props;
mod loader_errors;
mod polarity;
mod victim_info_locales;
