//! The staff area's administration on a phone, in a real browser (headless Chromium at
//! 390 px): a supervisor narrows the audit log with its selects and reads it without scrolling
//! sideways; an administrator searches the accounts. SQLite and PostgreSQL.

use crate::browser::{Viewport, click, sign_in_as, text_of, wait_for, with_browser};
use crate::support::spawn_app;
use fantoccini::Client;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(
    a_supervisor_filters_the_audit_log_on_a_phone,
    an_administrator_searches_the_accounts_on_a_phone,
);

/// True when the page fits a 390 px phone (no horizontal scrolling).
async fn no_horizontal_scroll(c: &Client) -> bool {
    crate::browser::sideways_at(c, 390).await.is_none()
}

async fn a_supervisor_filters_the_audit_log_on_a_phone(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let who = app.account("supervisor").clone();
    let base = app.base.clone();
    with_browser(Viewport::Phone, |c| async move {
        sign_in_as(&c, &base, &who).await;
        c.goto(&format!("{base}/staff/audit")).await.unwrap();
        wait_for(&c, "#audit").await;
        assert!(no_horizontal_scroll(&c).await, "the log stacks on a phone");
        // Choose "Compte créé" in the action select and filter.
        wait_for(&c, "#action")
            .await
            .select_by_value("user.create")
            .await
            .unwrap();
        click(&c, "#audit-filter").await;
        wait_for(&c, r#"#action option[value="user.create"][selected]"#).await;
        assert_eq!(text_of(&c, "#audit-total").await, "8 entrées.");
        assert!(no_horizontal_scroll(&c).await);
        let action = text_of(&c, "#audit tbody tr td:nth-child(4)").await;
        assert!(action.contains("Compte créé"), "{action}");
        let cell = text_of(&c, "#audit tbody tr td:nth-child(5)").await;
        assert!(cell.starts_with("Compte"), "the object is named: {cell}");
    })
    .await;
}

async fn an_administrator_searches_the_accounts_on_a_phone(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let who = app.account("admin").clone();
    let analyst = app
        .store
        .user_by_email(&app.account("analyst").email)
        .await
        .unwrap()
        .unwrap();
    let base = app.base.clone();
    with_browser(Viewport::Phone, |c| async move {
        sign_in_as(&c, &base, &who).await;
        c.goto(&format!("{base}/staff/admin/users")).await.unwrap();
        wait_for(&c, "#users").await;
        assert!(no_horizontal_scroll(&c).await, "the list stacks on a phone");
        let search = wait_for(&c, "#q").await;
        search
            .send_keys(&analyst.display_name.to_uppercase())
            .await
            .unwrap();
        click(&c, "#users-search-submit").await;
        wait_for(&c, "#users-total a").await;
        let rows = c
            .find_all(fantoccini::Locator::Css("#users tbody tr"))
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        assert!(
            text_of(&c, "#users tbody tr")
                .await
                .contains(&analyst.email)
        );
        assert!(no_horizontal_scroll(&c).await);
    })
    .await;
}
