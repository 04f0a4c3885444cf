//! The partner area in a real browser (headless Chromium) at phone size: a PAG-ASA worker signs
//! in and lands in the partner area, forgets the consent box and gets the form back with what
//! was typed, ticks it, hands the receipt over, and finds the submission in the list.
//! SQLite and PostgreSQL.

use crate::browser::{Viewport, click, present, sign_in_as, text_of, wait_for, with_browser};
use crate::support::spawn_app;
use fantoccini::Client;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(a_partner_files_for_someone_on_a_phone);

async fn no_horizontal_scroll(c: &Client) -> bool {
    c.execute(
        "return document.documentElement.scrollWidth <= window.innerWidth;",
        vec![],
    )
    .await
    .expect("script runs")
        == serde_json::json!(true)
}

async fn a_partner_files_for_someone_on_a_phone(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let who = app.account("partner").clone();
    let base = app.base.clone();
    let story = "She says her passport is kept by the man who drives her";
    with_browser(Viewport::Phone, |c| async move {
        sign_in_as(&c, &base, &who).await;
        assert_eq!(text_of(&c, "#partner-organisation").await, "PAG-ASA");
        assert!(no_horizontal_scroll(&c).await);

        click(&c, "#partner-new").await;
        click(&c, r#"input[name="form_sexual"]"#).await;
        wait_for(&c, "#text").await.send_keys(story).await.unwrap();
        click(&c, "#partner-submit").await;
        assert!(
            !text_of(&c, "#consent-error").await.is_empty(),
            "consent asked for"
        );
        let kept = wait_for(&c, "#text").await.prop("value").await.unwrap();
        assert_eq!(kept.as_deref(), Some(story), "the text is kept");
        assert!(no_horizontal_scroll(&c).await);

        click(&c, "#consent").await;
        click(&c, "#partner-submit").await;
        let receipt = text_of(&c, "#receipt").await;
        assert_eq!(receipt.chars().filter(char::is_ascii_digit).count(), 20);
        assert!(no_horizontal_scroll(&c).await);
        click(&c, "#receipt-written").await;
        click(&c, "#receipt-done").await;
        wait_for(&c, "#partner-filed").await;
        assert!(present(&c, "#partner-submissions a").await);
    })
    .await;
}
