//! Persons, triage and search over HTTP, on SQLite and PostgreSQL: the person form refuses bad
//! input field by field, keeps what was typed and stores nothing; a case outside one's team
//! cannot be given a person (404); triage refuses a missing reason and a forged case; a
//! search outside the team tells only of a restricted match; a frontline officer's screening
//! sent to the section waits in triage.

use crate::support::{self, get_page, path_of, post_form, spawn_app};

lumen_store::on_both_databases!(
    the_person_form_refuses_bad_input_and_keeps_what_was_typed,
    triage_and_search_keep_to_compartments,
    a_screening_sent_to_the_section_waits_in_triage,
    references_events_and_who_viewed_a_case,
);

async fn open_case(app: &support::TestApp, client: &reqwest::Client, title: &str) -> String {
    let (status, location, _) = post_form(app, client, "/staff/cases", &[("title", title)]).await;
    assert_eq!(status, 303);
    path_of(&location).to_owned()
}

async fn the_person_form_refuses_bad_input_and_keeps_what_was_typed(
    db: lumen_store::testing::TestDb,
) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let anna = app.signed_in("investigator").await;
    let case = open_case(&app, &anna, "Nail bar").await;
    let (status, form) = get_page(&app, &anna, &format!("{case}/persons/new")).await;
    assert_eq!(status, 200);
    assert!(form.contains("name=\"phones\""));
    let (status, _, body) = post_form(
        &app,
        &anna,
        &format!("{case}/persons"),
        &[
            ("name", "Kept Name Velnor"),
            ("nationality", "XX"),
            ("languages", "ro, zz"),
            ("phones", "12ab"),
            ("ibans", "BE00 0000"),
            ("birth_date", "2999-01-01"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    for field in [
        "role",
        "nationality",
        "languages",
        "phones",
        "ibans",
        "birth_date",
    ] {
        assert!(
            body.contains(&format!("<a href=\"#{field}\">")),
            "the summary links to {field}"
        );
    }
    assert!(
        body.contains("value=\"Kept Name Velnor\""),
        "the name is kept"
    );
    assert!(
        body.contains(">12ab</textarea>"),
        "the phone as typed is kept"
    );
    assert!(body.contains("does not read as a phone number"));
    assert!(
        app.store.persons_after(None, 10).await.unwrap().is_empty(),
        "nothing is stored"
    );
    // A correct form adds the person, and the case page shows her.
    let (status, location, _) = post_form(
        &app,
        &anna,
        &format!("{case}/persons"),
        &[
            ("name", "Kept Name Velnor"),
            ("role", "victim"),
            ("nationality", "ro"),
            ("languages", "ro, fr"),
            ("phones", "0470 11 22 33"),
        ],
    )
    .await;
    assert_eq!(status, 303, "{location}");
    let (_, page) = get_page(&app, &anna, &location).await;
    assert!(page.contains("Kept Name Velnor") && page.contains("Person added."));
    let at = page.find("href=\"/staff/persons/").unwrap() + "href=\"".len();
    let person = &page[at..at + page[at..].find('"').unwrap()];
    let (status, shown) = get_page(&app, &anna, person).await;
    assert_eq!(status, 200);
    assert!(shown.contains("0470 11 22 33") && shown.contains(">RO<"));
    // Someone outside the team: no form, no person, no page of the person.
    let julie = app.signed_in("supervisor").await;
    let (status, _) = get_page(&app, &julie, person).await;
    assert_eq!(status, 200, "supervisors read every person");
    let bert = app.signed_in("investigator2").await;
    let (status, _) = get_page(&app, &bert, person).await;
    assert_eq!(status, 404);
    let (status, _, _) = post_form(
        &app,
        &bert,
        &format!("{case}/persons"),
        &[("name", "Intruder"), ("role", "witness")],
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(app.store.persons_after(None, 10).await.unwrap().len(), 1);
}

async fn triage_and_search_keep_to_compartments(db: lumen_store::testing::TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let anna = app.signed_in("investigator").await;
    let case = open_case(&app, &anna, "Car wash").await;
    let (status, _, _) = post_form(
        &app,
        &anna,
        &format!("{case}/persons"),
        &[
            ("name", "Suspect Marlo"),
            ("role", "suspect"),
            ("phones", "+32 471 98 76 54"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    // A public report with that phone.
    let public = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = public
        .post(app.url("/report"))
        .form(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("form_labour", "1"),
            ("phones", "0471/98.76.54"),
            ("text", "Des hommes dorment dans le car wash"),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "the report is filed");
    let (status, queue) = get_page(&app, &anna, "/staff/triage").await;
    assert_eq!(status, 200);
    assert!(queue.contains("Des hommes dorment"));
    assert!(
        queue.contains("TEH-"),
        "the case that shares the phone is named"
    );
    let at = queue.find("/staff/triage/report/").unwrap();
    let action = &queue[at..at + queue[at..].find('"').unwrap()];
    let item = action
        .trim_end_matches("/attach")
        .trim_end_matches("/close")
        .to_owned();
    // No reason, and a forged case: refused.
    let (status, _, body) = post_form(
        &app,
        &anna,
        &format!("{item}/close"),
        &[("reason", "made_up")],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("Choose the reason for closing it."));
    let (status, _, _) = post_form(
        &app,
        &anna,
        &format!("{item}/attach"),
        &[("case", &uuid::Uuid::new_v4().to_string())],
    )
    .await;
    assert_eq!(status, 404);
    // Search by the phone typed another way: the owner finds the case and the person.
    let (status, found) = get_page(&app, &anna, "/staff/search?q=%2B32471987654").await;
    assert_eq!(status, 200);
    assert!(found.contains("Suspect Marlo") && found.contains("TEH-"));
    // A colleague outside the team: a restricted match, no name, no reference.
    let bert = app.signed_in("investigator2").await;
    let (status, found) = get_page(&app, &bert, "/staff/search?q=0471+98+76+54").await;
    assert_eq!(status, 200);
    assert!(found.contains("A match in a restricted case"));
    assert!(!found.contains("Suspect Marlo"));
    assert!(!found.contains("TEH-"), "no reference outside the team");
    let (status, found) = get_page(&app, &bert, "/staff/search?q=Marlo").await;
    assert_eq!(status, 200);
    assert!(
        !found.contains("Suspect Marlo"),
        "a name search tells no name either"
    );
    assert!(found.contains("A match in a restricted case"));
    // The owner attaches the report.
    let (status, location, _) = post_form(
        &app,
        &anna,
        &format!("{item}/attach"),
        &[("case", case.trim_start_matches("/staff/cases/"))],
    )
    .await;
    assert_eq!(status, 303, "{location}");
    let (_, queue) = get_page(&app, &anna, "/staff/triage").await;
    assert!(!queue.contains("Des hommes dorment"), "out of the queue");
    let audit = app
        .store
        .audit_page(
            &lumen_store::AuditFilter {
                action: Some("search.run".into()),
                ..Default::default()
            },
            0,
            20,
        )
        .await
        .unwrap();
    assert_eq!(audit.total, 3, "every search is audited");
}

async fn a_screening_sent_to_the_section_waits_in_triage(db: lumen_store::testing::TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let tom = app.signed_in("frontline").await;
    let res =
        crate::screening::post_screening(&app, &tom, &[("set", "child-labour"), ("who", "child")])
            .await;
    assert_eq!(res.status(), 303, "the screening is filed");
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let screening = path_of(&location).to_owned();
    let (_, page) = get_page(&app, &tom, &screening).await;
    assert!(page.contains("id=\"screening-send\""));
    let (status, location, _) = post_form(&app, &tom, &format!("{screening}/send"), &[]).await;
    assert_eq!(status, 303);
    let (_, page) = get_page(&app, &tom, &location).await;
    assert!(page.contains("id=\"screening-sent\""));
    let anna = app.signed_in("investigator").await;
    let (_, queue) = get_page(&app, &anna, "/staff/triage").await;
    assert!(queue.contains(&screening), "the screening waits in triage");
    assert!(
        queue.contains("A child may be involved"),
        "a child set is a signal"
    );
    let (status, _) = get_page(&app, &anna, &screening).await;
    assert_eq!(status, 200, "the section reads a screening sent to it");
}

async fn references_events_and_who_viewed_a_case(db: lumen_store::testing::TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let anna = app.signed_in("investigator").await;
    let case = open_case(&app, &anna, "Windows").await;
    // References saved on version 1; a second save still on version 1 is stale: refused, the
    // page shows the references now in the case and the ones typed.
    let (status, _, _) = post_form(
        &app,
        &anna,
        &format!("{case}/references"),
        &[
            ("magistrate_ref", "BR.57.L1.4401/26"),
            ("pv_ref", "BR.12.L1.012345/2026"),
            ("version", "1"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (status, _, body) = post_form(
        &app,
        &anna,
        &format!("{case}/references"),
        &[
            ("magistrate_ref", "TYPED-LATE"),
            ("pv_ref", ""),
            ("version", "1"),
        ],
    )
    .await;
    assert_eq!(status, 409);
    assert!(
        body.contains("value=\"BR.57.L1.4401/26\""),
        "the form holds the case's value"
    );
    assert!(
        body.contains("TYPED-LATE"),
        "what was typed is shown, not lost"
    );
    // A historic event: the kind is required; then it is in the timeline, its place sealed.
    let (status, _, body) = post_form(
        &app,
        &anna,
        &format!("{case}/events"),
        &[
            ("kind", ""),
            ("day", "2026-03-01"),
            ("place", "Constanța, bus station"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body.contains("Constanța, bus station"),
        "the place typed is kept"
    );
    let (status, location, _) = post_form(
        &app,
        &anna,
        &format!("{case}/events"),
        &[
            ("kind", "recruitment"),
            ("day", "2026-03-01"),
            ("place", "MARKERPLACE Constanța"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get_page(&app, &anna, &location).await;
    assert!(page.contains("Recruitment on 2026-03-01") && page.contains("MARKERPLACE"));
    assert!(!support::stored_bytes(&app).await.contains("MARKERPLACE"));
    assert!(
        !page.contains("id=\"viewed\""),
        "only supervisors see who viewed"
    );
    // Someone outside the team tries; the supervisor sees both reads, the refused one marked.
    let bert = app.signed_in("investigator2").await;
    let (status, _) = get_page(&app, &bert, &case).await;
    assert_eq!(status, 403);
    let chef = app.signed_in("supervisor").await;
    let (_, page) = get_page(&app, &chef, &case).await;
    let viewed = &page[page.find("id=\"viewed\"").expect("who viewed this")..];
    assert!(
        viewed.contains("Julie Investigator · <strong>refused</strong>"),
        "{viewed}"
    );
    assert!(viewed.contains("Karim Investigator"));
}
