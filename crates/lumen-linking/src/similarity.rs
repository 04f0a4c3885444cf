//! String similarity: Jaro–Winkler, bounded Levenshtein, phonetic keys.

/// Jaro–Winkler similarity of two ASCII strings (0.0 to 1.0). Non-ASCII bytes are compared as bytes.
#[expect(
    clippy::needless_range_loop,
    reason = "the window scan indexes `long` and a bit set together"
)]
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() > 64 {
        return if short == long { 1.0 } else { 0.0 };
    }
    let window = (long.len() / 2).saturating_sub(1);
    let mut long_used: u64 = 0;
    let mut short_matched: u64 = 0;
    let mut matches = 0usize;
    for (i, &c) in short.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(long.len());
        for j in lo..hi {
            if long_used & (1 << j) == 0 && long[j] == c {
                long_used |= 1 << j;
                short_matched |= 1 << i;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut j = 0usize;
    for (i, &c) in short.iter().enumerate() {
        if short_matched & (1 << i) != 0 {
            while long_used & (1 << j) == 0 {
                j += 1;
            }
            if long[j] != c {
                transpositions += 1;
            }
            j += 1;
        }
    }
    let m = matches as f64;
    let jaro =
        (m / short.len() as f64 + m / long.len() as f64 + (m - (transpositions / 2) as f64) / m)
            / 3.0;
    let prefix = short
        .iter()
        .zip(long)
        .take(4)
        .take_while(|(x, y)| x == y)
        .count() as f64;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// Levenshtein distance between two byte strings, stopping early once it exceeds `max`
/// (returns `max + 1` then).
pub fn levenshtein_bounded(a: &[u8], b: &[u8], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    if a.len() > 64 || b.len() > 64 {
        return if a == b { 0 } else { max + 1 };
    }
    let mut prev = [0usize; 65];
    let mut cur = [0usize; 65];
    for (j, slot) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(max + 1)
}

/// True when `a` and `b` differ by at most one edit: a substituted, inserted or deleted byte,
/// or two neighbouring bytes transposed (Damerau distance at most 1).
pub fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let first = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        let k = first;
        // One substitution, or a transposition of positions k and k+1.
        short[k + 1..] == long[k + 1..]
            || (k + 1 < short.len()
                && short[k] == long[k + 1]
                && short[k + 1] == long[k]
                && short[k + 2..] == long[k + 2..])
    } else {
        short[first..] == long[first + 1..]
    }
}

/// A phonetic key for names of many origins after transliteration to ASCII: consonant skeleton
/// with common spelling variants folded (`ph`→`f`, `c`/`q`/`ck`→`k`, `z`→`s`, `w`→`v`, `dj`→`j`,
/// `kh`/`gh`→`h`/`g`, `sch`/`sh`/`ch`→`x`, `th`→`t`), vowels and `h`/`y` dropped after the first
/// letter, doubled letters collapsed, at most 6 characters. `Mohamed`, `Mohammed` and `Muhammad`
/// share `mmt`-like keys.
pub fn phonetic_key(name: &str) -> String {
    let b: Vec<u8> = name
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let mut out = String::with_capacity(6);
    let mut last: u8 = 0;
    let mut i = 0;
    while i < b.len() && out.len() < 6 {
        let c = b[i];
        let next = b.get(i + 1).copied().unwrap_or(0);
        let (code, advance) = match (c, next) {
            (b'p', b'h') => (b'f', 2),
            (b's', b'c') if b.get(i + 2) == Some(&b'h') => (b'x', 3),
            (b's' | b'c', b'h') => (b'x', 2),
            (b't', b's') if b.get(i + 2) == Some(&b'c') => (b'x', 2),
            (b't', b'h') => (b't', 2),
            (b'k' | b'g', b'h') => (c, 2),
            (b'd', b'j') => (b'j', 2),
            (b'c', b'k') => (b'k', 2),
            (b'c', b'e' | b'i' | b'y') => (b's', 1),
            (b'c' | b'q', _) => (b'k', 1),
            (b'z', _) => (b's', 1),
            (b'x', _) => (b'k', 1),
            (b'w', _) => (b'v', 1),
            (b'd', _) => (b't', 1),
            (b'b', _) => (b'p', 1),
            (b'a' | b'e' | b'i' | b'o' | b'u' | b'y', _) => (b'a', 1),
            _ => (c, 1),
        };
        let is_vowel = code == b'a';
        if out.is_empty() || (!is_vowel && code != b'h' && code != last) {
            out.push(code as char);
        }
        last = if is_vowel { 0 } else { code };
        i += advance;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_apart() {
        assert!(within_one_edit(b"eva", b"ava"));
        assert!(within_one_edit(b"lee", b"le"));
        assert!(within_one_edit(b"ian", b"ain"));
        assert!(within_one_edit(b"jo", b"joe"));
        assert!(!within_one_edit(b"ian", b"nia"));
        assert!(!within_one_edit(b"ann", b"bob"));
        assert!(!within_one_edit(b"al", b"alan"));
    }

    #[test]
    fn jaro_winkler_known_values() {
        assert!((jaro_winkler("martha", "marhta") - 0.9611).abs() < 1e-3);
        assert!((jaro_winkler("dixon", "dicksonx") - 0.8133).abs() < 1e-3);
        assert_eq!(jaro_winkler("abc", "abc"), 1.0);
        assert_eq!(jaro_winkler("", "abc"), 0.0);
        assert_eq!(jaro_winkler("abc", "xyz"), 0.0);
    }

    #[test]
    fn levenshtein_values() {
        assert_eq!(levenshtein_bounded(b"kitten", b"sitting", 5), 3);
        assert_eq!(levenshtein_bounded(b"kitten", b"sitting", 2), 3);
        assert_eq!(levenshtein_bounded(b"19900307", b"19900370", 2), 2);
    }

    #[test]
    fn phonetic_variants_agree() {
        assert_eq!(phonetic_key("mohamed"), phonetic_key("mohammed"));
        assert_eq!(phonetic_key("mohamed"), phonetic_key("muhamed"));
        assert_eq!(phonetic_key("okafor"), phonetic_key("okaffor"));
        assert_eq!(phonetic_key("popescu"), phonetic_key("popesku"));
        assert_eq!(phonetic_key("nguyen"), phonetic_key("nguien"));
        assert_ne!(phonetic_key("mensah"), phonetic_key("okafor"));
    }
}
