//! The audit log as a supervisor reads it: names of accounts and objects rather than ids,
//! Brussels time, filters chosen from lists (an invalid one explained in its field), paging
//! that keeps the filters, and a table that stacks on a phone.

use crate::support::{TestApp, get_page, post_form, spawn_app};
use lumen_store::testing::TestDb;
use lumen_store::{AuditFilter, AuditRecord};

/// The audit table of a page.
fn table(html: &str) -> &str {
    let Some(start) = html.find("<table id=\"audit\"") else {
        return "";
    };
    let end = html[start..]
        .find("</table>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// What a reader sees of some HTML: its text, without tags or their attributes.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page with its links' `&` as written in a URL (the templates write `&#38;`).
fn plain(html: &str) -> String {
    html.replace("&#38;", "&")
}

/// The UUIDs written in a text.
fn uuids_in(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(35))
        .filter_map(|i| std::str::from_utf8(&b[i..i + 36]).ok())
        .filter(|s| s.as_bytes()[8] == b'-' && uuid::Uuid::parse_str(s).is_ok())
        .map(str::to_owned)
        .collect()
}

/// The table's rows.
fn rows(html: &str) -> Vec<&str> {
    table(html).split("<tr").skip(2).collect()
}

/// Every entry of an action, newest first.
async fn entries(app: &TestApp, action: &str) -> Vec<AuditRecord> {
    let filter = AuditFilter {
        action: Some(action.into()),
        ..Default::default()
    };
    app.store
        .audit_page(&filter, 0, 1_000)
        .await
        .unwrap()
        .entries
}

/// The number of entries a page says it lists ("12 entries.").
fn total(html: &str) -> u64 {
    let at = html.find("id=\"audit-total\">").expect("a total") + "id=\"audit-total\">".len();
    let text = &html[at..];
    let first = text.split_whitespace().next().unwrap();
    match first {
        "One" => 1,
        n => n.parse().unwrap(),
    }
}

async fn id_of(app: &TestApp, role: &str) -> String {
    app.store
        .user_by_email(&app.account(role).email)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string()
}

async fn name_of(app: &TestApp, role: &str) -> String {
    app.store
        .user_by_email(&app.account(role).email)
        .await
        .unwrap()
        .unwrap()
        .display_name
}

async fn the_log_names_accounts_and_shows_brussels_time(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let admin = app.signed_in("admin").await;
    let (status, _, _) = post_form(
        &app,
        &admin,
        "/staff/admin/users",
        &[
            ("email", "zoe.vandenberghe@zone.example"),
            ("display_name", "Zoë Vandenberghe"),
            ("role", "frontline"),
            ("unit", ""),
        ],
    )
    .await;
    assert_eq!(status, 200, "the account is created");
    let zoe = app
        .store
        .user_by_email("zoe.vandenberghe@zone.example")
        .await
        .unwrap()
        .unwrap();
    let entry = entries(&app, "user.create")
        .await
        .into_iter()
        .find(|e| e.object_id.as_deref() == Some(&zoe.id.to_string()))
        .expect("the creation is audited");

    let supervisor = app.signed_in("supervisor").await;
    let (status, page) = get_page(&app, &supervisor, "/staff/audit?action=user.create").await;
    assert_eq!(status, 200);
    let text = visible(table(&page));
    let row = rows(&page)
        .into_iter()
        .find(|r| r.contains("Zoë Vandenberghe"))
        .expect("the new account is named");
    let row_text = visible(row);
    assert!(
        row_text.contains("zoe.vandenberghe@zone.example"),
        "{row_text}"
    );
    assert!(row_text.contains("Account created"), "{row_text}");
    assert!(
        row_text.contains(&name_of(&app, "admin").await),
        "the administrator who created it is named: {row_text}"
    );
    assert!(row_text.contains("Administrator"), "and their role");
    assert!(
        !text.contains(&zoe.id.to_string()) && !text.contains(&id_of(&app, "admin").await),
        "no id is shown for a named account"
    );
    assert!(
        uuids_in(&text).is_empty(),
        "no id at all: {:?}",
        uuids_in(&text)
    );
    assert!(
        text.contains("Demo data"),
        "the demo's accounts name their maker"
    );
    // Brussels time, one or two hours ahead of UTC, to the second.
    let brussels = lumen_domain::time::to_local(entry.at)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    let utc = entry.at.format("%Y-%m-%d %H:%M:%S").to_string();
    assert!(row_text.contains(&brussels), "{brussels} in {row_text}");
    assert!(!row_text.contains(&utc), "not UTC");
    assert!(page.contains("Time (Brussels)"));

    // The account's name leads to every entry about it.
    let link = format!("/staff/audit?object_type=user&object_id={}", zoe.id);
    assert!(plain(row).contains(&format!("href=\"{link}\"")), "{row}");
    let (status, about) = get_page(&app, &supervisor, &link).await;
    assert_eq!(status, 200);
    assert!(about.contains("Entries about: Account · Zoë Vandenberghe."));
    assert_eq!(total(&about), 1);
    // And the administrator's name to every entry of theirs.
    let admin_id = id_of(&app, "admin").await;
    let (_, theirs) = get_page(&app, &supervisor, &format!("/staff/audit?actor={admin_id}")).await;
    let count = app
        .store
        .audit_page(
            &AuditFilter {
                actor: Some(admin_id.clone()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .unwrap()
        .total;
    assert_eq!(total(&theirs), count);
    assert!(
        rows(&theirs)
            .iter()
            .all(|r| r.contains(&format!("?actor={admin_id}")))
    );
}

async fn objects_of_every_kind_are_named_and_reports_by_reference_only(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    // The demo's partner submission, filed and answered (audited as the demo).
    lumen_app::demo::seed_partner_submission(&app.store, &crate::support::test_report_keys())
        .await
        .unwrap();
    let supervisor = app.signed_in("supervisor").await;
    for (action, label) in [
        ("unit.create", "Unit created"),
        ("user.create", "Account created"),
        ("training.course.create", "Course added"),
        ("training.session.create", "Session planned"),
        (
            "training.session.register",
            "Officer registered for a session",
        ),
        ("training.officer.create", "Officer added"),
        ("training.referent.designate", "Referent designated"),
        ("report.partner_file", "Report filed by a partner"),
        ("report.reply", "Reply sent to the reporter"),
    ] {
        let expected = entries(&app, action).await.len();
        assert!(expected > 0, "the demo has {action}");
        let (status, page) =
            get_page(&app, &supervisor, &format!("/staff/audit?action={action}")).await;
        assert_eq!(status, 200, "{action}");
        let rows = rows(&page);
        assert_eq!(rows.len(), expected.min(50), "{action}");
        let text = visible(table(&page));
        assert!(
            uuids_in(&text).is_empty(),
            "{action}: {:?}",
            uuids_in(&text)
        );
        assert!(rows.iter().all(|r| visible(r).contains(label)), "{action}");
    }
    let (_, page) = get_page(
        &app,
        &supervisor,
        "/staff/audit?action=training.course.create",
    )
    .await;
    let courses = app.store.list_courses().await.unwrap();
    assert!(
        page.contains(courses[0].title_in("en")),
        "courses by their title"
    );
    let (_, page) = get_page(&app, &supervisor, "/staff/audit?action=report.reply").await;
    let text = visible(table(&page));
    assert!(
        text.contains("Report: R-0001"),
        "a report by its reference: {text}"
    );
    for content in ["passport", "Tuesday", "Aerschot"] {
        assert!(!page.contains(content), "nothing of the report: {content}");
    }
}

async fn filters_are_chosen_from_lists_and_narrow_the_list(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let supervisor = app.signed_in("supervisor").await;
    let (status, page) = get_page(&app, &supervisor, "/staff/audit").await;
    assert_eq!(status, 200);
    assert!(page.contains("<select id=\"action\" name=\"action\">"));
    assert!(page.contains("<optgroup label=\"Accounts\">"));
    assert!(page.contains("<option value=\"user.create\">Account created</option>"));
    assert!(page.contains("<select id=\"actor\" name=\"actor\">"));
    let admin_id = id_of(&app, "admin").await;
    let admin_label = format!(
        "<option value=\"{admin_id}\">{} ({})</option>",
        name_of(&app, "admin").await,
        app.account("admin").email
    );
    assert!(page.contains(&admin_label), "accounts by name and e-mail");
    assert!(page.contains("<input id=\"from\" name=\"from\" type=\"date\""));
    assert!(page.contains("<input id=\"until\" name=\"until\" type=\"date\""));
    // On a phone the table stacks, each cell naming its column.
    assert!(page.contains("<table id=\"audit\" class=\"stack\">"));
    let cells = table(&page).matches("<td").count();
    assert!(cells > 0);
    assert_eq!(table(&page).matches("<td data-label=\"").count(), cells);
    let all = total(&page);

    let (_, page) = get_page(&app, &supervisor, "/staff/audit?action=user.create").await;
    assert_eq!(total(&page), 8, "the demo accounts");
    assert!(total(&page) < all);
    assert_eq!(rows(&page).len(), 8);
    assert!(page.contains("<option value=\"user.create\" selected>Account created</option>"));
    assert!(
        rows(&page)
            .iter()
            .all(|r| visible(r).contains("Account created"))
    );

    // The day filters are Brussels days; today holds everything, tomorrow nothing.
    let today = lumen_domain::time::local_day(chrono::Utc::now());
    let tomorrow = today.succ_opt().unwrap();
    let (status, page) = get_page(
        &app,
        &supervisor,
        &format!("/staff/audit?action=user.create&from={today}&until={today}"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(total(&page), 8);
    let (_, page) = get_page(&app, &supervisor, &format!("/staff/audit?from={tomorrow}")).await;
    assert_eq!(total(&page), 0);
    assert!(page.contains("0 entries."));

    // Paging keeps the filters.
    let demo = app
        .store
        .audit_page(
            &AuditFilter {
                actor: Some("demo".into()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .unwrap()
        .total;
    assert!(demo > 50, "the demo wrote more than a page: {demo}");
    let (_, first) = get_page(&app, &supervisor, "/staff/audit?actor=demo").await;
    assert_eq!(rows(&first).len(), 50);
    assert!(plain(&first).contains("href=\"/staff/audit?actor=demo&page=2\" rel=\"next\""));
    let (status, second) = get_page(&app, &supervisor, "/staff/audit?actor=demo&page=2").await;
    assert_eq!(status, 200);
    assert_eq!(rows(&second).len() as u64, (demo - 50).min(50));
    assert!(second.contains("href=\"/staff/audit?actor=demo\" rel=\"prev\""));
    assert!(second.contains("<span aria-current=\"page\">2</span>"));
    let first_seq: Vec<&str> = rows(&first).iter().map(|r| &r[..40]).collect();
    assert!(rows(&second).iter().all(|r| !first_seq.contains(&&r[..40])));
}

async fn an_invalid_filter_is_explained_in_its_field(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let supervisor = app.signed_in("supervisor").await;
    let listed = entries(&app, "audit.list").await.len();
    for (query, field, message) in [
        (
            "action=user.explode",
            "#action",
            "Choose an action from the list.",
        ),
        (
            "actor=robert%27%29%3B",
            "#actor",
            "Choose an actor from the list.",
        ),
        (
            "from=yesterday",
            "#from",
            "Enter a real date, for example 2027-03-14.",
        ),
        (
            "until=2027-02-30",
            "#until",
            "Enter a real date, for example 2027-03-14.",
        ),
        (
            "from=2027-03-10&until=2027-03-01",
            "#until",
            "The end date must be the same as or after the start date.",
        ),
    ] {
        let (status, page) = get_page(&app, &supervisor, &format!("/staff/audit?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(page.contains("There is a problem"), "{query}");
        assert!(
            page.contains(&format!("<a href=\"{field}\">{message}</a>")),
            "{query}: the summary links to the field"
        );
        assert!(
            page.contains("<p class=\"field-error\""),
            "{query}: and the field says it"
        );
        assert!(page.contains("aria-invalid=\"true\""), "{query}");
        assert!(
            !page.contains("<table id=\"audit\""),
            "{query}: nothing listed"
        );
    }
    for query in [
        "page=0",
        "page=two",
        "object_type=user",
        "object_type=nonsense&object_id=1",
    ] {
        let (status, page) = get_page(&app, &supervisor, &format!("/staff/audit?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(page.contains("id=\"form-error\""), "{query}");
    }
    // The typed value comes back.
    let (_, page) = get_page(&app, &supervisor, "/staff/audit?from=yesterday").await;
    assert!(page.contains("value=\"yesterday\""));
    assert_eq!(
        entries(&app, "audit.list").await.len(),
        listed,
        "a refused filter lists nothing, so it records no listing"
    );
}

lumen_store::on_both_databases!(
    the_log_names_accounts_and_shows_brussels_time,
    objects_of_every_kind_are_named_and_reports_by_reference_only,
    filters_are_chosen_from_lists_and_narrow_the_list,
    an_invalid_filter_is_explained_in_its_field,
);
