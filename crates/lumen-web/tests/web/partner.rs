//! The partner area over HTTP, on SQLite and PostgreSQL: a partner files a report with the
//! person's consent, the investigator sees it as the organisation's submission and replies, the
//! partner reads the reply and the person can follow up with the receipt; another organisation
//! gets 404 on every route (audited); without consent nothing is stored; the inbox pages.

use crate::support;
use crate::support::{TestApp, get_page, post_form, spawn_app};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::FiledBy;
use lumen_domain::{Email, Role, UnitId, UserId};
use lumen_store::testing::TestDb;
use lumen_store::{AuditFilter, NewUser, ReportFilter};

lumen_store::on_both_databases!(
    a_partner_files_and_reads_the_sections_reply,
    another_organisation_gets_not_found_everywhere,
    without_consent_nothing_is_stored,
    the_inbox_pages_fifty_at_a_time_and_filters,
    the_demo_has_a_partner_submission_with_a_reply,
);

const STORY: &str = "Her passport is kept by the man in the Quillbrook flat";
const REPLY: &str = "Can she come on Tuesday with one of you?";

/// Signs in with password and TOTP; returns the client and where the second factor led.
async fn sign_in(
    app: &TestApp,
    email: &str,
    password: &str,
    secret: &str,
) -> (reqwest::Client, String) {
    let client = app.client();
    let csrf = app.csrf(&client, "/staff/sign-in").await;
    let res = client
        .post(app.url("/staff/sign-in"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let csrf = app.csrf(&client, "/staff/sign-in/totp").await;
    let code = support::totp_now(secret);
    let res = client
        .post(app.url("/staff/sign-in/totp"))
        .form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    (client, to)
}

/// A partner worker of another unit (by code), signed in.
async fn other_partner(app: &TestApp, unit_code: &str, email: &str) -> reqwest::Client {
    let unit: UnitId = app.store.unit_by_code(unit_code).await.unwrap().id;
    let password = "a long test password 1";
    let secret = lumen_app::auth::totp::new_secret();
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(email).unwrap(),
        display_name: "Other partner".into(),
        role: Role::Partner,
        unit_id: Some(unit),
        password_hash: lumen_crypto::hash_password(password).unwrap(),
        totp_secret: Some(secret.clone()),
    };
    let ev = AuditEvent::new(AuditAction::UserCreate, Some(id.to_string())).by("test", "system");
    app.store.create_user(new, ev).await.unwrap();
    sign_in(app, email, password, &secret).await.0
}

/// Files on the partner form; returns status and page.
async fn partner_file(app: &TestApp, client: &reqwest::Client, consent: bool) -> (u16, String) {
    let mut form = vec![
        ("form_sexual", "1"),
        ("place", "Rue d'Aerschot"),
        ("minor", "unknown"),
        ("phones", "+32 470 12 34 56"),
        ("text", STORY),
        ("contact", "centre"),
    ];
    if consent {
        form.push(("consent", "yes"));
    }
    let (status, _, html) = post_form(app, client, "/staff/partner/submissions", &form).await;
    (status, html)
}

fn receipt_of(html: &str) -> String {
    let at = html.find("id=\"receipt\">").expect("receipt shown") + "id=\"receipt\">".len();
    html[at..at + html[at..].find('<').unwrap()].to_owned()
}

/// The links of a list's reference column, in the order shown.
fn reference_links(html: &str) -> Vec<String> {
    html.split("<a href=\"")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find('"')?;
            rest[end..]
                .starts_with("\" class=\"reference\"")
                .then(|| rest[..end].to_owned())
        })
        .collect()
}

/// The first row's link to `prefix…` in a list.
fn first_link(html: &str, prefix: &str) -> String {
    reference_links(html)
        .into_iter()
        .find(|l| l.starts_with(prefix))
        .expect("a link")
}

async fn audit_of(app: &TestApp, action: &str) -> Vec<lumen_store::AuditRecord> {
    let filter = AuditFilter {
        action: Some(action.into()),
        ..Default::default()
    };
    app.store.audit_page(&filter, 0, 500).await.unwrap().entries
}

async fn a_partner_files_and_reads_the_sections_reply(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let a = app.account("partner").clone();
    let (partner, landing) = sign_in(&app, &a.email, &a.password, &a.totp_secret).await;
    assert_eq!(landing, "/staff/partner", "partners land in their area");
    let (status, form) = get_page(&app, &partner, "/staff/partner/submissions/new").await;
    assert_eq!(status, 200);
    assert!(form.contains("name=\"consent\"") && form.contains("PAG-ASA"));

    let (status, html) = partner_file(&app, &partner, true).await;
    assert_eq!(status, 200, "{html}");
    let receipt = receipt_of(&html);
    assert_eq!(receipt.chars().filter(char::is_ascii_digit).count(), 20);
    assert!(
        html.contains("id=\"receipt-written\""),
        "the same confirmation"
    );
    let (status, _) = get_page(&app, &partner, "/staff/partner?filed=1&written=1").await;
    assert_eq!(status, 200);

    let pag_asa = app.store.unit_by_code("pag-asa").await.unwrap().id;
    let ev = AuditEvent::new(AuditAction::ReportRead, None);
    let (reports, total) = app.store.list_reports(0, 50, ev).await.unwrap();
    assert_eq!(total, 1);
    let report = &reports[0];
    assert_eq!(report.filed_by, FiledBy::Partner);
    assert_eq!(report.partner_unit_id, Some(pag_asa));
    assert_eq!(
        report.consent_recorded_on,
        Some(chrono::Utc::now().date_naive())
    );
    assert_eq!(audit_of(&app, "report.partner_file").await.len(), 1);

    // The investigator sees a partner submission naming the organisation, and replies.
    let investigator = app.signed_in("investigator").await;
    let (_, inbox) = get_page(&app, &investigator, "/staff/reports?filed_by=partner").await;
    assert!(
        inbox.contains("Partner organisation · <span class=\"organisation\">PAG-ASA<"),
        "{inbox}"
    );
    assert!(inbox.contains(STORY));
    let path = first_link(&inbox, "/staff/reports/");
    let (_, page) = get_page(&app, &investigator, &path).await;
    assert!(page.contains("id=\"organisation\">PAG-ASA<"));
    assert!(page.contains("id=\"consent\">Recorded by the partner on"));
    // The page names the report by its reference and leads back to the inbox.
    let reference = report.reference();
    assert_eq!(reference, "R-0001", "the first report of the zone");
    assert!(page.contains(&format!("id=\"report-reference\">{reference}<")));
    assert!(page.contains("href=\"/staff/reports\" class=\"back-link\""));
    let (status, location, _) = post_form(
        &app,
        &investigator,
        &format!("{path}/reply"),
        &[("message", REPLY)],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get_page(&app, &investigator, &location).await;
    assert!(
        page.contains("id=\"banner\"") && page.contains("Reply sent."),
        "a banner confirms the reply"
    );

    // The partner sees one new reply, reads it (audited), and it is no longer new.
    let (_, list) = get_page(&app, &partner, "/staff/partner").await;
    assert!(list.contains("1 new reply"), "{list}");
    let mine = first_link(&list, "/staff/partner/submissions/");
    assert_eq!(mine, format!("/staff/partner/submissions/{}", report.id));
    let reads = audit_of(&app, "report.partner_read").await.len();
    let (status, page) = get_page(&app, &partner, &mine).await;
    assert_eq!(status, 200);
    assert!(page.contains(REPLY) && page.contains(STORY));
    assert_eq!(audit_of(&app, "report.partner_read").await.len(), reads + 1);
    let (_, list) = get_page(&app, &partner, "/staff/partner").await;
    assert!(!list.contains("new reply"));

    // The partner answers; an empty message comes back with a translated message.
    let (status, _, html) = post_form(
        &app,
        &partner,
        &format!("{mine}/message"),
        &[("message", "  ")],
    )
    .await;
    assert_eq!(status, 400);
    assert!(html.contains("Write a message first."));
    let answer = "Yes, Tuesday at 10 with our social worker";
    let (status, _, _) = post_form(
        &app,
        &partner,
        &format!("{mine}/message"),
        &[("message", answer)],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(audit_of(&app, "report.partner_message").await.len(), 1);
    let (_, page) = get_page(&app, &investigator, &path).await;
    assert!(page.contains(answer));

    // Nothing the partner or the section wrote is stored in clear.
    let bytes: Vec<u8> = match &app.db.dir {
        Some(dir) => std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .flat_map(|f| std::fs::read(f.path()).unwrap())
            .collect(),
        None => {
            let mut text = String::new();
            for table in ["reports", "report_messages", "audit_log"] {
                let rows = lumen_store::testing::postgres_rows_as_text(&app.store, table);
                text.push_str(&rows.await.unwrap());
            }
            text.into_bytes()
        }
    };
    assert!(bytes.len() > 1000, "the database was read");
    for clear in [STORY, REPLY, answer, "+32 470 12 34 56", "Rue d'Aerschot"] {
        let found = bytes.windows(clear.len()).any(|w| w == clear.as_bytes());
        assert!(!found, "{clear} is stored in clear");
    }

    // The person follows up on their own with the receipt.
    let res = reqwest::Client::new()
        .post(app.url("/follow-up"))
        .form(&[("lang", "en"), ("receipt", receipt.as_str())])
        .send()
        .await
        .unwrap();
    let html = res.text().await.unwrap();
    assert!(html.contains(REPLY) && html.contains(answer));
    assert!(
        html.contains("The organisation that passed on your report"),
        "the person sees who wrote the partner's message"
    );

    // The person writes to the section on their own: the section reads it, labelled as the
    // person's; the partner organisation does not.
    let own = "I can also come alone on Monday";
    let res = reqwest::Client::new()
        .post(app.url("/follow-up/message"))
        .form(&[
            ("lang", "en"),
            ("receipt", receipt.as_str()),
            ("message", own),
        ])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let (_, page) = get_page(&app, &investigator, &path).await;
    assert!(page.contains(own));
    assert!(page.contains("The partner organisation"));
    assert!(page.contains("The person, with their receipt"));
    let (_, theirs) = get_page(&app, &partner, &mine).await;
    assert!(theirs.contains(answer) && theirs.contains(REPLY));
    assert!(
        !theirs.contains(own),
        "what the person writes with their receipt stays between them and the section"
    );
}

async fn another_organisation_gets_not_found_everywhere(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let partner = app.signed_in("partner").await;
    assert_eq!(partner_file(&app, &partner, true).await.0, 200);
    // A public report too.
    let res = reqwest::Client::new()
        .post(app.url("/report"))
        .form(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("text", "A public report"),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let ev = AuditEvent::new(AuditAction::ReportRead, None);
    let (reports, _) = app.store.list_reports(0, 50, ev).await.unwrap();
    let theirs = reports
        .iter()
        .find(|r| r.filed_by == FiledBy::Partner)
        .unwrap()
        .id;
    let public = reports
        .iter()
        .find(|r| r.filed_by == FiledBy::Witness)
        .unwrap()
        .id;

    let other = other_partner(&app, "espace-p", "worker@espace-p.example").await;
    let (_, list) = get_page(&app, &other, "/staff/partner").await;
    assert!(
        list.contains("Espace P") && list.contains("0 submissions"),
        "{list}"
    );
    assert!(!list.contains(&theirs.to_string()));
    let failed_before = audit_of(&app, "report.partner_read")
        .await
        .iter()
        .filter(|e| e.outcome == "failure")
        .count();
    let ids = [
        theirs.to_string(),
        public.to_string(),
        uuid::Uuid::new_v4().to_string(),
        "not-an-id".to_owned(),
    ];
    for (client, who) in [(&other, "espace-p"), (&partner, "pag-asa")] {
        for id in &ids {
            if who == "pag-asa" && *id == theirs.to_string() {
                continue;
            }
            let (status, html) =
                get_page(&app, client, &format!("/staff/partner/submissions/{id}")).await;
            assert_eq!(status, 404, "{who} GET {id}");
            assert!(!html.contains(STORY) && !html.contains("A public report"));
            let (status, _, _) = post_form(
                &app,
                client,
                &format!("/staff/partner/submissions/{id}/message"),
                &[("message", "hello")],
            )
            .await;
            assert_eq!(status, 404, "{who} POST {id}");
        }
    }
    let failed = audit_of(&app, "report.partner_read")
        .await
        .iter()
        .filter(|e| e.outcome == "failure")
        .count();
    assert_eq!(
        failed - failed_before,
        2 * 4 + 2 * 3,
        "every attempt is audited"
    );
    let messages = app.store.report_messages(theirs).await.unwrap();
    assert!(messages.is_empty(), "nothing was added");
    let (_, list) = get_page(&app, &partner, "/staff/partner").await;
    assert!(
        list.contains("1 submission<"),
        "the public report is not listed"
    );
    assert!(!list.contains(&public.to_string()));

    // A partner account whose unit is not a partner organisation has no partner area.
    let misplaced = other_partner(&app, "thb", "misplaced@demo.example").await;
    let (status, _) = get_page(&app, &misplaced, "/staff/partner").await;
    assert_eq!(status, 403);
}

async fn without_consent_nothing_is_stored(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let partner = app.signed_in("partner").await;
    let audit_before = app.store.audit_count().await.unwrap();
    let (status, html) = partner_file(&app, &partner, false).await;
    assert_eq!(status, 400);
    assert!(html.contains("id=\"consent-error\""));
    assert!(html.contains("Without their consent, the report cannot be sent."));
    assert!(
        html.contains(STORY) && html.contains("+32 470 12 34 56"),
        "typed values kept"
    );
    assert!(html.contains("name=\"form_sexual\" value=\"1\" checked"));
    assert!(!html.contains("id=\"receipt\""));
    let ev = AuditEvent::new(AuditAction::ReportRead, None);
    let (_, total) = app.store.list_reports(0, 1, ev).await.unwrap();
    assert_eq!(total, 0, "nothing stored");
    assert!(audit_of(&app, "report.partner_file").await.is_empty());
    // Only the listing just above was audited.
    assert_eq!(app.store.audit_count().await.unwrap(), audit_before + 1);

    // Markup is shown as text; a field over its limit is named, in words.
    let long = "x".repeat(501);
    let (status, _, html) = post_form(
        &app,
        &partner,
        "/staff/partner/submissions",
        &[
            ("text", "<script>alert(1)</script>"),
            ("place", long.as_str()),
            ("contact", "none"),
            ("consent", "yes"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(html.contains("This is too long: at most 500 characters."));
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "{html}"
    );
    let ev = AuditEvent::new(AuditAction::ReportRead, None);
    let (_, total) = app.store.list_reports(0, 1, ev).await.unwrap();
    assert_eq!(total, 0, "still nothing stored");

    // In French, the message is French.
    let csrf = app.csrf(&partner, "/staff").await;
    let res = partner
        .post(app.url("/staff/partner/submissions"))
        .header("accept-language", "fr")
        .form(&[
            ("csrf", csrf.as_str()),
            ("text", STORY),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("Sans son accord"));
}

fn rows(html: &str) -> Vec<String> {
    reference_links(html)
        .into_iter()
        .filter(|l| l.starts_with("/staff/reports/"))
        .collect()
}

async fn the_inbox_pages_fifty_at_a_time_and_filters(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let public = reqwest::Client::new();
    for i in 0..110 {
        let text = format!("Public report number {i}");
        let res = public
            .post(app.url("/report"))
            .form(&[
                ("lang", "en"),
                ("filed_by", "witness"),
                ("text", text.as_str()),
                ("contact", "none"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    let partner = app.signed_in("partner").await;
    for _ in 0..10 {
        assert_eq!(partner_file(&app, &partner, true).await.0, 200);
    }
    let investigator = app.signed_in("investigator").await;
    let mut seen = std::collections::BTreeSet::new();
    for (page, expected) in [(1, 50), (2, 50), (3, 20)] {
        let (status, html) =
            get_page(&app, &investigator, &format!("/staff/reports?page={page}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"reports-count\">120 reports<"));
        assert!(html.contains(&format!("<span aria-current=\"page\">{page}</span>")));
        let r = rows(&html);
        assert_eq!(r.len(), expected, "page {page}");
        // Newest first, by reference: the last report heads page 1, the first ends page 3.
        let (first, last) = match page {
            1 => ("R-0120", "R-0071"),
            2 => ("R-0070", "R-0021"),
            _ => ("R-0020", "R-0001"),
        };
        let at = |r: &str| html.find(&format!("class=\"reference\">{r}</a>"));
        assert!(
            at(first) < at(last) && at(last).is_some(),
            "page {page} newest first"
        );
        seen.extend(r);
    }
    assert_eq!(seen.len(), 120, "every report once");
    let (status, html) = get_page(&app, &investigator, "/staff/reports?page=4").await;
    assert_eq!(status, 200);
    assert!(rows(&html).is_empty());

    // Filters, kept in the page links.
    let (_, html) = get_page(&app, &investigator, "/staff/reports?filed_by=partner").await;
    assert_eq!(rows(&html).len(), 10);
    assert_eq!(html.matches(">PAG-ASA<").count(), 10);
    let (_, html) = get_page(&app, &investigator, "/staff/reports?filed_by=witness").await;
    assert!(html.contains("110 reports"));
    assert!(
        html.contains("href=\"/staff/reports?page=3&#38;filed_by=witness\""),
        "{html}"
    );
    let (_, html) = get_page(
        &app,
        &investigator,
        "/staff/reports?page=3&status=&filed_by=witness",
    )
    .await;
    assert_eq!(rows(&html).len(), 10);
    let first = first_link(&html, "/staff/reports/");
    let (status, _, _) = post_form(
        &app,
        &investigator,
        &format!("{first}/status"),
        &[("status", "closed")],
    )
    .await;
    assert_eq!(status, 303);
    let (_, html) = get_page(&app, &investigator, "/staff/reports?status=closed").await;
    assert_eq!(rows(&html).len(), 1);
    let filter = ReportFilter {
        status: Some(lumen_domain::report::ReportStatus::Closed),
        filed_by: Some(FiledBy::Witness),
    };
    let ev = AuditEvent::new(AuditAction::ReportRead, None);
    let (_, total) = app
        .store
        .list_reports_filtered(&filter, 0, 1, ev)
        .await
        .unwrap();
    assert_eq!(total, 1);
    for bad in ["status=bogus", "filed_by=police", "page=0", "page=x"] {
        let (status, _) = get_page(&app, &investigator, &format!("/staff/reports?{bad}")).await;
        assert_eq!(status, 400, "{bad}");
    }
    // Every listing is audited.
    assert!(audit_of(&app, "report.list").await.len() >= 8);
}

async fn the_demo_has_a_partner_submission_with_a_reply(db: TestDb) {
    let Some(db) = lumen_store::testing::fresh(db).await else {
        return;
    };
    lumen_app::demo::seed(&db.store).await.unwrap();
    let keys = support::test_report_keys();
    lumen_app::demo::seed_partner_submission(&db.store, &keys)
        .await
        .unwrap();
    let pag_asa = db.store.unit_by_code("pag-asa").await.unwrap().id;
    let ev = AuditEvent::new(AuditAction::UnitCreate, None);
    let (list, total) = db
        .store
        .partner_submissions(pag_asa, 0, 50, ev)
        .await
        .unwrap();
    assert_eq!(total, 1);
    assert_eq!((list[0].messages, list[0].unread), (1, 1));
    let report = &list[0].report;
    assert!(report.consent_recorded_on.is_some());
    let payload = keys.open_payload(report).unwrap();
    assert_eq!(payload.filed_by.code(), "partner");
    let espace_p = db.store.unit_by_code("espace-p").await.unwrap().id;
    let ev = AuditEvent::new(AuditAction::UnitCreate, None);
    let (_, others) = db
        .store
        .partner_submissions(espace_p, 0, 50, ev)
        .await
        .unwrap();
    assert_eq!(others, 0);
}
