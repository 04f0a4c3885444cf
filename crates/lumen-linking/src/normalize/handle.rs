//! Social-media and messaging handles as `platform:handle`.

use super::phone::normalize_phone;

/// Platform aliases and the host names that carry a profile in their first path segment.
const PLATFORMS: &[(&str, &[&str])] = &[
    (
        "instagram",
        &["instagram", "insta", "ig", "instagram.com", "instagr.am"],
    ),
    (
        "facebook",
        &[
            "facebook",
            "fb",
            "facebook.com",
            "fb.com",
            "messenger",
            "m.me",
        ],
    ),
    ("telegram", &["telegram", "tg", "t.me", "telegram.me"]),
    ("snapchat", &["snapchat", "snap", "sc", "snapchat.com"]),
    ("tiktok", &["tiktok", "tt", "tiktok.com"]),
    ("x", &["x", "twitter", "x.com", "twitter.com"]),
    ("whatsapp", &["whatsapp", "wa", "wa.me"]),
    ("signal", &["signal"]),
    ("vk", &["vk", "vkontakte", "vk.com"]),
    ("onlyfans", &["onlyfans", "onlyfans.com"]),
];

/// Normalise a handle to `platform:handle` (lower-case, `@` dropped). Recognises `ig: @anna_b`,
/// `instagram.com/anna_b`, `https://t.me/anna_b`, `tiktok.com/@anna_b`; a WhatsApp number becomes
/// `whatsapp:+32…` (E.164). Without a platform the result is `any:handle`.
pub fn normalize_handle(input: &str) -> Option<String> {
    let text = input.trim();
    let lower = text.to_lowercase();
    let mut body = lower.as_str();
    for scheme in ["https://", "http://"] {
        body = body.strip_prefix(scheme).unwrap_or(body);
    }
    body = body.strip_prefix("www.").unwrap_or(body);
    let mut platform = "any";
    // "host/handle" forms.
    if let Some((host, rest)) = body.split_once('/') {
        let found = PLATFORMS
            .iter()
            .find(|(_, aliases)| aliases.iter().any(|a| a.contains('.') && *a == host));
        match found {
            Some((name, _)) => {
                platform = name;
                body = rest;
            }
            None => return None,
        }
    } else if let Some((prefix, rest)) = body.split_once(':') {
        let prefix = prefix.trim();
        let found = PLATFORMS
            .iter()
            .find(|(_, aliases)| aliases.contains(&prefix));
        match found {
            None if prefix == "any" => body = rest,
            Some((name, _)) => {
                platform = name;
                body = rest;
            }
            None => return None,
        }
    }
    let handle = body
        .trim()
        .trim_start_matches('@')
        .split(['?', '/', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    if (platform == "whatsapp" || platform == "signal")
        && let Some(phone) = normalize_phone(handle)
    {
        return Some(format!("{platform}:{phone}"));
    }
    let valid = !handle.is_empty()
        && handle.chars().count() <= 64
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '-');
    valid.then(|| format!("{platform}:{handle}"))
}

#[cfg(test)]
mod tests {
    use super::normalize_handle as h;

    #[test]
    fn platforms() {
        let want = Some("instagram:anna_b".to_string());
        for form in [
            "ig: @Anna_B",
            "instagram:anna_b",
            "https://www.instagram.com/anna_b/?igsh=x",
            "Insta:@anna_b",
        ] {
            assert_eq!(h(form), want, "{form}");
        }
        assert_eq!(h("t.me/Lola88"), Some("telegram:lola88".into()));
        assert_eq!(h("tiktok.com/@lola.88"), Some("tiktok:lola.88".into()));
        assert_eq!(
            h("https://wa.me/32475123456"),
            Some("whatsapp:+32475123456".into())
        );
        assert_eq!(h("@lola88"), Some("any:lola88".into()));
    }

    #[test]
    fn rejects() {
        for bad in ["", "@", "unknownsite.com/x", "foo: bar", "a b c"] {
            assert_eq!(h(bad), None, "{bad}");
        }
    }
}
