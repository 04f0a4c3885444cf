//! The THB section's day with a case, in Chromium, on SQLite and PostgreSQL: a public report
//! naming a phone arrives; the investigator sees in triage that the number is in an older case
//! of her team, opens a new case from the report, adds a presumed victim (her name encrypted)
//! with that phone, a task due in three days that shows on her home page, and a note; a
//! colleague outside the team who searches the phone learns only of "a match in a restricted
//! case" and asks for access; the supervisor grants it, then approves closing the case; the
//! closed case's history shows all of it.

use crate::browser::{Viewport, click, present, sign_in_as, text_of, wait_for, with_browser};
use crate::support::{spawn_app, stored_bytes, test_report_keys};
use fantoccini::Client;
use fantoccini::cookies::Cookie;
use lumen_app::identifiers::{blind_index, normalise};
use lumen_domain::cases::persons::{IdentifierType, Identity, PersonRole};
use lumen_store::testing::TestDb;
use lumen_store::{CaseActor, NewCase, NewCasePerson, NewIdentifier};

lumen_store::on_both_databases!(a_report_becomes_a_case_that_is_worked_and_closed_with_four_eyes);

const PHONE: &str = "0470 55 66 77";
const VICTIM: &str = "Ionela Zarvescu";
const STORY: &str = "Une jeune femme est amenée chaque soir rue d'Aerschot Velmora";

async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script runs")
}

async fn type_into(c: &Client, css: &str, text: &str) {
    wait_for(c, css)
        .await
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("typing into {css}: {e}"));
}

async fn choose(c: &Client, css: &str, value: &str) {
    wait_for(c, css)
        .await
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choosing {value} in {css}: {e}"));
}

async fn path(c: &Client) -> String {
    c.current_url().await.unwrap().path().to_owned()
}

/// Signs `who` in and keeps their cookies, then leaves the browser signed out.
async fn cookies_of(
    c: &Client,
    base: &str,
    who: &lumen_app::demo::DemoAccount,
) -> Vec<Cookie<'static>> {
    sign_in_as(c, base, who).await;
    let jar = c.get_all_cookies().await.unwrap();
    c.delete_all_cookies().await.unwrap();
    jar
}

/// Becomes the account whose cookies these are.
async fn act_as(c: &Client, base: &str, jar: &[Cookie<'static>]) {
    c.goto(&format!("{base}/staff/sign-in")).await.unwrap();
    c.delete_all_cookies().await.unwrap();
    for cookie in jar {
        c.add_cookie(cookie.clone()).await.unwrap();
    }
}

async fn a_report_becomes_a_case_that_is_worked_and_closed_with_four_eyes(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let karim = app.account("investigator").clone();
    let julie = app.account("investigator2").clone();
    let sofie = app.account("supervisor").clone();
    // The older case of her team, where the phone is a suspect's.
    let users = app.store.list_users().await.unwrap();
    let karim_id = users.iter().find(|u| u.email == karim.email).unwrap().id;
    let me = CaseActor {
        id: karim_id,
        role: lumen_domain::Role::Investigator,
    };
    let older = app
        .store
        .open_case(
            NewCase {
                prefix: "TEH".into(),
                title: "Windows near Gare du Nord".into(),
                forms: vec!["sexual".into()],
                places: None,
                owner: karim_id,
            },
            me,
        )
        .await
        .unwrap();
    let keys = test_report_keys();
    let normalised = normalise(IdentifierType::Phone, PHONE).unwrap();
    app.store
        .add_case_person(
            older.id,
            NewCasePerson {
                identity: Identity {
                    name: "Older suspect".into(),
                    ..Identity::default()
                },
                identifiers: vec![NewIdentifier {
                    kind: IdentifierType::Phone,
                    value: "+32470556677".into(),
                    blind_index: blind_index(
                        keys.identifier_key(),
                        IdentifierType::Phone,
                        &normalised,
                    ),
                }],
                role: PersonRole::Suspect,
                perpetrator_role: None,
                from_day: None,
                to_day: None,
            },
            me,
        )
        .await
        .unwrap();
    let older_reference = older.reference.to_string();
    let base = app.base.clone();
    let due =
        (lumen_domain::time::local_day(chrono::Utc::now()) + chrono::Days::new(3)).to_string();
    let (case_tx, case_rx) = tokio::sync::oneshot::channel::<String>();
    with_browser(Viewport::Desktop, move |c| async move {
        // A public report with the phone number.
        c.goto(&format!("{base}/report?lang=fr")).await.unwrap();
        click(&c, "input[name=filed_by][value=witness]").await;
        type_into(&c, "#phones", PHONE).await;
        type_into(&c, "#text", STORY).await;
        click(&c, "#report-submit").await;
        wait_for(&c, "#receipt").await;

        let k = cookies_of(&c, &base, &karim).await;
        let j = cookies_of(&c, &base, &julie).await;
        let s = cookies_of(&c, &base, &sofie).await;

        // Triage: the report, with the older case of her team that shares the phone.
        act_as(&c, &base, &k).await;
        c.goto(&format!("{base}/staff/triage")).await.unwrap();
        let item = wait_for(&c, ".triage-item").await;
        let item_text = item.text().await.unwrap();
        assert!(
            item_text.contains("Velmora"),
            "the report's words: {item_text}"
        );
        let matches = text_of(&c, ".matches").await;
        assert!(
            matches.contains(&older_reference),
            "the older case is named: {matches}"
        );
        click(&c, "a[id^=open-]").await;
        wait_for(&c, "#case-from").await;
        type_into(&c, "#title", "Aerschot, jeune femme amenée le soir").await;
        click(&c, "#case-open").await;
        wait_for(&c, "#case-reference").await;
        let reference = text_of(&c, "#case-reference").await;
        let case_path = path(&c).await;
        assert!(
            text_of(&c, "#case-reports").await.contains("R-"),
            "the report is attached"
        );

        // A presumed victim with the phone.
        click(&c, "#person-new").await;
        click(&c, "#role-victim").await;
        type_into(&c, "#name", VICTIM).await;
        type_into(&c, "#nationality", "ro").await;
        type_into(&c, "#phones", PHONE).await;
        click(&c, "#person-add").await;
        wait_for(&c, "#person-list").await;
        assert!(text_of(&c, "#person-list").await.contains(VICTIM));

        // A task due in three days, and a note.
        type_into(&c, "#task-title", "Entendre la victime avec interprète").await;
        js(
            &c,
            &format!("document.getElementById('task-due').value = '{due}'; return 1;"),
        )
        .await;
        click(&c, "#task-add").await;
        wait_for(&c, "#task-list").await;
        type_into(&c, "#note", "Contact pris avec PAG-ASA pour l'accueil.").await;
        click(&c, "#note-add").await;
        wait_for(&c, "#timeline").await;
        c.goto(&format!("{base}/staff")).await.unwrap();
        wait_for(&c, "#home-title").await;
        let home = text_of(&c, "main").await;
        assert!(
            home.contains("Entendre la victime"),
            "the task is on her home page"
        );

        // A colleague outside the team searches the phone.
        act_as(&c, &base, &j).await;
        c.goto(&format!("{base}/staff/search")).await.unwrap();
        type_into(&c, "#q", "+32 470 55 66 77").await;
        click(&c, "#search-submit").await;
        wait_for(&c, "#search-cases").await;
        let found = text_of(&c, "#search-cases").await;
        assert!(
            !found.contains(&reference),
            "no reference outside the team: {found}"
        );
        assert!(
            !present(&c, "#search-persons").await,
            "no name outside the team"
        );
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('#search-cases .restricted-match').length;"
            )
            .await,
            2,
            "two restricted matches: the new case and the older one"
        );
        c.goto(&format!("{base}{case_path}")).await.unwrap();
        type_into(
            &c,
            "#access-reason",
            "Le même numéro apparaît dans mon enquête.",
        )
        .await;
        click(&c, "#access-ask").await;
        wait_for(&c, "#access-waiting").await;

        // The supervisor grants it.
        act_as(&c, &base, &s).await;
        c.goto(&format!("{base}{case_path}")).await.unwrap();
        click(&c, "#access-approve").await;
        wait_for(&c, "#case-reference").await;
        assert!(text_of(&c, "#team").await.contains("Julie"));

        // The investigator asks to close the case; the supervisor approves.
        act_as(&c, &base, &k).await;
        c.goto(&format!("{base}{case_path}")).await.unwrap();
        choose(&c, "#reason", "forwarded_federal_police").await;
        type_into(&c, "#comment", "Transmis à la PJF, réseau international.").await;
        click(&c, "#ask-submit").await;
        wait_for(&c, "#case-pending").await;
        act_as(&c, &base, &s).await;
        c.goto(&format!("{base}{case_path}")).await.unwrap();
        click(&c, "#approve").await;
        wait_for(&c, "#case-closing-reason").await;
        let timeline = text_of(&c, "#timeline").await;
        let kinds = js(
            &c,
            "return Array.from(document.querySelectorAll('#timeline li')).map(l => l.className);",
        )
        .await;
        let kinds: Vec<String> = serde_json::from_value(kinds).unwrap();
        for kind in [
            "journal-opened",
            "journal-attached",
            "journal-person_added",
            "journal-task_added",
            "journal-note",
            "journal-access_asked",
            "journal-access_granted",
            "journal-approval_asked",
            "journal-approved",
            "journal-status",
        ] {
            assert!(
                kinds.iter().any(|k| k == kind),
                "{kind} in the history: {timeline}"
            );
        }
        assert!(timeline.contains(VICTIM), "the person's line names her");
        case_tx.send(reference).unwrap();
    })
    .await;
    let Ok(_) = case_rx.await else {
        return;
    };
    let bytes = stored_bytes(&app).await;
    assert!(
        !bytes.contains(VICTIM),
        "the victim's name is not in the database"
    );
    assert!(!bytes.contains("Zarvescu"));
    assert!(!bytes.contains("0470 55 66 77"), "nor the phone as typed");
}
