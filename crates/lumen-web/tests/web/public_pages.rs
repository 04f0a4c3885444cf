//! The public landing and information pages over HTTP: the language from `?lang=`, else the
//! browser, else French; Arabic right to left with its numbers left to right; the escape link
//! first with its script deferred; no cookie; the staff sign-in link only where the staff
//! area is served.

use crate::support;
use crate::support::spawn_app;
use lumen_store::testing::{TestDb, fresh};
use lumen_web::{AppState, Area, AuthSettings, ServerSettings};

lumen_store::on_both_databases!(
    landing_speaks_the_language_of_the_browser_or_french,
    information_pages_speak_every_public_language,
    arabic_pages_run_right_to_left_with_numbers_left_to_right,
    a_staff_only_process_sends_the_root_to_the_sign_in_page,
    without_reporting_keys_the_report_form_answers_503_in_the_public_layout,
);

/// A client with no cookie store and no redirects followed.
fn cookieless() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Gets `path` with `Accept-Language: accept`, checks it sets no cookie, returns the page.
async fn page(app: &support::TestApp, path: &str, accept: &str) -> String {
    let res = cookieless()
        .get(app.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{path}");
    assert!(
        res.headers().get("set-cookie").is_none(),
        "{path}: the public area sets no cookie"
    );
    res.text().await.unwrap()
}

/// The first link of the body is the escape link; the escape script is loaded deferred.
fn assert_public_layout(html: &str, what: &str) {
    let body = html.find("<body").expect("a body");
    let first = html[body..].find("<a ").expect("a link") + body;
    let tag = &html[first..first + html[first..].find('>').unwrap()];
    assert!(
        tag.contains("id=\"escape\"") && tag.contains("href=\"https://www.meteo.be/\""),
        "{what}: the escape link comes first: {tag}"
    );
    assert!(
        html.contains("<script src=\"/static/js/escape.") && html.contains("\" defer></script>"),
        "{what}: the escape script, deferred"
    );
    assert!(
        html.contains("112") && html.contains("101"),
        "{what}: emergency numbers"
    );
}

async fn landing_speaks_the_language_of_the_browser_or_french(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    for (accept, lang, title) in [
        ("nl-BE,nl;q=0.9", "nl", "Vertel ons wat u zag"),
        ("ar-MA", "ar", "أخبرنا بما رأيت"),
        ("ja, en;q=0.5", "en", "Tell us what you saw"),
        ("ja", "fr", "Dites-nous ce que vous avez vu"),
    ] {
        let html = page(&app, "/", accept).await;
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{accept}");
        assert!(html.contains(title), "{accept}: {title}");
        assert_public_layout(&html, accept);
        // The chooser names every language in itself and marks the one shown.
        for (code, name) in [
            ("fr", "Français"),
            ("nl", "Nederlands"),
            ("en", "English"),
            ("ar", "العربية"),
        ] {
            let current = if code == lang {
                " aria-current=\"true\""
            } else {
                ""
            };
            let link = format!(
                "<a href=\"/?lang={code}\" lang=\"{code}\" dir=\"{}\" hreflang=\"{code}\"{current}>{name}</a>",
                if code == "ar" { "rtl" } else { "ltr" }
            );
            assert!(html.contains(&link), "{accept}: {link}");
        }
        for path in ["/report", "/follow-up", "/what-happens", "/your-rights"] {
            assert!(
                html.contains(&format!("href=\"{path}?lang={lang}\"")),
                "{accept}: {path}"
            );
        }
        assert!(
            html.contains("href=\"/staff/sign-in\""),
            "the discreet staff link"
        );
    }
    // `?lang=` beats the browser.
    let html = page(&app, "/?lang=en", "nl").await;
    assert!(html.contains("<html lang=\"en\""));
}

/// The text of the page's first heading, unescaped.
fn heading(html: &str) -> String {
    let at =
        html.find("<h1 id=\"info-title\">").expect("a heading") + "<h1 id=\"info-title\">".len();
    html[at..at + html[at..].find("</h1>").unwrap()]
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

async fn information_pages_speak_every_public_language(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let pages = [
        (
            "/what-happens",
            "info-what-happens-title",
            "Only the police section against human trafficking",
        ),
        (
            "/what-we-keep",
            "info-keep-title",
            "Your internet address (IP address).",
        ),
        (
            "/your-rights",
            "info-rights-title",
            "First, you get 45 days to rest and think.",
        ),
        (
            "/emergency",
            "info-emergency-title",
            "Emergency: ambulance, fire brigade, police.",
        ),
    ];
    for (path, title, english) in pages {
        let html = page(&app, &format!("{path}?lang=en"), "fr").await;
        assert!(html.contains(english), "{path}: {english}");
        for lang in lumen_web::i18n::report_langs() {
            let html = page(&app, &format!("{path}?lang={}", lang.code), "fr").await;
            assert!(
                html.contains(&format!(
                    "<html lang=\"{}\" dir=\"{}\"",
                    lang.code, lang.dir
                )),
                "{path} {}",
                lang.code
            );
            assert_eq!(heading(&html), lang.t(title), "{path} {}", lang.code);
            assert_public_layout(&html, path);
        }
        // Without `?lang=`, the browser's language.
        let html = page(&app, path, "ar").await;
        assert_eq!(
            heading(&html),
            lumen_web::i18n::Lang::public("ar").unwrap().t(title)
        );
    }
    let rights = page(&app, "/your-rights?lang=fr", "fr").await;
    for centre in ["PAG-ASA", "Payoke", "Sürya"] {
        assert!(rights.contains(centre), "{centre}");
    }
    assert!(
        rights.contains("href=\"/victim-info/fr\""),
        "the printable leaflet"
    );
    let victim_info = page(&app, "/victim-info/ro", "fr").await;
    assert!(
        victim_info.contains("Părăsiți acest site acum"),
        "the leaflet has the escape link in its own language"
    );
    assert_public_layout(&victim_info, "/victim-info/ro");
}

async fn arabic_pages_run_right_to_left_with_numbers_left_to_right(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let rights = page(&app, "/your-rights?lang=ar", "fr").await;
    assert!(rights.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        rights.contains(
            "<a href=\"tel:+3278055800\" dir=\"ltr\" id=\"centres-number\">078 055 800</a>"
        )
    );
    assert!(rights.contains("حقوق الضحايا"));
    let follow_up = page(&app, "/follow-up?lang=ar", "fr").await;
    assert!(
        follow_up.contains("name=\"receipt\" dir=\"ltr\""),
        "the receipt is typed left to right"
    );

    let res = cookieless()
        .post(app.url("/report"))
        .form(&[
            ("lang", "ar"),
            ("filed_by", "witness"),
            ("contact", "none"),
            ("text", "رأيت شيئًا"),
        ])
        .send()
        .await
        .unwrap();
    let (status, html) = support::followed(&app, res).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        html.contains("<bdi dir=\"ltr\" id=\"receipt\">"),
        "the receipt's digit groups read left to right"
    );
    assert!(html.contains("وصلنا بلاغك"));
}

async fn a_staff_only_process_sends_the_root_to_the_sign_in_page(db: TestDb) {
    let Some(db) = fresh(db).await else {
        return;
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = ServerSettings {
        area: Area::Staff,
        secure_cookies: false,
        ..Default::default()
    };
    let state = AppState::new(db.store.clone(), server, AuthSettings::default());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(lumen_web::serve(state, listener, async move {
        let _ = rx.await;
    }));
    let res = cookieless().get(format!("{base}/")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/staff/sign-in");
    let res = cookieless()
        .get(format!("{base}/what-happens"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404, "no public page in the staff area");
    let _ = tx.send(());
}

async fn without_reporting_keys_the_report_form_answers_503_in_the_public_layout(db: TestDb) {
    let Some(db) = fresh(db).await else {
        return;
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = ServerSettings {
        area: Area::Public,
        secure_cookies: false,
        ..Default::default()
    };
    let state = AppState::new(db.store.clone(), server, AuthSettings::default());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(lumen_web::serve(state, listener, async move {
        let _ = rx.await;
    }));
    let res = cookieless()
        .get(format!("{base}/report?lang=ro"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    let html = res.text().await.unwrap();
    assert_public_layout(&html, "the 503 page");
    assert!(html.contains("lang=\"ro\""), "in the visitor's language");
    assert!(html.contains("Indisponibil temporar"), "{html}");
    assert!(!html.contains("/staff/"), "no staff header or link");
    let _ = tx.send(());
}
