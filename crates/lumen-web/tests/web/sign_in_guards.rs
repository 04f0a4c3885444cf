//! Guessing the second factor, limits per source, the pre-session CSRF token, the session
//! token after the second factor, and the language switch's way back: what an attacker tries.

use crate::support;
use crate::support::{TestApp, spawn_app, spawn_app_with, totp_now};
use lumen_store::testing::TestDb;
use lumen_web::AuthSettings;

/// Posts the password; returns the status.
async fn password(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> u16 {
    let csrf = app.csrf(client, "/staff/sign-in").await;
    client
        .post(app.url("/staff/sign-in"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Posts a second-factor code; returns status and `Location`.
async fn code(app: &TestApp, client: &reqwest::Client, code: &str) -> (u16, String) {
    let csrf = app.csrf(client, "/staff/sign-in/totp").await;
    let res = client
        .post(app.url("/staff/sign-in/totp"))
        .header("accept-language", "en")
        .form(&[("csrf", csrf.as_str()), ("code", code)])
        .send()
        .await
        .unwrap();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (res.status().as_u16(), location)
}

/// A client that keeps no cookies (they are set by hand) and follows no redirect.
fn bare_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The `name=value` pairs of the response's cookies called `name`.
fn cookies_named(res: &reqwest::Response, name: &str) -> Vec<String> {
    let prefix = format!("{name}=");
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with(&prefix))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .collect()
}

/// A code that is not the current one (nor the ones around it).
fn wrong_code(secret: &str) -> String {
    let now = totp_now(secret);
    let n: u32 = now.parse().unwrap();
    format!("{:06}", (n + 500_000) % 1_000_000)
}

async fn wrong_second_factor_codes_lock_the_account(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("investigator").clone();
    let wrong = wrong_code(&a.totp_secret);
    let mut guesses = 0;
    let mut locked = false;
    // An attacker who knows the password signs in again whenever the half session ends.
    'attack: for _ in 0..20 {
        let client = app.client();
        if password(&app, &client, &a.email, &a.password).await == 401 {
            locked = true;
            break;
        }
        loop {
            let (status, location) = code(&app, &client, &wrong).await;
            guesses += 1;
            assert!(
                !(status == 303 && location == "/staff"),
                "a wrong code never signs in"
            );
            if status == 303 {
                assert_eq!(location, "/staff/sign-in", "the half session ends");
                continue 'attack;
            }
            assert_eq!(status, 401);
            if guesses >= 40 {
                break 'attack;
            }
        }
    }
    assert!(locked, "the account locks");
    assert!(
        guesses <= 10,
        "at most 10 wrong codes before the lock, got {guesses}"
    );
    let user = app.store.user_by_email(&a.email).await.unwrap().unwrap();
    assert!(user.failed_attempts >= 5);
    assert!(user.locked_until.is_some());
    // Even the right code does not get through now.
    let client = app.client();
    assert_eq!(password(&app, &client, &a.email, &a.password).await, 401);
}

async fn a_half_session_ends_after_three_wrong_codes(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("supervisor").clone();
    let client = app.client();
    assert_eq!(password(&app, &client, &a.email, &a.password).await, 303);
    let wrong = wrong_code(&a.totp_secret);
    assert_eq!(code(&app, &client, &wrong).await.0, 401);
    assert_eq!(code(&app, &client, &wrong).await.0, 401);
    assert_eq!(
        code(&app, &client, &wrong).await,
        (303, "/staff/sign-in".to_owned())
    );
    // The session is gone: the right code now leads back to the password.
    let res = client
        .get(app.url("/staff/sign-in/totp"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/staff/sign-in");
    // Wrong recovery codes count the same way.
    assert_eq!(password(&app, &client, &a.email, &a.password).await, 303);
    assert_eq!(code(&app, &client, "zzzzz-zzzzz").await.0, 401);
    let user = app.store.user_by_email(&a.email).await.unwrap().unwrap();
    assert_eq!(user.failed_attempts, 4, "three codes and one recovery code");
    // A completed sign-in clears the count.
    let ok = totp_now(&a.totp_secret);
    assert_eq!(code(&app, &client, &ok).await, (303, "/staff".to_owned()));
    let user = app.store.user_by_email(&a.email).await.unwrap().unwrap();
    assert_eq!(user.failed_attempts, 0);
}

async fn failed_sign_ins_are_limited_per_source(db: TestDb) {
    let auth = AuthSettings {
        sign_in_attempts_source_burst: 4,
        sign_in_attempts_source_per_hour: 0,
        ..Default::default()
    };
    let Some(app) = spawn_app_with(db, auth).await else {
        return;
    };
    let client = app.client();
    // Four different accounts, one wrong password each: no account locks, the source does.
    for role in ["frontline", "referent", "analyst", "admin"] {
        let email = app.account(role).email.clone();
        assert_eq!(
            password(&app, &client, &email, "wrong password here").await,
            401
        );
    }
    let a = app.account("investigator").clone();
    let csrf = app.csrf(&client, "/staff/sign-in").await;
    let res = client
        .post(app.url("/staff/sign-in"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", a.email.as_str()),
            ("password", a.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let body = res.text().await.unwrap();
    assert!(body.contains("Too many failed attempts"));
    assert!(body.contains(&a.email), "the e-mail typed is kept");
    let user = app.store.user_by_email(&a.email).await.unwrap().unwrap();
    assert_eq!(
        user.failed_attempts, 0,
        "the account itself was not touched"
    );
}

async fn the_session_token_changes_when_the_second_factor_completes(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("investigator").clone();
    let plain = bare_client();
    // Before sign-in: the pre-session token.
    let res = plain.get(app.url("/staff/sign-in")).send().await.unwrap();
    let pre = cookies_named(&res, "lumen_csrf").remove(0);
    let csrf = support::extract_csrf(&res.text().await.unwrap()).unwrap();
    // A stale session cookie rides along with the password: one session cookie comes back.
    let res = plain
        .post(app.url("/staff/sign-in"))
        .header(
            "cookie",
            format!("{pre}; lumen_session=stale-token-from-yesterday"),
        )
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", a.email.as_str()),
            ("password", a.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let half = cookies_named(&res, "lumen_session");
    assert_eq!(
        half.len(),
        1,
        "one session cookie, not a new one and its deletion"
    );
    let half = half[0].clone();
    assert!(half.len() > "lumen_session=".len() + 20);
    let page = plain
        .get(app.url("/staff/sign-in/totp"))
        .header("cookie", &half)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = support::extract_csrf(&page).unwrap();
    let ok = totp_now(&a.totp_secret);
    let res = plain
        .post(app.url("/staff/sign-in/totp"))
        .header("cookie", &half)
        .form(&[("csrf", csrf.as_str()), ("code", ok.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let full = cookies_named(&res, "lumen_session");
    assert_eq!(full.len(), 1, "a new token after the second factor");
    assert_ne!(full[0], half);
    let with = |cookie: String| {
        let plain = plain.clone();
        let url = app.url("/staff");
        async move {
            plain
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(with(full[0].clone()).await, 200);
    assert_eq!(
        with(half).await,
        303,
        "the half-signed-in token is worth nothing"
    );
}

async fn a_pre_session_token_the_client_made_up_is_refused(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("admin").clone();
    let plain = bare_client();
    let chosen = "attacker-chosen-token-attacker-chosen-token";
    let res = plain
        .post(app.url("/staff/sign-in"))
        .header("cookie", format!("lumen_csrf={chosen}"))
        .form(&[
            ("csrf", chosen),
            ("email", a.email.as_str()),
            ("password", a.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        403,
        "a token the server did not make is refused"
    );
    let fresh = cookies_named(&res, "lumen_csrf").join(";");
    assert!(
        !fresh.contains(chosen),
        "the server hands out its own token"
    );
}

async fn a_way_back_with_line_breaks_is_refused_before_anything_is_written(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let client = app.signed_in("frontline").await;
    let csrf = app.csrf(&client, "/staff").await;
    let res = client
        .post(app.url("/language"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("lang", "nl"),
            ("back", "/staff\r\nSet-Cookie: evil=1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/");
    assert!(
        !res.headers()
            .get_all("set-cookie")
            .iter()
            .any(|v| v.to_str().unwrap_or("").starts_with("evil"))
    );
    for back in ["//elsewhere.example/", "https://elsewhere.example/"] {
        let res = client
            .post(app.url("/language"))
            .form(&[("csrf", csrf.as_str()), ("lang", "fr"), ("back", back)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["location"], "/", "{back}");
    }
}

lumen_store::on_both_databases!(
    wrong_second_factor_codes_lock_the_account,
    a_half_session_ends_after_three_wrong_codes,
    failed_sign_ins_are_limited_per_source,
    the_session_token_changes_when_the_second_factor_completes,
    a_pre_session_token_the_client_made_up_is_refused,
    a_way_back_with_line_breaks_is_refused_before_anything_is_written,
);
