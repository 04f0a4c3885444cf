//! The main staff pages in a real browser (headless Chromium on a 390 px phone): for each role,
//! axe-core finds no accessibility violation on its pages and none of them scrolls sideways,
//! tables included (they become one card a row). The pages: sign-in, home, the inbox and a
//! report, the cases (list, opening form, a case), the screening's steps, review and result, the training registry, the approvals, the
//! audit log and the administration. Runs on SQLite and on PostgreSQL.

use crate::browser::{
    Viewport, axe_violations, click, present, sideways_at, sign_in_as, wait_for, with_browser,
};
use crate::support::{TestApp, spawn_app};
use fantoccini::Client;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(staff_pages_pass_axe_and_fit_a_phone);

/// Opens `path`, waits for the page, and adds what axe-core and the width check find.
async fn check(c: &Client, base: &str, path: &str, problems: &mut Vec<String>) {
    c.goto(&format!("{base}{path}"))
        .await
        .unwrap_or_else(|e| panic!("{path} opens: {e}"));
    wait_for(c, "main").await;
    check_shown(c, path, problems).await;
}

/// Adds what axe-core and the width check find on the page shown.
async fn check_shown(c: &Client, what: &str, problems: &mut Vec<String>) {
    for v in axe_violations(c).await {
        problems.push(format!("{what}: {v}"));
    }
    if let Some(m) = sideways_at(c, 390).await {
        problems.push(format!("{what} scrolls sideways: {m}"));
    }
}

/// Files a public report over HTTP, so that the inbox has one to open.
async fn file_report(app: &TestApp) {
    let res = app
        .client()
        .post(app.url("/report"))
        .form(&[
            ("lang", "fr"),
            ("filed_by", "witness"),
            ("form_labour", "1"),
            ("minor", "unknown"),
            (
                "text",
                "Des ouvriers dorment dans l'atelier, rue de Brabant.",
            ),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

/// Runs `pages` for `role` in a fresh browser and returns what was found.
async fn as_role(app: &TestApp, role: &str, pages: &[&str]) -> Vec<String> {
    let (base, who) = (app.base.clone(), app.account(role).clone());
    let pages: Vec<String> = pages.iter().map(|p| (*p).to_owned()).collect();
    let role = role.to_owned();
    let mut found = Vec::new();
    let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = out.clone();
    with_browser(Viewport::Phone, |c| async move {
        let mut problems = Vec::new();
        sign_in_as(&c, &base, &who).await;
        for p in &pages {
            check(&c, &base, p, &mut problems).await;
        }
        if role == "investigator" {
            check(&c, &base, "/staff/reports", &mut problems).await;
            click(&c, "#reports a.reference").await;
            wait_for(&c, "#report-reference").await;
            check_shown(&c, "a report", &mut problems).await;
            check(&c, &base, "/staff/cases/new", &mut problems).await;
            wait_for(&c, "#title")
                .await
                .send_keys("Salon de manucure, chaussée d'Anvers")
                .await
                .expect("title typed");
            click(&c, r#"input[name="form_labour"]"#).await;
            click(&c, "#case-open").await;
            wait_for(&c, "#case-reference").await;
            check_shown(&c, "a case", &mut problems).await;
            wait_for(&c, "#note")
                .await
                .send_keys("La gérante garde les passeports.")
                .await
                .expect("note typed");
            click(&c, "#note-add").await;
            wait_for(&c, "#timeline li.journal-note").await;
            wait_for(&c, "#task-title")
                .await
                .send_keys("Entendre la deuxième travailleuse")
                .await
                .expect("task typed");
            c.execute(
                "document.getElementById('task-due').value = '2099-01-15'; return true;",
                vec![],
            )
            .await
            .expect("due day set");
            click(&c, "#task-add").await;
            wait_for(&c, "#task-list").await;
            c.execute(
                "document.getElementById('reason').value = 'no_thb_indication'; return true;",
                vec![],
            )
            .await
            .expect("reason chosen");
            wait_for(&c, "#comment")
                .await
                .send_keys("Rien trouvé sur place.")
                .await
                .expect("comment typed");
            click(&c, "#ask-submit").await;
            wait_for(&c, "#case-pending").await;
            check_shown(
                &c,
                "a case waiting for approval, with its journal",
                &mut problems,
            )
            .await;
            // A person: the form with its errors, then the case with the person, her page.
            click(&c, "#person-new").await;
            wait_for(&c, "#name")
                .await
                .send_keys("Mai Lan")
                .await
                .expect("name typed");
            wait_for(&c, "#phones")
                .await
                .send_keys("12ab")
                .await
                .expect("phone typed");
            click(&c, "#person-add").await;
            wait_for(&c, "#error-summary").await;
            check_shown(&c, "the person form with its errors", &mut problems).await;
            click(&c, "#role-victim").await;
            let phone = wait_for(&c, "#phones").await;
            phone.clear().await.expect("phone cleared");
            phone.send_keys("0470 12 34 99").await.expect("phone typed");
            click(&c, "#person-add").await;
            wait_for(&c, "#person-list").await;
            check_shown(&c, "a case with a person", &mut problems).await;
            click(&c, "#person-list a").await;
            wait_for(&c, "#person-identifiers").await;
            check_shown(&c, "a person", &mut problems).await;
            check(&c, &base, "/staff/triage", &mut problems).await;
            check(&c, &base, "/staff/search?q=0470123499", &mut problems).await;
            assert!(present(&c, "#search-persons").await, "the person is found");
            check(&c, &base, "/staff/cases", &mut problems).await;
            // The home page, now with a task.
            check(&c, &base, "/staff", &mut problems).await;
            assert!(
                present(&c, "#home-tasks").await,
                "the task is on the home page"
            );
        }
        if role == "frontline" {
            screening(&c, &base, &mut problems).await;
        }
        sink.lock().unwrap().extend(problems);
    })
    .await;
    found.extend(out.lock().unwrap().drain(..));
    found
}

/// A screening from the choice of the set to the result, each page checked.
async fn screening(c: &Client, base: &str, problems: &mut Vec<String>) {
    check(c, base, "/staff/screenings/new", problems).await;
    click(c, r#"input[name="who"][value="adult"]"#).await;
    click(c, r#"input[name="situation"][value="labour"]"#).await;
    click(c, "#choose-next").await;
    wait_for(c, "#screening-next").await;
    check_shown(c, "screening step 1", problems).await;
    let mut step = 1;
    while !present(c, "#review-title").await {
        assert!(step < 20, "the review comes after the steps");
        if step > 1 {
            check_shown(c, &format!("screening step {step}"), problems).await;
        }
        click(c, "#screening-next").await;
        step += 1;
        wait_for(
            c,
            &format!(r#"form[action$="/step/{step}"], #review-title"#),
        )
        .await;
    }
    check_shown(c, "screening review", problems).await;
    click(c, "#screening-submit").await;
    wait_for(c, "#result-title").await;
    check_shown(c, "screening result", problems).await;
}

async fn staff_pages_pass_axe_and_fit_a_phone(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    file_report(&app).await;
    let mut problems = Vec::new();
    // Before signing in.
    {
        let base = app.base.clone();
        let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = out.clone();
        with_browser(Viewport::Phone, |c| async move {
            let mut p = Vec::new();
            check(&c, &base, "/staff/sign-in", &mut p).await;
            sink.lock().unwrap().extend(p);
        })
        .await;
        problems.extend(out.lock().unwrap().drain(..));
    }
    problems.extend(as_role(&app, "investigator", &["/staff/account"]).await);
    problems.extend(as_role(&app, "frontline", &["/staff", "/staff/screenings"]).await);
    problems.extend(
        as_role(
            &app,
            "supervisor",
            &[
                "/staff",
                "/staff/training",
                "/staff/training/sessions",
                "/staff/training/officers",
                "/staff/training/courses",
                "/staff/training/referents",
                "/staff/training/mine",
                "/staff/approvals",
                "/staff/audit",
            ],
        )
        .await,
    );
    problems.extend(
        as_role(
            &app,
            "admin",
            &[
                "/staff",
                "/staff/admin/users",
                "/staff/admin/units",
                "/staff/admin/catalogue",
            ],
        )
        .await,
    );
    problems.extend(
        as_role(
            &app,
            "partner",
            &["/staff/partner", "/staff/partner/submissions/new"],
        )
        .await,
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
