//! Helpers shared by the tests that drive Lumen over HTTP without a form-encoding client.
#![allow(dead_code, reason = "each test module uses part of the support")]

/// `application/x-www-form-urlencoded` body of `fields`.
pub fn encode(fields: &[(&str, &str)]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The receipt shown on a "report filed" page.
pub fn receipt_in(html: &str) -> Option<String> {
    let at = html.find("id=\"receipt\">")? + "id=\"receipt\">".len();
    Some(html[at..at + html[at..].find('<')?].to_owned())
}

/// A loopback port free right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The `lumen` binary with none of the test runner's own `LUMEN_*` variables (a setting the
/// configuration does not know is refused, so one leaking in would change the test), its
/// metrics on a free port.
pub fn lumen_binary() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_lumen"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("LUMEN_") {
            c.env_remove(name);
        }
    }
    c.env("LUMEN_SERVER_METRICS_BIND", "127.0.0.1:0");
    c
}
