//! E-mail addresses.

/// Providers that ignore dots in the local part.
const DOTLESS: &[&str] = &["gmail.com"];
/// Providers that deliver `name+tag@` to `name@`.
const PLUS_TAGS: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "icloud.com",
    "protonmail.com",
    "proton.me",
];

/// Normalise an e-mail address: trimmed, lower-case, `mailto:` dropped, `googlemail.com` folded into
/// `gmail.com`, dots and `+tags` removed where the provider ignores them. `None` when not an address.
pub fn normalize_email(input: &str) -> Option<String> {
    let mut text = input.trim().trim_matches(|c| c == '<' || c == '>');
    if text.len() > 254 {
        return None;
    }
    if text
        .get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("mailto:"))
    {
        text = text.get(7..).unwrap_or_default();
    }
    let text = text.trim().to_lowercase();
    let (local, domain) = text.rsplit_once('@')?;
    let domain = domain.trim_end_matches('.');
    let domain = if domain == "googlemail.com" {
        "gmail.com"
    } else {
        domain
    };
    if local.is_empty()
        || local.contains('@')
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.contains("..")
    {
        return None;
    }
    let ok_local = local
        .chars()
        .all(|c| c.is_alphanumeric() || "._%+-'!#$&*=?^`{|}~/".contains(c));
    let ok_domain = domain
        .chars()
        .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    if !ok_local || !ok_domain {
        return None;
    }
    let mut local = local.to_string();
    if PLUS_TAGS.contains(&domain)
        && let Some(pos) = local.find('+')
    {
        local.truncate(pos);
    }
    if DOTLESS.contains(&domain) {
        local.retain(|c| c != '.');
    }
    if local.is_empty() {
        return None;
    }
    Some(format!("{local}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::normalize_email as e;

    #[test]
    fn messy_forms() {
        assert_eq!(
            e("  John.Doe+ads@GoogleMail.com "),
            Some("johndoe@gmail.com".into())
        );
        assert_eq!(e("mailto:Anna@Example.BE"), Some("anna@example.be".into()));
        assert_eq!(e("<x.y@telenet.be>"), Some("x.y@telenet.be".into()));
        assert_eq!(e("a+b@hotmail.com"), Some("a@hotmail.com".into()));
        assert_eq!(e("a+b@skynet.be"), Some("a+b@skynet.be".into()));
    }

    #[test]
    fn rejects() {
        for bad in [
            "",
            "no at sign",
            "@x.be",
            "a@b",
            "a@@b.be",
            "a b@c.be",
            "a@.be",
            "+@gmail.com",
        ] {
            assert_eq!(e(bad), None, "{bad}");
        }
    }
}
