//! Web addresses (advertisement pages, profiles).

/// Query parameters that only track the visitor and never identify the page.
const TRACKING: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "igsh", "mc_cid", "mc_eid", "ref",
    "ref_src", "ref_url", "si", "_ga", "_gl", "spm", "s", "share", "feature", "mibextid", "rdt",
];

/// Normalise a URL to `host/path?query`: scheme, `www.`/`m.` prefixes, default ports, fragments,
/// tracking parameters (`utm_*`, `fbclid`, …) and a trailing slash dropped; host lower-cased;
/// remaining parameters sorted. `None` when there is no plausible host.
pub fn normalize_url(input: &str) -> Option<String> {
    let text = input.trim();
    if text.is_empty() || text.len() > 2048 || text.chars().any(char::is_whitespace) {
        return None;
    }
    let rest = match text.find("://") {
        Some(pos) => {
            let scheme = &text[..pos];
            if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
                return None;
            }
            &text[pos + 3..]
        }
        None => text,
    };
    let rest = rest.split('#').next().unwrap_or_default();
    let (authority, path_query) = match rest.find(['/', '?']) {
        Some(pos) => (&rest[..pos], &rest[pos..]),
        None => (rest, ""),
    };
    let authority = authority.rsplit('@').next().unwrap_or_default();
    let host = authority.to_lowercase();
    let host = host
        .strip_suffix(":80")
        .or_else(|| host.strip_suffix(":443"))
        .unwrap_or(&host);
    let mut host = host.trim_end_matches('.');
    for prefix in ["www.", "m.", "mobile."] {
        if let Some(h) = host.strip_prefix(prefix) {
            host = h;
        }
    }
    let valid_host = host.contains('.')
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-' || c == ':');
    if !valid_host {
        return None;
    }
    let (path, query) = match path_query.split_once('?') {
        Some((p, q)) => (p, q),
        None => (path_query, ""),
    };
    let path = path.trim_end_matches('/');
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or_default().to_ascii_lowercase();
            !key.starts_with("utm_") && !TRACKING.contains(&key.as_str())
        })
        .collect();
    params.sort_unstable();
    params.dedup();
    let mut out = String::with_capacity(host.len() + path.len() + query.len() + 1);
    out.push_str(host);
    out.push_str(path);
    if !params.is_empty() {
        out.push('?');
        out.push_str(&params.join("&"));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::normalize_url as u;

    #[test]
    fn canonical_forms() {
        let want = Some("example.be/ads/123".to_string());
        for form in [
            "https://www.example.be/ads/123/",
            "http://EXAMPLE.be:80/ads/123?utm_source=x&fbclid=abc",
            "example.be/ads/123#photos",
            "https://m.example.be/ads/123?utm_medium=social",
        ] {
            assert_eq!(u(form), want, "{form}");
        }
        assert_eq!(
            u("https://site.be/p?id=7&utm_x=1&a=2"),
            Some("site.be/p?a=2&id=7".into())
        );
    }

    #[test]
    fn rejects() {
        for bad in [
            "",
            "not a url",
            "ftp://x.be/a",
            "localhost",
            "https:///path",
        ] {
            assert_eq!(u(bad), None, "{bad}");
        }
    }
}
