//! Person names: Unicode normalisation, case, diacritics, transliteration, particles, token order.

use unicode_normalization::UnicodeNormalization;

/// Name particles that are glued to the following token so that `van der Berg`, `Vanderberg`
/// and `VAN DER BERG` agree.
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "des", "la", "le",
    "von", "vom", "ter", "ten", "te", "op", "t", "el", "al", "ibn", "bin", "ben", "abu", "mac",
    "mc", "st", "saint",
];

/// Fold a name to lower-case ASCII: NFKC, Cyrillic/Greek/Arabic/Chinese transliterated,
/// diacritics dropped, apostrophes removed, other punctuation turned into single spaces.
fn fold_name(input: &str) -> String {
    let transliterated;
    let folded: &str = if input.is_ascii() {
        input
    } else {
        let composed: String = input.nfkc().collect();
        transliterated = deunicode::deunicode_with_tofu(&composed, " ");
        &transliterated
    };
    let mut buf = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            buf.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '`' {
            // "N'Diaye", "d'Almeida": an apostrophe joins.
            continue;
        } else if !buf.is_empty() && !buf.ends_with(' ') {
            buf.push(' ');
        }
    }
    if buf.ends_with(' ') {
        buf.pop();
    }
    buf
}

/// Fold a name to lower-case ASCII tokens: NFKC, Cyrillic/Greek/Arabic/Chinese transliterated,
/// diacritics dropped, punctuation turned into separators, particles glued to the next token.
/// Token order is kept (see [`normalize_full_name`] for an order-free key).
pub fn name_tokens(input: &str) -> Vec<String> {
    let folded = fold_name(input);
    let mut tokens: Vec<String> = folded
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    while tokens.len() > 1 && tokens.iter().any(|t| is_particle(t)) {
        tokens = glue_particles(tokens);
    }
    tokens
}

fn is_particle(token: &str) -> bool {
    PARTICLES.contains(&token)
}

/// Glue each particle to the next token (a trailing particle to the previous one).
fn glue_particles(raw: Vec<String>) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::with_capacity(raw.len());
    let mut pending = String::new();
    let last = raw.len().saturating_sub(1);
    for (i, token) in raw.into_iter().enumerate() {
        if i < last && is_particle(&token) {
            pending.push_str(&token);
            continue;
        }
        if !pending.is_empty() {
            pending.push_str(&token);
            tokens.push(std::mem::take(&mut pending));
        } else if i == last && i > 0 && is_particle(&token) {
            if let Some(previous) = tokens.last_mut() {
                previous.push_str(&token);
            }
        } else {
            tokens.push(token);
        }
    }
    tokens
}

/// Normalise one name field (given name or surname) to its tokens joined by single spaces.
/// `None` when nothing is left.
pub fn normalize_name(input: &str) -> Option<String> {
    let folded = fold_name(input);
    if !folded.contains(' ') || !folded.split(' ').any(is_particle) {
        // Common case: no particle to glue, the folded text is the result.
        return (!folded.is_empty()).then_some(folded);
    }
    let tokens = name_tokens(&folded);
    (!tokens.is_empty()).then(|| tokens.join(" "))
}

/// Normalise a full name to sorted tokens joined by spaces, so that `Smet, Jan De` and
/// `Jan De Smet` agree. `None` when nothing is left.
pub fn normalize_full_name(input: &str) -> Option<String> {
    let mut tokens = name_tokens(input);
    tokens.sort_unstable();
    (!tokens.is_empty()).then(|| tokens.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_diacritics_particles() {
        assert_eq!(normalize_name("  DE SMET "), Some("desmet".into()));
        assert_eq!(normalize_name("Desmet"), Some("desmet".into()));
        assert_eq!(normalize_name("van der Berg"), Some("vanderberg".into()));
        assert_eq!(
            normalize_name("Hélène-Françoise"),
            Some("helene francoise".into())
        );
        assert_eq!(normalize_name("N'Diaye"), Some("ndiaye".into()));
        assert_eq!(normalize_name("ŞTEFĂNESCU"), Some("stefanescu".into()));
        assert_eq!(normalize_name("Ｍａｒｉａ"), Some("maria".into()));
        assert_eq!(normalize_name("--"), None);
    }

    #[test]
    fn transliteration() {
        assert_eq!(normalize_name("Иван Петров"), Some("ivan petrov".into()));
        assert_eq!(normalize_name("Γιώργος"), Some("giorgos".into()));
        assert_eq!(normalize_name("王伟"), Some("wang wei".into()));
        assert!(normalize_name("محمد").is_some_and(|n| n.starts_with('m')));
    }

    #[test]
    fn token_order() {
        assert_eq!(
            normalize_full_name("De Smet, Jan"),
            normalize_full_name("jan de smet")
        );
        assert_ne!(
            normalize_full_name("Jan De Smet"),
            normalize_full_name("Jan Smet")
        );
    }
}
