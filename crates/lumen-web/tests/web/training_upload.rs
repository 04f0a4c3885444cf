//! Importing officers from a CSV file chosen on the computer (a multipart form with its CSRF
//! token), on SQLite and PostgreSQL: the file is previewed like pasted text, a form without the
//! token is refused before anything runs, and a file that is not UTF-8 is named.

use crate::support;
use crate::support::spawn_app;
use lumen_domain::UnitKind;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_store::NewUnit;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(a_chosen_csv_file_is_previewed_like_pasted_text);

const BOUNDARY: &str = "lumen-test-boundary-7f3a";

/// A multipart body: text fields, then the file field `file` (if any).
fn body(fields: &[(&str, &str)], file: Option<&[u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, value) in fields {
        out.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some(bytes) = file {
        out.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"officers.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    out
}

async fn send(app: &support::TestApp, client: &reqwest::Client, body: Vec<u8>) -> (u16, String) {
    let res = client
        .post(app.url("/staff/training/officers/import"))
        .header("accept-language", "en")
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn a_chosen_csv_file_is_previewed_like_pasted_text(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let unit = lumen_domain::UnitId::new();
    let new = NewUnit {
        id: unit,
        code: "brigade-up".into(),
        name: "Brigade upload".into(),
        kind: UnitKind::Intervention,
    };
    let ev = AuditEvent::new(AuditAction::UnitCreate, Some(unit.to_string()));
    app.store.create_unit(new, ev).await.unwrap();
    let sup = app.signed_in("supervisor").await;
    let officers = app.store.list_officers().await.unwrap().len();
    let csrf = app.csrf(&sup, "/staff").await;
    let file = "\u{feff}name;unit;function;active\r\nZoë Vandamme;brigade-up;intervention;yes\r\n\
        Karim Lahlou;brigade-up;reception;no\r\n";

    let (status, page) = send(
        &app,
        &sup,
        body(&[("csrf", &csrf), ("csv", "")], Some(file.as_bytes())),
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("2 officers will be created"), "{page}");
    assert!(page.contains("Zoë Vandamme") && page.contains("Karim Lahlou"));
    assert_eq!(
        app.store.list_officers().await.unwrap().len(),
        officers,
        "a preview writes nothing"
    );

    let (status, _) = send(&app, &sup, body(&[("csv", "")], Some(file.as_bytes()))).await;
    assert_eq!(status, 403, "a file form without its token is refused");

    let latin1 = b"name;unit;function;active\r\nZo\xeb Vandamme;brigade-up;intervention;yes\r\n";
    let (status, page) = send(&app, &sup, body(&[("csrf", &csrf)], Some(latin1))).await;
    assert_eq!(status, 400);
    assert!(page.contains("not UTF-8 text"), "{page}");
    assert_eq!(app.store.list_officers().await.unwrap().len(), officers);
}
