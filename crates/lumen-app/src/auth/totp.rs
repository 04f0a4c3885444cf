//! Time-based one-time passwords (RFC 6238, SHA-1, 6 digits, 30 s, one step of skew) and the
//! enrolment QR code, drawn as SVG on the server.

use totp_rs::{Algorithm, Builder, Secret, Totp};

/// Issuer shown in authenticator apps.
pub const ISSUER: &str = "Lumen";

/// A new random secret, base32.
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

fn build(secret_b32: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_b32).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_skew(1)
        .with_secret(secret)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .ok()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The time step a code matches now (within one step of skew), if any.
pub fn check(secret_b32: &str, code: &str) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    build(secret_b32, "x")?
        .check(&code, now())
        .map(|s| s as i64)
}

/// The code for the current time (used by the demo's tests and by operators' scripts).
pub fn current_code(secret_b32: &str) -> Option<String> {
    build(secret_b32, "x").map(|t| t.generate(now()).to_string())
}

/// The code for a given Unix time.
pub fn code_at(secret_b32: &str, unix_seconds: u64) -> Option<String> {
    build(secret_b32, "x").map(|t| t.generate(unix_seconds).to_string())
}

/// The `otpauth://` URL for an account.
pub fn otpauth_url(secret_b32: &str, account: &str) -> Option<String> {
    build(secret_b32, account)?.to_url().ok()
}

/// The enrolment QR code as an SVG document.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(220, 220)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_code_checks_and_a_wrong_one_does_not() {
        let s = new_secret();
        let code = current_code(&s).unwrap();
        assert!(check(&s, &code).is_some());
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert!(check(&s, &wrong).is_none());
        assert!(check(&s, "abcdef").is_none());
    }

    #[test]
    fn qr_is_svg() {
        let svg = qr_svg(&otpauth_url(&new_secret(), "a@b.be").unwrap()).unwrap();
        assert!(svg.contains("<svg"));
    }
}
