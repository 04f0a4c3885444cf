//! A headless Chromium driven over WebDriver: each `Browser` runs its own chromedriver on a free
//! loopback port with a fresh profile, and stops it (with the browser it started) when dropped.
#![allow(
    dead_code,
    reason = "each end-to-end module uses part of the browser helpers"
)]

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use std::future::Future;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long chromedriver may take to answer `/status` with `ready: true`.
const DRIVER_START: Duration = Duration::from_secs(20);
/// How long a page may take to show an awaited element.
const PAGE_WAIT: Duration = Duration::from_secs(20);
/// Chromium headless as root, with no network traffic of its own and French as its language.
const CHROMIUM_FLAGS: &str = "--headless --no-sandbox --disable-gpu --disable-quic \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --disable-dev-shm-usage --lang=fr-BE";
/// The language the browser asks for, as a Belgian officer's browser set to French would.
const ACCEPT_LANGUAGE: &str = "fr-BE,fr";

/// The size of the browser window.
#[derive(Clone, Copy, Debug)]
pub enum Viewport {
    /// A desk computer: 1280×900.
    Desktop,
    /// A phone held upright: 390×844 (emulated: desktop windows have a minimum width).
    Phone,
    /// A small phone held upright: 360×640 (emulated).
    Narrow,
}

/// Whether pages may run JavaScript, as in a hardened browser with scripts off.
#[derive(Clone, Copy, Debug)]
pub enum Scripts {
    /// Scripts run.
    On,
    /// Scripts are blocked for every page.
    Off,
}

/// A running chromedriver and the profile folder of its browser.
pub struct Browser {
    driver: Child,
    url: String,
    profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // chromedriver leads its own process group: end the browser processes it started too.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// chromedriver's path: `$CHROMEDRIVER` if set, else the first in `/usr/bin` and on `$PATH`.
fn chromedriver() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMEDRIVER") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs = std::iter::once(PathBuf::from("/usr/bin")).chain(std::env::split_paths(&path));
    dirs.map(|d| d.join("chromedriver")).find(|p| p.is_file())
}

impl Browser {
    /// Starts chromedriver, or `None` when it is missing and `SKIP_BROWSER_TESTS=1`.
    pub async fn start() -> Option<Browser> {
        let Some(path) = chromedriver() else {
            if std::env::var("SKIP_BROWSER_TESTS").as_deref() == Ok("1") {
                eprintln!("browser test skipped: chromedriver not found and SKIP_BROWSER_TESTS=1");
                return None;
            }
            panic!(
                "chromedriver not found (install chromium-driver, or set SKIP_BROWSER_TESTS=1 to skip browser tests)"
            );
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(&path)
            .args([format!("--port={port}"), "--allowed-ips=127.0.0.1".into()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", path.display()));
        let url = format!("http://127.0.0.1:{port}");
        let browser = Browser {
            driver,
            url,
            profile: tempfile::tempdir().unwrap(),
        };
        browser.wait_ready().await;
        Some(browser)
    }

    async fn wait_ready(&self) {
        let http = reqwest::Client::new();
        let deadline = Instant::now() + DRIVER_START;
        let mut interval = tokio::time::interval(Duration::from_millis(25));
        loop {
            interval.tick().await;
            if let Ok(res) = http.get(format!("{}/status", self.url)).send().await
                && let Ok(body) = res.text().await
                && serde_json::from_str::<serde_json::Value>(&body)
                    .is_ok_and(|v| v["value"]["ready"] == true)
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready at {}",
                self.url
            );
        }
    }

    /// Opens a browser session with the given window size.
    pub async fn session(&self, viewport: Viewport) -> Client {
        self.session_with(viewport, Scripts::On).await
    }

    /// Opens a browser session with the given window size, pages' scripts on or off (WebDriver
    /// can still read the page either way).
    pub async fn session_with(&self, viewport: Viewport, scripts: Scripts) -> Client {
        let (w, h) = match viewport {
            Viewport::Desktop => (1280, 900),
            Viewport::Phone => (390, 844),
            Viewport::Narrow => (360, 640),
        };
        let binary =
            std::env::var("CHROMIUM_BINARY").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let mut args: Vec<String> = CHROMIUM_FLAGS
            .split_whitespace()
            .map(String::from)
            .collect();
        args.push(format!("--window-size={w},{h}"));
        args.push(format!("--user-data-dir={}", self.profile.path().display()));
        let mut options = json!({
            "binary": binary,
            "args": args,
            "prefs": { "intl": { "accept_languages": ACCEPT_LANGUAGE } },
        });
        if let Scripts::Off = scripts {
            options["prefs"]["profile"] =
                json!({ "managed_default_content_settings": { "javascript": 2 } });
        }
        if let Viewport::Phone | Viewport::Narrow = viewport {
            let metrics = json!({ "width": w, "height": h, "pixelRatio": 3.0, "mobile": true, "touch": true });
            options["mobileEmulation"] = json!({ "deviceMetrics": metrics });
        }
        let mut caps = Capabilities::new();
        caps.insert("goog:chromeOptions".into(), options);
        ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await
            .unwrap_or_else(|e| panic!("browser session: {e}"))
    }
}

/// Runs `steps` in a fresh browser session and closes the session afterwards, even when a step
/// fails; the failure is then raised again. Returns early when browser tests are skipped.
pub async fn with_browser<F, Fut>(viewport: Viewport, steps: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_browser_scripts(viewport, Scripts::On, steps).await
}

/// [`with_browser`] with pages' scripts on or off.
pub async fn with_browser_scripts<F, Fut>(viewport: Viewport, scripts: Scripts, steps: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(browser) = Browser::start().await else {
        return;
    };
    let client = browser.session_with(viewport, scripts).await;
    let outcome = tokio::spawn(steps(client.clone())).await;
    let _ = client.close().await;
    drop(browser);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Waits until an element matching `css` is on the page, and returns it.
pub async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(PAGE_WAIT)
        .every(Duration::from_millis(50))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("`{css}` did not appear: {e}"))
}

/// Whether an element matching `css` is on the page now.
pub async fn present(client: &Client, css: &str) -> bool {
    !client
        .find_all(Locator::Css(css))
        .await
        .expect("page answers")
        .is_empty()
}

/// The visible text of the element matching `css`, once it is there.
pub async fn text_of(client: &Client, css: &str) -> String {
    wait_for(client, css)
        .await
        .text()
        .await
        .expect("element text")
}

/// Clicks the element `css` once it is there.
pub async fn click(client: &Client, css: &str) {
    wait_for(client, css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click on {css}: {e}"));
}

/// Signs `who` in on the sign-in page of `base`: e-mail, password, then the current code of
/// their authenticator.
pub async fn sign_in_as(client: &Client, base: &str, who: &lumen_app::demo::DemoAccount) {
    client
        .goto(&format!("{base}/staff/sign-in"))
        .await
        .expect("sign-in page");
    wait_for(client, "#email")
        .await
        .send_keys(&who.email)
        .await
        .expect("e-mail typed");
    wait_for(client, "#password")
        .await
        .send_keys(&who.password)
        .await
        .expect("password typed");
    click(client, "#sign-in-submit").await;
    wait_for(client, "#code")
        .await
        .send_keys(&crate::support::totp_now(&who.totp_secret))
        .await
        .expect("code typed");
    click(client, "#totp-submit").await;
    // The next navigation must not cut the sign-in short: wait until the signed-in page is there.
    wait_for(client, r#"form[action="/staff/sign-out"]"#).await;
}

/// axe-core as vendored (see static/vendor/axe-core/VERSION); no page loads it.
const AXE: &str = include_str!("../../../../static/vendor/axe-core/axe.min.js");

/// Runs axe-core on the page shown and returns its violations, one line each.
pub async fn axe_violations(c: &Client) -> Vec<String> {
    c.execute(AXE, vec![]).await.expect("axe-core injected");
    let found = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] })
              .then((r) => done(r.violations.map((v) => v.id + " (" + v.impact + "): " + v.help
                + " at " + v.nodes.map((n) => n.target.join(" ")).join(", "))))
              .catch((e) => done(["axe-core failed: " + e]));"#,
            vec![],
        )
        .await
        .expect("axe-core ran");
    serde_json::from_value(found).expect("a list of violations")
}

/// Where the page shown sticks out sideways in a window `width` pixels wide: `None` when it
/// fits, else the widths measured and the first elements that stick out.
pub async fn sideways_at(c: &Client, width: i64) -> Option<serde_json::Value> {
    let m: serde_json::Value = c
        .execute(
            r##"const d = document.documentElement;
            const wide = [...document.querySelectorAll("body *")]
              .filter((e) => { const r = e.getBoundingClientRect();
                               return r.right > d.clientWidth + 1 || r.left < -1; })
              .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : ""));
            return { inner: window.innerWidth, scroll: d.scrollWidth,
                     client: d.clientWidth, wide: wide.slice(0, 5) };"##,
            vec![],
        )
        .await
        .expect("widths measured");
    // A phone zooms out to show a page wider than itself: the window then measures more.
    let zoomed_out = m["inner"].as_i64() != Some(width);
    (zoomed_out || m["scroll"].as_i64() > m["client"].as_i64()).then_some(m)
}
