//! Accounts as their holders and administrators use them: new recovery codes from "My
//! account", the authenticator link on the enrolment page, the searchable and paged list of
//! accounts, and a new account's role that must be chosen.

use crate::support::{TestApp, extract_csrf, get_page, post_form, spawn_app};
use lumen_store::testing::TestDb;
use sha2::{Digest, Sha256};
use std::time::{SystemTime, UNIX_EPOCH};

/// A TOTP code of `secret` for `offset` seconds from now.
fn totp_in(secret: &str, offset: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    lumen_app::auth::totp::code_at(secret, now + offset).unwrap()
}

/// Signs in as `role` with the password and `code` (a TOTP or recovery code); the status of
/// the second step.
async fn sign_in_with(app: &TestApp, role: &str, code: &str) -> u16 {
    app.sign_in_with_code(role, code).await.1
}

/// The codes listed on a recovery codes page.
fn codes_on(page: &str) -> Vec<String> {
    page.split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect()
}

/// How recovery codes are stored: SHA-256 of their letters and digits, in lower case.
fn stored_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

async fn new_recovery_codes_replace_the_old_ones_at_once(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let who = app.account("investigator").clone();
    let user = app.store.user_by_email(&who.email).await.unwrap().unwrap();
    // The account holds two codes from before.
    let old = ["abcde-fghjk", "mnpqr-stuvw"];
    let ev = lumen_domain::audit::AuditEvent::new(
        lumen_domain::audit::AuditAction::UserTotpEnrolled,
        Some(user.id.to_string()),
    );
    app.store
        .replace_recovery_codes(user.id, old.iter().map(|c| stored_hash(c)).collect(), ev)
        .await
        .unwrap();
    assert_eq!(
        sign_in_with(&app, "investigator", old[0]).await,
        303,
        "an old code works"
    );

    // Signed in with a code kept here, so that the replay below is that very code even when
    // a new 30-second step starts in between.
    let used_at_sign_in = totp_in(&who.totp_secret, 0);
    let (client, status) = app
        .sign_in_with_code("investigator", &used_at_sign_in)
        .await;
    assert_eq!(status, 303, "second factor accepted");
    let (status, page) = get_page(&app, &client, "/staff/account").await;
    assert_eq!(status, 200);
    assert!(page.contains("One recovery code left."), "one is used");
    assert!(
        page.contains("id=\"recovery-low\""),
        "few left: new ones are suggested"
    );
    assert!(page.contains("action=\"/staff/account/recovery-codes\""));

    // A wrong code, and the code that signed in (a replay), make nothing.
    for wrong in ["000000", used_at_sign_in.as_str()] {
        let (status, _, page) = post_form(
            &app,
            &client,
            "/staff/account/recovery-codes",
            &[("code", wrong)],
        )
        .await;
        assert_eq!(status, 400, "{wrong}");
        assert!(page.contains("There is a problem"));
        assert!(page.contains(
            "<a href=\"#recovery_code\">This code is not valid or has already been used."
        ));
        assert!(page.contains("aria-invalid=\"true\""));
    }
    assert_eq!(app.store.unused_recovery_codes(user.id).await.unwrap(), 1);

    // A fresh code of the app makes ten new codes, shown once.
    let fresh = totp_in(&who.totp_secret, 30);
    let (status, _, page) = post_form(
        &app,
        &client,
        "/staff/account/recovery-codes",
        &[("code", &fresh)],
    )
    .await;
    assert_eq!(status, 200);
    let new = codes_on(&page);
    assert_eq!(new.len(), 10);
    assert!(page.contains("Your old recovery codes no longer work."));
    assert!(page.contains("href=\"/staff/account?done=recovery-codes-regenerated\""));
    let (_, account) = get_page(
        &app,
        &client,
        "/staff/account?done=recovery-codes-regenerated",
    )
    .await;
    assert!(account.contains("class=\"banner-success\""));
    assert!(account.contains("New recovery codes are active. The old ones no longer work."));
    assert!(account.contains("10 recovery codes left."));
    assert!(!account.contains(&new[0]), "the codes are shown only once");
    // The same fresh code does not make another set.
    let (status, _, _) = post_form(
        &app,
        &client,
        "/staff/account/recovery-codes",
        &[("code", &fresh)],
    )
    .await;
    assert_eq!(status, 400, "a code of the app works once");

    // The old code that was left no longer signs in; the new ones do, each once.
    assert_eq!(sign_in_with(&app, "investigator", old[1]).await, 401);
    assert_eq!(sign_in_with(&app, "investigator", &new[0]).await, 303);
    assert_eq!(sign_in_with(&app, "investigator", &new[0]).await, 401);
    assert_eq!(
        sign_in_with(&app, "investigator", &new[9].to_uppercase()).await,
        303
    );

    let entries = app
        .store
        .audit_page(
            &lumen_store::AuditFilter {
                action: Some("user.recovery_codes_regenerated".into()),
                ..Default::default()
            },
            0,
            50,
        )
        .await
        .unwrap()
        .entries;
    let outcomes: Vec<&str> = entries.iter().rev().map(|e| e.outcome.as_str()).collect();
    assert_eq!(
        outcomes,
        ["failure", "failure", "success", "failure"],
        "every try is audited"
    );
    assert!(entries.iter().all(|e| {
        e.actor.as_deref() == Some(&user.id.to_string())
            && e.object_id.as_deref() == Some(&user.id.to_string())
    }));
}

async fn a_locked_account_or_one_without_a_second_factor_makes_no_codes(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    // Locked after wrong codes: even a right one makes no codes until the lock ends.
    let who = app.account("supervisor").clone();
    let client = app.signed_in("supervisor").await;
    let id = app
        .store
        .user_by_email(&who.email)
        .await
        .unwrap()
        .unwrap()
        .id;
    let ev = lumen_domain::audit::AuditEvent::new(
        lumen_domain::audit::AuditAction::AuthSecondFactor,
        Some(id.to_string()),
    )
    .failed();
    let until = chrono::Utc::now() + chrono::Duration::minutes(10);
    app.store
        .record_failed_sign_in(id, 9, Some(until), ev)
        .await
        .unwrap();
    let fresh = totp_in(&who.totp_secret, 30);
    let (status, _, page) = post_form(
        &app,
        &client,
        "/staff/account/recovery-codes",
        &[("code", &fresh)],
    )
    .await;
    assert_eq!(status, 403);
    assert!(page.contains("Too many wrong codes"));
    assert_eq!(app.store.unused_recovery_codes(id).await.unwrap(), 0);
    let admin = app.signed_in("admin").await;
    let analyst = app
        .store
        .user_by_email(&app.account("analyst").email)
        .await
        .unwrap()
        .unwrap();
    let (status, location, _) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{}/reset-totp", analyst.id),
        &[],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        location,
        format!("/staff/admin/users/{}?done=user-totp-reset", analyst.id)
    );
    let (_, page) = get_page(&app, &admin, &location).await;
    assert!(
        page.contains("Two-step verification reset: the account sets it up at its next sign-in.")
    );
    let ev = lumen_domain::audit::AuditEvent::new(
        lumen_domain::audit::AuditAction::UserRecoveryCodesRegenerated,
        Some(analyst.id.to_string()),
    );
    let refused = app
        .store
        .replace_recovery_codes(analyst.id, vec![stored_hash("abcde-fghjk")], ev)
        .await;
    assert!(matches!(refused, Err(lumen_store::StoreError::Refused(_))));
}

async fn the_enrolment_page_links_to_the_authenticator_app(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let analyst = app.account("analyst").clone();
    let id = app
        .store
        .user_by_email(&analyst.email)
        .await
        .unwrap()
        .unwrap()
        .id;
    let (status, _, _) = post_form(
        &app,
        &admin,
        &format!("/staff/admin/users/{id}/reset-totp"),
        &[],
    )
    .await;
    assert_eq!(status, 303);
    // The analyst signs in with their password and must enrol again.
    let client = app.client();
    let csrf = app.csrf(&client, "/staff/sign-in").await;
    let res = client
        .post(app.url("/staff/sign-in"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", analyst.email.as_str()),
            ("password", analyst.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/staff/account/totp");
    let (status, page) = get_page(&app, &client, "/staff/account/totp").await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg"), "the QR code is still there");
    let secret: String = page
        .split("id=\"totp-secret\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    let href = page
        .split("id=\"otpauth-link\"")
        .next()
        .unwrap()
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&#38;", "&");
    let account = analyst.email.replace('@', "%40");
    assert_eq!(
        href,
        format!("otpauth://totp/Lumen:{account}?secret={secret}&issuer=Lumen"),
        "the link holds what the QR code holds"
    );
    assert!(page.contains("Open in the authenticator app"));
    // The secret of the link enrols.
    let csrf = extract_csrf(&page).unwrap();
    let res = client
        .post(app.url("/staff/account/totp"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("code", totp_in(&secret, 0).as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(codes_on(&res.text().await.unwrap()).len(), 10);
}

/// The rows of the accounts' table.
fn user_rows(page: &str) -> Vec<&str> {
    let Some(start) = page.find("<table id=\"users\"") else {
        return Vec::new();
    };
    let end = start + page[start..].find("</table>").unwrap();
    page[start..end].split("<tr>").skip(2).collect()
}

/// The e-mail addresses listed on a page of accounts.
fn emails_on(page: &str) -> Vec<String> {
    user_rows(page)
        .iter()
        .map(|r| {
            r.split("<td data-label=\"E-mail address\">")
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect()
}

async fn the_list_of_accounts_is_searched_and_paged(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let mut people: Vec<(String, String)> = (1..=30)
        .map(|n| (format!("Agent {n:02}"), format!("agent{n:02}@zone.example")))
        .collect();
    people.push(("Élodie Öztürk".into(), "elodie.ozturk@zone.example".into()));
    for (name, email) in &people {
        let id = lumen_domain::UserId::new();
        let new = lumen_store::NewUser {
            id,
            email: lumen_domain::Email::parse(email).unwrap(),
            display_name: name.clone(),
            role: lumen_domain::Role::Frontline,
            unit_id: None,
            password_hash: "not a hash".into(),
            totp_secret: None,
        };
        let ev = lumen_domain::audit::AuditEvent::new(
            lumen_domain::audit::AuditAction::UserCreate,
            Some(id.to_string()),
        );
        app.store.create_user(new, ev).await.unwrap();
    }
    let all = app.store.count_users().await.unwrap();
    assert_eq!(all, 39);
    let admin = app.signed_in("admin").await;

    // 25 a page, in a stable order: the pages together list every account once.
    let (status, first) = get_page(&app, &admin, "/staff/admin/users").await;
    assert_eq!(status, 200);
    assert!(first.contains("39 accounts."));
    assert_eq!(emails_on(&first).len(), 25);
    assert!(first.contains("href=\"/staff/admin/users?page=2\" rel=\"next\""));
    let (status, second) = get_page(&app, &admin, "/staff/admin/users?page=2").await;
    assert_eq!(status, 200);
    assert_eq!(emails_on(&second).len(), 14);
    assert!(second.contains("href=\"/staff/admin/users\" rel=\"prev\""));
    let mut listed: Vec<String> = emails_on(&first);
    listed.extend(emails_on(&second));
    let mut unique = listed.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 39, "no account twice, none left out");
    let (_, again) = get_page(&app, &admin, "/staff/admin/users").await;
    assert_eq!(
        emails_on(&again),
        emails_on(&first),
        "the same order every time"
    );
    assert!(
        listed.iter().position(|e| e == "agent01@zone.example")
            < listed.iter().position(|e| e == "agent02@zone.example"),
        "by name"
    );
    // On a phone the table stacks, each cell naming its column.
    assert!(first.contains("<table id=\"users\" class=\"stack\">"));
    let rows = user_rows(&first).concat();
    assert_eq!(
        rows.matches("<td").count(),
        rows.matches("<td data-label=\"").count()
    );

    // A search by name or address, whatever the case and accents.
    for q in ["ÖZTÜRK", "elodie", "Elodie.Ozturk@ZONE"] {
        let (status, page) = get_page(
            &app,
            &admin,
            &format!("/staff/admin/users?q={}", urlencoding(q)),
        )
        .await;
        assert_eq!(status, 200, "{q}");
        assert_eq!(emails_on(&page), ["elodie.ozturk@zone.example"], "{q}");
        assert!(page.contains(&format!("One account matches “{q}”.")), "{q}");
        assert!(
            page.contains(&format!("value=\"{q}\"")),
            "{q}: the search stays in its field"
        );
    }
    let (_, page) = get_page(&app, &admin, "/staff/admin/users?q=Agent+1").await;
    assert_eq!(emails_on(&page).len(), 10, "Agent 10 to 19");
    // A search over more than a page keeps itself in the pager's links.
    let (_, page) = get_page(&app, &admin, "/staff/admin/users?q=zone.example").await;
    assert!(page.contains("31 accounts match “zone.example”."));
    assert_eq!(emails_on(&page).len(), 25);
    assert!(page.contains("href=\"/staff/admin/users?q=zone.example&#38;page=2\" rel=\"next\""));
    let (_, page) = get_page(&app, &admin, "/staff/admin/users?q=zone.example&page=2").await;
    assert_eq!(emails_on(&page).len(), 6);
    // Wildcards are searched as text.
    for q in ["%25", "_", "agent_1"] {
        let (status, page) = get_page(&app, &admin, &format!("/staff/admin/users?q={q}")).await;
        assert_eq!(status, 200);
        assert!(emails_on(&page).is_empty(), "{q}");
        assert!(page.contains("No account matches"), "{q}");
    }
    let (status, _) = get_page(&app, &admin, "/staff/admin/users?page=0").await;
    assert_eq!(status, 400);
}

/// `text` URL-encoded for a query string.
fn urlencoding(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn a_new_account_needs_a_chosen_role(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let (_, page) = get_page(&app, &admin, "/staff/admin/users").await;
    assert!(
        page.contains("<select id=\"role\" name=\"role\" required>\n  <option value=\"\" selected>Choose a role</option>"),
        "no role is chosen beforehand"
    );
    let accounts = app.store.count_users().await.unwrap();
    let created = app
        .store
        .audit_page(
            &lumen_store::AuditFilter {
                action: Some("user.create".into()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .unwrap()
        .total;

    let (status, _, page) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", "new.person@zone.example"),
            ("display_name", "New Person"),
            ("role", ""),
            ("unit", ""),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(page.contains("<title>Error: Users · Lumen</title>"));
    assert!(page.contains("There is a problem"));
    assert!(page.contains("<li><a href=\"#role\">Choose the new account’s role.</a></li>"));
    assert!(
        page.contains(
            "<p class=\"field-error\" id=\"role-error\">Choose the new account’s role.</p>"
        )
    );
    assert!(page.contains("aria-invalid=\"true\" aria-describedby=\"role-error\""));
    assert!(
        page.contains("value=\"new.person@zone.example\""),
        "what was typed stays"
    );
    assert!(page.contains("value=\"New Person\""));
    assert!(
        !page.contains("id=\"enrolment-code\""),
        "no code is handed out"
    );
    assert!(
        app.store
            .user_by_email("new.person@zone.example")
            .await
            .unwrap()
            .is_none()
    );

    // Every refused field at once, in the order of the form.
    let (status, _, page) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", "nope"),
            ("display_name", " "),
            ("role", "root"),
            ("unit", "x"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    let order: Vec<usize> = ["#email", "#display_name", "#role", "#unit"]
        .iter()
        .map(|f| {
            page.find(&format!("<a href=\"{f}\">"))
                .unwrap_or_else(|| panic!("{f}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(page.contains("Choose a role from the list."));
    // A unit that does not exist is the unit's error, not a missing page.
    let (status, _, page) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", "new.person@zone.example"),
            ("display_name", "New Person"),
            ("role", "frontline"),
            ("unit", &uuid::Uuid::now_v7().to_string()),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(page.contains("<a href=\"#unit\">Choose a unit from the list, or no unit.</a>"));
    // An address already in use is the e-mail's error.
    let (status, _, page) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", app.account("analyst").email.as_str()),
            ("display_name", "Someone Else"),
            ("role", "frontline"),
            ("unit", ""),
        ],
    )
    .await;
    assert_eq!(status, 409);
    assert!(page.contains("<a href=\"#email\">An account already uses this e-mail address.</a>"));

    assert_eq!(
        app.store.count_users().await.unwrap(),
        accounts,
        "nothing was created"
    );
    let after = app
        .store
        .audit_page(
            &lumen_store::AuditFilter {
                action: Some("user.create".into()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .unwrap()
        .total;
    assert_eq!(after, created, "and nothing was audited as created");

    // With a role chosen, the account is created.
    let (status, _, page) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", "new.person@zone.example"),
            ("display_name", "New Person"),
            ("role", "frontline"),
            ("unit", ""),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"enrolment-code\""));
}

lumen_store::on_both_databases!(
    a_new_account_needs_a_chosen_role,
    the_list_of_accounts_is_searched_and_paged,
    new_recovery_codes_replace_the_old_ones_at_once,
    a_locked_account_or_one_without_a_second_factor_makes_no_codes,
    the_enrolment_page_links_to_the_authenticator_app,
);
