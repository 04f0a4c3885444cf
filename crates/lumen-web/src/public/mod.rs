//! What the public area shares (layout, language), its information pages, the root and health routes.

pub mod info;
pub mod layout;
pub mod system;
