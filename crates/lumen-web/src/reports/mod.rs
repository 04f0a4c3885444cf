//! Reports: the public form and its filing, the receipt holder's follow-up, and the section's inbox and report page.

pub mod exploitation;
pub mod filing;
pub mod follow_up;
pub mod form;
pub mod inbox;
pub mod labels;
pub mod public_form;
pub mod staff_images;
pub mod staff_page;
