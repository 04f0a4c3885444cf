//! The staff area in a real browser (headless Chromium over WebDriver): signing in with a
//! password and a second factor, switching language, signing out, and being refused a page the
//! role does not give access to. Each scenario runs on SQLite and on PostgreSQL.

use crate::browser::{Viewport, present, text_of, wait_for, with_browser};
use crate::support::{spawn_app, totp_now};
use fantoccini::Client;
use lumen_app::demo::DemoAccount;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(
    supervisor_signs_in_with_password_and_code,
    language_choice_outlives_sign_out,
    frontline_officer_is_refused_an_admin_page,
    wrong_password_is_refused_without_session,
);

/// The path of the page the browser shows.
async fn path(c: &Client) -> String {
    c.current_url()
        .await
        .expect("current address")
        .path()
        .to_owned()
}

/// The `lang` attribute of the page.
async fn page_lang(c: &Client) -> String {
    wait_for(c, "html")
        .await
        .attr("lang")
        .await
        .expect("lang attribute")
        .unwrap_or_default()
}

/// Types an e-mail address and a password on the sign-in page and submits them.
async fn submit_password(c: &Client, base: &str, email: &str, password: &str) {
    c.goto(&format!("{base}/staff/sign-in"))
        .await
        .expect("sign-in page opens");
    wait_for(c, "#email")
        .await
        .send_keys(email)
        .await
        .expect("e-mail typed");
    wait_for(c, "#password")
        .await
        .send_keys(password)
        .await
        .expect("password typed");
    wait_for(c, "#sign-in-submit")
        .await
        .click()
        .await
        .expect("sign-in submitted");
}

/// Signs `who` in with password and the current authenticator code; ends on the home page.
async fn sign_in(c: &Client, base: &str, who: &DemoAccount) {
    submit_password(c, base, &who.email, &who.password).await;
    wait_for(c, "#code")
        .await
        .send_keys(&totp_now(&who.totp_secret))
        .await
        .expect("code typed");
    wait_for(c, "#totp-submit")
        .await
        .click()
        .await
        .expect("code submitted");
    wait_for(c, "#home-title").await;
    assert_eq!(
        path(c).await,
        "/staff",
        "the home page follows the second factor"
    );
}

async fn supervisor_signs_in_with_password_and_code(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let (base, who) = (app.base.clone(), app.account("supervisor").clone());
    with_browser(Viewport::Desktop, |c| async move {
        submit_password(&c, &base, &who.email, &who.password).await;
        // The password alone does not open the staff area: the second factor is asked.
        wait_for(&c, "#code").await;
        assert_eq!(path(&c).await, "/staff/sign-in/totp");
        assert!(!present(&c, "#home-title").await);

        wait_for(&c, "#code")
            .await
            .send_keys(&totp_now(&who.totp_secret))
            .await
            .unwrap();
        wait_for(&c, "#totp-submit").await.click().await.unwrap();
        assert_eq!(text_of(&c, "#home-title").await, "Accueil");
        assert_eq!(text_of(&c, "#home-role").await, "Superviseur");
        assert_eq!(page_lang(&c).await, "fr");
        assert!(
            text_of(&c, "header .who").await.contains("Superviseur"),
            "the header names the role"
        );

        let audit = wait_for(&c, r#"nav a[href="/staff/audit"]"#).await;
        assert_eq!(audit.text().await.unwrap(), "Journal d’audit");
        assert!(
            !present(&c, r#"nav a[href="/staff/admin/users"]"#).await,
            "a supervisor does not manage users"
        );
        audit.click().await.unwrap();
        wait_for(&c, "#action").await;
        assert_eq!(path(&c).await, "/staff/audit");
        assert_eq!(text_of(&c, "main h1").await, "Journal d’audit");
    })
    .await;
}

async fn language_choice_outlives_sign_out(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let (base, who) = (app.base.clone(), app.account("supervisor").clone());
    with_browser(Viewport::Desktop, |c| async move {
        sign_in(&c, &base, &who).await;
        assert_eq!(page_lang(&c).await, "fr");
        assert_eq!(
            wait_for(&c, "button[name=lang][aria-current=true]")
                .await
                .attr("value")
                .await
                .unwrap()
                .as_deref(),
            Some("fr")
        );

        let dutch = wait_for(&c, "button[name=lang][value=nl]").await;
        assert_eq!(dutch.text().await.unwrap(), "Nederlands");
        dutch.click().await.unwrap();
        wait_for(&c, "html[lang=nl]").await;
        assert_eq!(path(&c).await, "/staff", "the same page comes back");
        assert_eq!(text_of(&c, "#home-title").await, "Start");
        assert_eq!(text_of(&c, "#home-role").await, "Leidinggevende");
        assert_eq!(
            text_of(&c, r#"nav a[href="/staff/audit"]"#).await,
            "Auditlog"
        );

        let sign_out = wait_for(&c, r#"form[action="/staff/sign-out"] button"#).await;
        assert_eq!(sign_out.text().await.unwrap(), "Afmelden");
        sign_out.click().await.unwrap();
        wait_for(&c, "#sign-in-submit").await;
        assert_eq!(path(&c).await, "/staff/sign-in");
        assert_eq!(
            page_lang(&c).await,
            "nl",
            "the language cookie outlives the session"
        );
        assert_eq!(text_of(&c, "main h1").await, "Aanmelden");
        assert!(!present(&c, r#"form[action="/staff/sign-out"]"#).await);

        c.goto(&format!("{base}/staff")).await.unwrap();
        wait_for(&c, "#sign-in-submit").await;
        assert_eq!(path(&c).await, "/staff/sign-in", "the session is gone");
        assert!(!present(&c, "#home-title").await);
        assert_eq!(text_of(&c, "main h1").await, "Aanmelden");
    })
    .await;
}

async fn frontline_officer_is_refused_an_admin_page(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let (base, who) = (app.base.clone(), app.account("frontline").clone());
    with_browser(Viewport::Desktop, |c| async move {
        sign_in(&c, &base, &who).await;
        assert_eq!(
            text_of(&c, "#home-role").await,
            "Policier de première ligne"
        );

        c.goto(&format!("{base}/staff/admin/users")).await.unwrap();
        assert_eq!(
            text_of(&c, "#error-message").await,
            "Votre rôle ne donne pas accès à cette page."
        );
        assert_eq!(text_of(&c, "main h1").await, "Accès refusé");
        assert_eq!(path(&c).await, "/staff/admin/users");
        assert!(!present(&c, "table").await, "no list of users is shown");

        // Still signed in, with a navigation that offers only what the role may open.
        assert!(
            present(&c, r#"nav a[href="/staff/account"]"#).await,
            "the navigation is there"
        );
        assert!(!present(&c, r#"nav a[href="/staff/admin/users"]"#).await);
        assert!(!present(&c, r#"nav a[href="/staff/admin/units"]"#).await);
        assert!(present(&c, r#"form[action="/staff/sign-out"] button"#).await);
    })
    .await;
}

async fn wrong_password_is_refused_without_session(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let (base, who) = (app.base.clone(), app.account("investigator").clone());
    // An investigator on a phone, in the field.
    with_browser(Viewport::Phone, |c| async move {
        submit_password(&c, &base, &who.email, "not-the-password-0").await;
        let error = wait_for(&c, "#sign-in-error").await;
        assert!(error.is_displayed().await.unwrap());
        let error = error.text().await.unwrap();
        assert_eq!(
            error,
            "Adresse e-mail ou mot de passe incorrect, ou compte temporairement bloqué."
        );
        assert_eq!(
            path(&c).await,
            "/staff/sign-in",
            "no second factor is asked"
        );
        assert_eq!(
            wait_for(&c, "#email")
                .await
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some(who.email.as_str())
        );
        assert!(!present(&c, "#code").await);
        assert!(!present(&c, "nav").await, "no staff navigation");

        c.goto(&format!("{base}/staff")).await.unwrap();
        wait_for(&c, "#sign-in-submit").await;
        assert_eq!(path(&c).await, "/staff/sign-in", "no session was opened");
        assert!(!present(&c, "#home-title").await);
        assert!(!present(&c, "#sign-in-error").await, "a fresh sign-in page");
        assert!(!present(&c, r#"form[action="/staff/sign-out"]"#).await);
        let widths = c
            .execute(
                "return [window.innerWidth, document.documentElement.scrollWidth]",
                vec![],
            )
            .await;
        let widths: Vec<u64> = serde_json::from_value(widths.unwrap()).unwrap();
        assert_eq!(widths[0], 390, "a phone-sized window");
        assert!(
            widths[1] <= widths[0],
            "the sign-in page needs no sideways scrolling on a phone: {widths:?}"
        );
    })
    .await;
}
