//! Case management over HTTP, on SQLite and PostgreSQL: an investigator opens a case (a form
//! with a problem comes back with what was typed and stores nothing), reads it with a banner,
//! adds a colleague and moves it along its workflow; a stale save is refused and said so;
//! someone outside the team learns only the reference and owner; the title is sealed at rest.

use crate::support::{self, get_page, post_form, spawn_app};
use lumen_store::CaseActor;

lumen_store::on_both_databases!(
    an_investigator_opens_and_works_a_case,
    a_supervisor_decides_the_closing_of_a_case,
    a_case_outside_ones_team_shows_only_its_reference_and_owner,
);

const TITLE: &str = "MARKERTITLE Car wash chaussée de Haecht";

async fn user_id(app: &support::TestApp, role: &str) -> lumen_domain::UserId {
    let email = &app.account(role).email;
    app.store.user_by_email(email).await.unwrap().unwrap().id
}

async fn an_investigator_opens_and_works_a_case(db: lumen_store::testing::TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let anna = app.signed_in("investigator").await;
    let (status, form) = get_page(&app, &anna, "/staff/cases/new").await;
    assert_eq!(status, 200);
    assert!(
        form.contains("name=\"form_labour\""),
        "the forms of exploitation to tick"
    );

    // No title: the form comes back with the places and the ticked form kept, nothing stored.
    let (status, _, body) = post_form(
        &app,
        &anna,
        "/staff/cases",
        &[
            ("title", " "),
            ("form_labour", "1"),
            ("places", "Rue Gallait 80"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("<a href=\"#title\">Give the case a title.</a>"));
    assert!(
        body.contains("Rue Gallait 80")
            && body.contains("name=\"form_labour\" value=\"1\" checked")
    );
    let anna_actor = CaseActor {
        id: user_id(&app, "investigator").await,
        role: lumen_domain::Role::Investigator,
    };
    assert!(app.store.cases_for(anna_actor).await.unwrap().is_empty());

    let (status, location, _) = post_form(
        &app,
        &anna,
        "/staff/cases",
        &[
            ("title", TITLE),
            ("form_labour", "1"),
            ("places", "Rue Gallait 80"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert!(location.ends_with("?done=case-opened"), "{location}");
    let (status, page) = get_page(&app, &anna, &location).await;
    assert_eq!(status, 200);
    let year = lumen_domain::time::local_day(chrono::Utc::now())
        .format("%Y")
        .to_string();
    assert!(page.contains(&format!("id=\"case-reference\">TEH-{year}-0001<")));
    assert!(
        page.contains("Case opened. You lead it"),
        "a banner confirms it"
    );
    assert!(page.contains("id=\"case-forms\">Bad work or living conditions<"));
    assert!(
        !support::stored_bytes(&app).await.contains("MARKERTITLE"),
        "the title is sealed"
    );
    let (_, list) = get_page(&app, &anna, "/staff/cases").await;
    assert!(list.contains(&format!(">TEH-{year}-0001</a>")) && list.contains(TITLE));

    // The page offers the next statuses; closing asks for a supervisor.
    let moves = &page[page.find("id=\"status\"").unwrap()..];
    let moves = &moves[..moves.find("</select>").unwrap()];
    assert!(moves.contains("value=\"investigation\"") && !moves.contains("value=\"closed\""));
    assert!(page.contains("id=\"ask-approval\""), "closing is asked for");
    let path = support::path_of(&location).to_owned();
    let (status, location, _) = post_form(
        &app,
        &anna,
        &format!("{path}/status"),
        &[("status", "investigation"), ("version", "1")],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, format!("{path}?done=case-status-changed").as_str())
    );
    // The same save again, made on the first version: refused, and the page says why.
    let (status, _, body) = post_form(
        &app,
        &anna,
        &format!("{path}/status"),
        &[("status", "with_magistrate"), ("version", "1")],
    )
    .await;
    assert_eq!(status, 409);
    assert!(body.contains("Someone changed this case since you opened the page"));
    assert!(body.contains("id=\"case-status\">Under investigation<"));

    // The supervisor joins the team.
    let chef = user_id(&app, "supervisor").await.to_string();
    let (status, location, _) =
        post_form(&app, &anna, &format!("{path}/team"), &[("user", &chef)]).await;
    assert_eq!(
        (status, location.ends_with("done=case-member-added")),
        (303, true)
    );
    let (_, page) = get_page(&app, &anna, &location).await;
    assert!(page.contains("Sofie Supervisor · member"), "{page}");
    // A note for the team: an empty one comes back, a real one is in the journal, sealed.
    let (status, _, body) =
        post_form(&app, &anna, &format!("{path}/notes"), &[("note", "  ")]).await;
    assert_eq!(status, 400);
    assert!(body.contains("<a href=\"#note\">Write the note before adding it.</a>"));
    let (status, location, _) = post_form(
        &app,
        &anna,
        &format!("{path}/notes"),
        &[("note", "MARKERNOTE the manager keeps the passports")],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, format!("{path}?done=case-note-added#journal").as_str())
    );
    let (_, page) = get_page(&app, &anna, &location).await;
    assert!(page.contains("Note added to the journal."));
    let journal = &page[page.find("id=\"timeline\"").unwrap()..];
    let order: Vec<usize> = [
        "Wrote a note:",
        "Added Sofie Supervisor to the team.",
        "Moved the case to “Under investigation”.",
        "Opened the case.",
    ]
    .iter()
    .map(|t| {
        journal
            .find(t)
            .unwrap_or_else(|| panic!("{t} in the journal"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "newest first");
    assert!(journal.contains("MARKERNOTE the manager keeps the passports"));
    assert!(
        !support::stored_bytes(&app).await.contains("MARKERNOTE"),
        "the note is sealed"
    );
    // A task for the supervisor, due in three days: on her home page, then done.
    let due = (chrono::Utc::now() + chrono::Duration::days(3))
        .date_naive()
        .to_string();
    let (status, _, body) = post_form(
        &app,
        &anna,
        &format!("{path}/tasks"),
        &[
            ("title", "Hear the second worker"),
            ("assignee", &chef),
            ("due_on", "soon"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body.contains("Give the day the task is due.")
            && body.contains("value=\"Hear the second worker\"")
    );
    let (status, location, _) = post_form(
        &app,
        &anna,
        &format!("{path}/tasks"),
        &[
            ("title", "MARKERTASK hear the second worker"),
            ("assignee", &chef),
            ("due_on", &due),
        ],
    )
    .await;
    assert_eq!(
        (status, location.ends_with("done=case-task-added#tasks")),
        (303, true)
    );
    let sofie = app.signed_in("supervisor").await;
    let (_, home) = get_page(&app, &sofie, "/staff").await;
    let mine = &home[home
        .find("id=\"my-tasks\"")
        .expect("my tasks on the home page")..];
    assert!(mine.contains("MARKERTASK hear the second worker") && mine.contains(&due));
    assert!(
        !support::stored_bytes(&app).await.contains("MARKERTASK"),
        "the task is sealed"
    );
    let (_, page) = get_page(&app, &sofie, &path).await;
    let at = page.find("/done\"").unwrap();
    let from = page[..at].rfind("action=\"").unwrap() + "action=\"".len();
    let done = format!("{}/done", &page[from..at]);
    let (status, _, _) = post_form(&app, &sofie, &done, &[]).await;
    assert_eq!(status, 303);
    let (_, home) = get_page(&app, &sofie, "/staff").await;
    assert!(
        home.contains("id=\"no-tasks\""),
        "done, it leaves the home page"
    );
    let (_, page) = get_page(&app, &anna, &path).await;
    assert!(page.contains("Did the task “MARKERTASK hear the second worker”."));
    // A frontline officer cannot join, and the page says so.
    let olga = user_id(&app, "frontline").await.to_string();
    let (status, _, body) =
        post_form(&app, &anna, &format!("{path}/team"), &[("user", &olga)]).await;
    assert_eq!(status, 409);
    assert!(body.contains("Only investigators and supervisors"));
}

async fn a_case_outside_ones_team_shows_only_its_reference_and_owner(
    db: lumen_store::testing::TestDb,
) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let chef = app.signed_in("supervisor").await;
    let (status, location, _) = post_form(&app, &chef, "/staff/cases", &[("title", TITLE)]).await;
    assert_eq!(status, 303);
    let path = support::path_of(&location).to_owned();
    let anna = app.signed_in("investigator").await;
    let (status, page) = get_page(&app, &anna, &path).await;
    assert_eq!(status, 403);
    assert!(page.contains("id=\"case-restricted\"") && page.contains("is restricted to its team"));
    assert!(page.contains("id=\"case-owner\">"), "the owner is named");
    assert!(!page.contains("MARKERTITLE"), "nothing of the case itself");
    let (_, list) = get_page(&app, &anna, "/staff/cases").await;
    assert!(list.contains("id=\"cases-none\""));
    // Nor can she change it.
    let (status, _, _) = post_form(
        &app,
        &anna,
        &format!("{path}/status"),
        &[("status", "investigation"), ("version", "1")],
    )
    .await;
    assert_eq!(status, 404);
    // A frontline officer has no cases at all.
    let olga = app.signed_in("frontline").await;
    assert_eq!(get_page(&app, &olga, "/staff/cases").await.0, 403);
}

async fn a_supervisor_decides_the_closing_of_a_case(db: lumen_store::testing::TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let anna = app.signed_in("investigator").await;
    let (_, location, _) = post_form(&app, &anna, "/staff/cases", &[("title", TITLE)]).await;
    let path = support::path_of(&location).to_owned();
    let ask = format!("{path}/approvals");
    // No reason: the form comes back with the comment kept.
    let (status, _, body) = post_form(
        &app,
        &anna,
        &ask,
        &[
            ("to", "closed"),
            ("reason", ""),
            ("comment", "Nothing found"),
            ("version", "1"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body.contains("Choose the reason for closing.")
            && body.contains(">Nothing found</textarea>")
    );
    let (status, location, _) = post_form(
        &app,
        &anna,
        &ask,
        &[
            ("to", "closed"),
            ("reason", "no_thb_indication"),
            ("comment", "Nothing found at the car wash"),
            ("version", "1"),
        ],
    )
    .await;
    assert_eq!(
        (status, location.ends_with("done=case-approval-asked")),
        (303, true)
    );
    let (_, page) = get_page(&app, &anna, &location).await;
    assert!(page.contains("Waiting for a supervisor: Closed"));
    assert!(
        page.contains("id=\"case-pending-hint\""),
        "the investigator cannot decide"
    );
    assert!(!page.contains("id=\"approve\""));

    let chef = app.signed_in("supervisor").await;
    let (_, approvals) = get_page(&app, &chef, "/staff/approvals").await;
    let year = lumen_domain::time::local_day(chrono::Utc::now())
        .format("%Y")
        .to_string();
    assert!(
        approvals.contains(&format!(
            "href=\"{path}\" class=\"reference\">TEH-{year}-0001<"
        )),
        "the supervisor finds the request among the approvals"
    );
    let (_, page) = get_page(&app, &chef, &path).await;
    assert!(page.contains("id=\"approve\"") && page.contains("Nothing found at the car wash"));
    let at = page.find(&format!("action=\"{path}/approvals/")).unwrap() + "action=\"".len();
    let decide = page[at..at + page[at..].find('"').unwrap()].to_owned();
    // A refusal needs a comment.
    let (status, _, body) = post_form(
        &app,
        &chef,
        &decide,
        &[("decision", "refuse"), ("comment", "")],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("a refusal says why"));
    let (status, location, _) = post_form(
        &app,
        &chef,
        &decide,
        &[("decision", "approve"), ("comment", "")],
    )
    .await;
    assert_eq!(
        (status, location.ends_with("done=case-approval-approved")),
        (303, true)
    );
    let (_, approvals) = get_page(&app, &chef, "/staff/approvals").await;
    assert!(
        !approvals.contains("id=\"case-approvals\""),
        "decided, it is no longer waiting"
    );
    let (_, page) = get_page(&app, &anna, &path).await;
    assert!(page.contains("id=\"case-status\">Closed<"));
    assert!(
        page.contains("id=\"case-closing-reason\">No indication of trafficking in human beings<")
    );
    let journal = &page[page.find("id=\"timeline\"").unwrap()..];
    for line in [
        "Moved the case to “Closed”.",
        "Approved the move to “Closed”.",
        "Asked a supervisor to move the case to “Closed”:",
        "Opened the case.",
    ] {
        assert!(journal.contains(line), "{line}");
    }
}
