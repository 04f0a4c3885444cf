//! CSRF, sign-in, lock-out, second factor, sessions: what an attacker or a user would notice.

use crate::support;
use crate::support::{extract_csrf, spawn_app, spawn_app_with, totp_now};
use lumen_store::testing::TestDb;
use lumen_web::AuthSettings;

async fn a_wrong_csrf_token_changes_nothing(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.signed_in("admin").await;
    let units = app.store.list_units().await.unwrap().len();
    let audit = app.store.audit_count().await.unwrap();
    for token in ["", "forged-token-forged-token-forged-token"] {
        let res = client
            .post(app.url("/staff/admin/units"))
            .header("accept-language", "en")
            .form(&[
                ("csrf", token),
                ("code", "evil"),
                ("name", "Evil"),
                ("kind", "other"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        assert!(res.text().await.unwrap().contains("Nothing was changed"));
    }
    let res = client
        .post(app.url("/staff/admin/units"))
        .form(&[("code", "evil")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403, "a missing token is refused too");
    assert_eq!(app.store.list_units().await.unwrap().len(), units);
    assert_eq!(app.store.audit_count().await.unwrap(), audit);
    // The right token works.
    let csrf = app.csrf(&client, "/staff/admin/units").await;
    let res = client
        .post(app.url("/staff/admin/units"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("code", "new-unit"),
            ("name", "New"),
            ("kind", "other"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(app.store.list_units().await.unwrap().len(), units + 1);
}

async fn post_sign_in(
    app: &support::TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> (u16, String) {
    let csrf = app.csrf(client, "/staff/sign-in").await;
    let res = client
        .post(app.url("/staff/sign-in"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let body = res.text().await.unwrap();
    let message = body
        .split("id=\"sign-in-error\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .unwrap_or("")
        .to_owned();
    (status, message)
}

async fn unknown_email_and_wrong_password_look_the_same(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.client();
    let email = app.account("investigator").email.clone();
    let wrong = post_sign_in(&app, &client, &email, "not the password at all").await;
    let unknown = post_sign_in(
        &app,
        &client,
        "nobody@demo.lumen.example",
        "not the password at all",
    )
    .await;
    assert_eq!(wrong.0, 401);
    assert_eq!(wrong, unknown);
    assert!(wrong.1.contains("incorrect"));
}

async fn repeated_failures_lock_the_account(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.client();
    let a = app.account("analyst").clone();
    for _ in 0..5 {
        assert_eq!(
            post_sign_in(&app, &client, &a.email, "wrong password here")
                .await
                .0,
            401
        );
    }
    let (status, _) = post_sign_in(&app, &client, &a.email, &a.password).await;
    assert_eq!(status, 401, "locked even with the right password");
    let user = app.store.user_by_email(&a.email).await.unwrap().unwrap();
    assert_eq!(user.failed_attempts, 5);
    assert!(user.locked_until.is_some());
}

async fn a_totp_code_is_accepted_once(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("referent").clone();
    let first = app.client();
    assert_eq!(
        post_sign_in(&app, &first, &a.email, &a.password).await.0,
        303
    );
    let code = totp_now(&a.totp_secret);
    let csrf = app.csrf(&first, "/staff/sign-in/totp").await;
    let res = first
        .post(app.url("/staff/sign-in/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // A second browser replays the same code.
    let second = app.client();
    assert_eq!(
        post_sign_in(&app, &second, &a.email, &a.password).await.0,
        303
    );
    let csrf = app.csrf(&second, "/staff/sign-in/totp").await;
    let res = second
        .post(app.url("/staff/sign-in/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = second.get(app.url("/staff")).send().await.unwrap();
    assert_eq!(
        res.headers()["location"],
        "/staff/sign-in/totp",
        "still waiting for a second factor"
    );
}

async fn an_idle_session_expires(db: TestDb) {
    let auth = AuthSettings {
        session_idle_minutes: 0,
        ..Default::default()
    };
    let Some(app) = spawn_app_with(db, auth).await else {
        return;
    };
    let client = app.client();
    let a = app.account("admin").clone();
    assert_eq!(
        post_sign_in(&app, &client, &a.email, &a.password).await.0,
        303
    );
    let res = client
        .get(app.url("/staff/sign-in/totp"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/staff/sign-in");
}

async fn an_admin_creates_an_account_that_enrols_its_second_factor(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let csrf = app.csrf(&admin, "/staff/admin/users").await;
    let res = admin
        .post(app.url("/staff/admin/users"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "New.Officer@Zone.example"),
            ("display_name", "New Officer"),
            ("role", "frontline"),
            ("unit", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(
        !body.contains("new-password"),
        "the administrator is shown no password"
    );
    let code = body
        .split("id=\"enrolment-code\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(code.len(), 23, "20 characters in groups of five");
    let password = "Tour et Taxis, entrepôt 3".to_owned();
    let audit = app
        .store
        .audit_page(
            &lumen_store::AuditFilter {
                action: Some("user.create".into()),
                ..Default::default()
            },
            0,
            50,
        )
        .await
        .unwrap();
    assert!(
        audit
            .entries
            .iter()
            .any(|e| e.actor.is_some() && e.actor_role.as_deref() == Some("admin"))
    );
    // The new officer chooses their password with the code and must enrol before anything
    // else.
    let officer = app.client();
    let csrf = app.csrf(&officer, "/staff/first-sign-in").await;
    let res = officer
        .post(app.url("/staff/first-sign-in"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "new.officer@zone.example"),
            ("code", code.as_str()),
            ("new", password.as_str()),
            ("confirm", password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let again = app.client();
    let csrf = app.csrf(&again, "/staff/first-sign-in").await;
    let res = again
        .post(app.url("/staff/first-sign-in"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", "new.officer@zone.example"),
            ("code", code.as_str()),
            ("new", "Another password 2026"),
            ("confirm", "Another password 2026"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "an enrolment code works once");
    let res = officer.get(app.url("/staff")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/staff/account/totp");
    let page = officer
        .get(app.url("/staff/account/totp"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<svg"), "QR code drawn as SVG");
    let secret: String = page
        .split("id=\"totp-secret\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    let csrf = extract_csrf(&page).unwrap();
    let res = officer
        .post(app.url("/staff/account/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", "000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400, "a wrong code does not enrol");
    let code = totp_now(&secret);
    let res = officer
        .post(app.url("/staff/account/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    let page = res.text().await.unwrap();
    let codes: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(
        officer
            .get(app.url("/staff"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // Later, a recovery code replaces the phone, once.
    let other = app.client();
    assert_eq!(
        post_sign_in(&app, &other, "new.officer@zone.example", &password)
            .await
            .0,
        303
    );
    let csrf = app.csrf(&other, "/staff/sign-in/totp").await;
    let res = other
        .post(app.url("/staff/sign-in/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", codes[0].as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let third = app.client();
    assert_eq!(
        post_sign_in(&app, &third, "new.officer@zone.example", &password)
            .await
            .0,
        303
    );
    let csrf = app.csrf(&third, "/staff/sign-in/totp").await;
    let res = third
        .post(app.url("/staff/sign-in/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", codes[0].as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "recovery codes are single-use");
}

async fn password_change_follows_the_policy(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("investigator").clone();
    let client = app.signed_in("investigator").await;
    let csrf = app.csrf(&client, "/staff/account").await;
    let change = |new: &'static str, current: String| {
        let client = client.clone();
        let url = app.url("/staff/account/password");
        let csrf = csrf.clone();
        async move {
            let res = client
                .post(url)
                .header("accept-language", "en")
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("current", current.as_str()),
                    ("new", new),
                    ("confirm", new),
                ])
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let (s, body) = change("short", a.password.clone()).await;
    assert_eq!(s, 400);
    assert!(body.contains("at least 12 characters"));
    let (s, body) = change("password1234", a.password.clone()).await;
    assert_eq!(s, 400);
    assert!(body.contains("too common"));
    let (s, _) = change("Gare du Nord, quai 7", "wrong".into()).await;
    assert_eq!(s, 400);
    let (s, body) = change("Gare du Nord, quai 7", a.password.clone()).await;
    assert_eq!(s, 200);
    assert!(body.contains("password-notice"));
    assert!(lumen_crypto::verify_password(
        "Gare du Nord, quai 7",
        &app.store
            .user_by_email(&a.email)
            .await
            .unwrap()
            .unwrap()
            .password_hash
    ));
}

lumen_store::on_both_databases!(
    a_wrong_csrf_token_changes_nothing,
    unknown_email_and_wrong_password_look_the_same,
    repeated_failures_lock_the_account,
    a_totp_code_is_accepted_once,
    an_idle_session_expires,
    an_admin_creates_an_account_that_enrols_its_second_factor,
    password_change_follows_the_policy,
);
