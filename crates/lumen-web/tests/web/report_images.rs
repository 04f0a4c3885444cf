//! Images on the public report and in the reporter's messages, over HTTP on SQLite and
//! PostgreSQL: sent as multipart, stripped of EXIF/GPS, sealed in the same transaction as the
//! report, shown decrypted to the THB section only (audited, not cached), counted for the
//! reporter; bad images and broken bodies bring the form back with every text typed and store
//! nothing.

use crate::support;
use crate::support::spawn_app;
use lumen_app::reports::images::samples::{
    SECRET_MARKER, contains, jpeg, jpeg_with_exif_gps, png, png_claiming,
};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(
    images_are_stored_clean_and_shown_to_the_section_only,
    the_reporter_adds_images_later_and_sees_how_many_were_sent,
    bad_images_bring_the_form_back_with_the_text_and_store_nothing,
    a_broken_body_or_invalid_text_brings_the_form_back_and_stores_nothing,
);

const PLACE: &str = "Boulevard Quillbrook 12";
const STORY: &str = "Trois personnes dorment dans la camionnette grise";
const BOUNDARY: &str = "----lumen-test-boundary-7MA4YWxkTrZu0gW";

/// One part of a multipart body.
enum Part<'a> {
    Text(&'a str, &'a [u8]),
    File(&'a str, &'a str, &'a [u8]),
}

fn multipart(parts: &[Part<'_>]) -> Vec<u8> {
    let mut body = Vec::new();
    for part in parts {
        body.extend(format!("--{BOUNDARY}\r\n").as_bytes());
        match part {
            Part::Text(name, value) => {
                body.extend(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
                );
                body.extend(*value);
            }
            Part::File(file_name, claimed, bytes) => {
                body.extend(
                    format!(
                        "Content-Disposition: form-data; name=\"images\"; filename=\"{file_name}\"\r\nContent-Type: {claimed}\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend(*bytes);
            }
        }
        body.extend(b"\r\n");
    }
    body.extend(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn report_fields() -> Vec<Part<'static>> {
    vec![
        Part::Text("lang", b"en"),
        Part::Text("filed_by", b"witness"),
        Part::Text("form_labour", b"1"),
        Part::Text("place", PLACE.as_bytes()),
        Part::Text("minor", b"unknown"),
        Part::Text("text", STORY.as_bytes()),
        Part::Text("contact", b"none"),
    ]
}

async fn post_multipart(app: &support::TestApp, path: &str, body: Vec<u8>) -> (u16, String) {
    let res = reqwest::Client::new()
        .post(app.url(path))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    assert!(res.headers().get("set-cookie").is_none());
    (status, res.text().await.unwrap())
}

fn receipt_of(html: &str) -> String {
    let at = html.find("id=\"receipt\">").expect("receipt shown") + "id=\"receipt\">".len();
    html[at..at + html[at..].find('<').unwrap()].to_owned()
}

async fn report_ids(app: &support::TestApp) -> Vec<uuid::Uuid> {
    let ev = AuditEvent::new(AuditAction::ReportList, None);
    let (reports, _) = app.store.list_reports(0, 50, ev).await.unwrap();
    reports.into_iter().map(|r| r.id).collect()
}

async fn images_are_stored_clean_and_shown_to_the_section_only(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let gps = jpeg_with_exif_gps(40, 20);
    let flat = png(12, 8);
    let mut parts = report_fields();
    parts.push(Part::File("holiday.jpg", "image/jpeg", &gps));
    // The claimed type and the name are ignored: this is a PNG.
    parts.push(Part::File("scan.pdf", "application/pdf", &flat));
    let (status, html) = post_multipart(&app, "/report", multipart(&parts)).await;
    assert_eq!(status, 200, "{html}");
    receipt_of(&html);
    let ids = report_ids(&app).await;
    assert_eq!(ids.len(), 1);
    let images = app.store.report_images(ids[0]).await.unwrap();
    let types: Vec<&str> = images.iter().map(|i| i.content_type.as_str()).collect();
    assert_eq!(types, ["image/jpeg", "image/png"]);

    let investigator = app.signed_in("investigator").await;
    let page = investigator
        .get(app.url(&format!("/staff/reports/{}", ids[0])))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let src = format!("/staff/reports/{}/images/{}", ids[0], images[0].id);
    assert!(page.contains(&format!("src=\"{src}\"")), "{page}");
    let audit_before = app.store.audit_count().await.unwrap();
    let res = investigator.get(app.url(&src)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let served = res.bytes().await.unwrap();
    assert_eq!(app.store.audit_count().await.unwrap(), audit_before + 1);
    assert!(!contains(&served, b"Exif"), "no EXIF block left");
    assert!(
        !contains(&served, SECRET_MARKER),
        "no GPS data or comment left"
    );
    let decoded = image::load_from_memory(&served).unwrap();
    assert_eq!(
        (decoded.width(), decoded.height()),
        (20, 40),
        "turned upright"
    );

    // Another image id, or an image asked under another report, is not found.
    let wrong = format!(
        "/staff/reports/{}/images/{}",
        uuid::Uuid::new_v4(),
        images[0].id
    );
    assert_eq!(
        investigator
            .get(app.url(&wrong))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    // Roles without TriageReports never get the image.
    let frontline = app.signed_in("frontline").await;
    assert_eq!(
        frontline.get(app.url(&src)).send().await.unwrap().status(),
        403
    );
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    assert_ne!(
        anonymous.get(app.url(&src)).send().await.unwrap().status(),
        200
    );
}

async fn the_reporter_adds_images_later_and_sees_how_many_were_sent(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let picture = jpeg(16, 16);
    let mut parts = report_fields();
    parts.push(Part::File("a.jpg", "image/jpeg", &picture));
    let (status, html) = post_multipart(&app, "/report", multipart(&parts)).await;
    assert_eq!(status, 200);
    let receipt = receipt_of(&html);
    let later = png(9, 9);
    let more = multipart(&[
        Part::Text("lang", b"en"),
        Part::Text("receipt", receipt.as_bytes()),
        Part::Text("message", b"Two more pictures of the van"),
        Part::File("b.png", "image/png", &later),
        Part::File("c.png", "image/png", &later),
    ]);
    let (status, thread) = post_multipart(&app, "/follow-up/message", more).await;
    assert_eq!(status, 200, "{thread}");
    assert!(thread.contains("You have sent 3 pictures."), "{thread}");
    assert!(thread.contains("Two more pictures of the van"));
    assert!(!thread.contains("<img"), "the reporter gets no image back");
    let ids = report_ids(&app).await;
    let images = app.store.report_images(ids[0]).await.unwrap();
    assert_eq!(images.len(), 3);
    assert!(images[0].message_id.is_none());
    assert!(images[1].message_id.is_some() && images[1].message_id == images[2].message_id);

    // A sixth file with a message: the message comes back, nothing is added.
    let six: Vec<Part<'_>> = std::iter::once(Part::Text("receipt", receipt.as_bytes()))
        .chain(std::iter::once(Part::Text("message", b"Six of them")))
        .chain((0..6).map(|_| Part::File("x.png", "image/png", &later)))
        .collect();
    let (status, thread) = post_multipart(&app, "/follow-up/message", multipart(&six)).await;
    assert_eq!(status, 400);
    assert!(thread.contains(">Six of them</textarea>"), "{thread}");
    assert!(thread.contains("id=\"images-again\""));
    assert_eq!(app.store.report_images(ids[0]).await.unwrap().len(), 3);
    assert_eq!(app.store.report_messages(ids[0]).await.unwrap().len(), 1);
}

/// Posts a report with these extra parts and checks it comes back (400) with every text typed,
/// the given message, the "choose again" note, and nothing stored.
async fn refused(app: &support::TestApp, extra: Vec<Part<'_>>, message: &str) {
    let mut parts = report_fields();
    parts.extend(extra);
    let (status, html) = post_multipart(app, "/report", multipart(&parts)).await;
    assert_eq!(status, 400, "{message}: {html}");
    assert!(html.contains(message), "{message}: {html}");
    assert!(html.contains(&format!("value=\"{PLACE}\"")), "place kept");
    assert!(html.contains(&format!(">{STORY}</textarea>")), "text kept");
    assert!(html.contains("name=\"form_labour\" value=\"1\" checked"));
    assert!(
        html.contains("id=\"images-again\""),
        "{message}: choose again"
    );
    assert!(
        report_ids(app).await.is_empty(),
        "{message}: nothing stored"
    );
}

async fn bad_images_bring_the_form_back_with_the_text_and_store_nothing(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let good = png(4, 4);
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
    let not_jpeg = "A file is not a JPEG, PNG or WebP picture";
    refused(
        &app,
        vec![Part::File("anim.gif", "image/gif", gif)],
        not_jpeg,
    )
    .await;
    refused(
        &app,
        vec![Part::File("photo.jpg", "image/jpeg", pdf)],
        not_jpeg,
    )
    .await;
    // A good image does not save a submission with a bad one.
    refused(
        &app,
        vec![
            Part::File("a.png", "image/png", &good),
            Part::File("photo.jpg", "image/jpeg", pdf),
        ],
        not_jpeg,
    )
    .await;
    let six: Vec<Part<'_>> = (0..6)
        .map(|_| Part::File("a.png", "image/png", &good))
        .collect();
    refused(&app, six, "at most 5 pictures").await;
    let mut big = jpeg(8, 8);
    big.resize(10 * 1024 * 1024 + 1, 0);
    refused(
        &app,
        vec![Part::File("big.jpg", "image/jpeg", &big)],
        "larger than 10 MB",
    )
    .await;
    let bomb = png_claiming(10_000, 10_000);
    refused(
        &app,
        vec![Part::File("bomb.png", "image/png", &bomb)],
        "far too big",
    )
    .await;
    // Each under the limit of one picture, together over the limit of a submission: refused
    // from their headers, before any pixel is decoded.
    let large = png_claiming(6_000, 7_000);
    let three: Vec<Part<'_>> = (0..3)
        .map(|_| Part::File("large.png", "image/png", &large))
        .collect();
    refused(&app, three, "Together the pictures are far too big").await;
}

async fn a_broken_body_or_invalid_text_brings_the_form_back_and_stores_nothing(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let picture = jpeg(8, 8);
    // Truncated in the middle of the image: the text before it is kept.
    let mut parts = report_fields();
    parts.push(Part::File("a.jpg", "image/jpeg", &picture));
    let mut body = multipart(&parts);
    body.truncate(body.len() - 200);
    let (status, html) = post_multipart(&app, "/report", body).await;
    assert_eq!(status, 400, "{html}");
    assert!(
        html.contains("id=\"form-error\">Your form did not arrive whole"),
        "{html}"
    );
    assert!(html.contains(&format!(">{STORY}</textarea>")));
    assert!(html.contains("id=\"images-again\""));

    // A boundary that never appears.
    let res = reqwest::Client::new()
        .post(app.url("/report"))
        .header("content-type", "multipart/form-data; boundary=nothing-here")
        .body(multipart(&report_fields()))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let html = res.text().await.unwrap();
    // The language field was lost with the rest: the page is in French, the default.
    assert!(
        html.contains("id=\"form-error\">Votre formulaire n&#39;est pas arrivé en entier"),
        "{html}"
    );

    // Invalid UTF-8 in the people field: the other fields are kept as typed, the broken one
    // lossily, and the field is named.
    let mut parts = report_fields();
    parts.push(Part::Text("people", b"Un homme \xff\xfe grand"));
    let (status, html) = post_multipart(&app, "/report", multipart(&parts)).await;
    assert_eq!(status, 400, "{html}");
    assert!(
        html.contains("could not be read and were replaced"),
        "{html}"
    );
    assert!(
        html.contains("Un homme \u{fffd}\u{fffd} grand</textarea>"),
        "{html}"
    );
    assert!(html.contains(&format!("value=\"{PLACE}\"")));
    assert!(!html.contains("id=\"images-again\""), "no image was chosen");
    assert!(report_ids(&app).await.is_empty(), "nothing stored");
}
