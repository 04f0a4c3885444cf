//! Paging of long lists: the page number read from the query string and the pager's links.
//! Lists with few pages link every page ([`page_links`]); lists that can run to hundreds of
//! pages (the audit log, the accounts) use a [`Pager`]: previous and next, the first and the
//! last page and the pages around the current one, with gaps between (`templates/pager.html`).

use crate::infra::error::WebError;

/// A link of a pager: its page number, where it leads, and whether it is the current page.
pub struct PageLink {
    /// Page number, from 1.
    pub number: u64,
    /// Where it leads.
    pub href: String,
    /// Whether it is the page shown.
    pub current: bool,
}

/// The links to every page of `total` items (none when one page holds them all).
pub fn page_links(
    total: u64,
    per_page: u64,
    current: u64,
    href: impl Fn(u64) -> String,
) -> Vec<PageLink> {
    let pages = total.div_ceil(per_page.max(1));
    if pages <= 1 {
        return Vec::new();
    }
    (1..=pages)
        .map(|number| PageLink {
            number,
            href: href(number),
            current: number == current,
        })
        .collect()
}

/// The highest page number a query may ask for.
const MAX_PAGE: u64 = 1_000_000;

/// A page number from the query (from 1; missing means 1); anything else is a 400 naming it.
pub fn page_number(raw: Option<&str>) -> Result<u64, WebError> {
    parse_page(raw).ok_or(WebError::BadRequest {
        field: "page".into(),
    })
}

/// A page number from the query (from 1; missing or empty means 1), or `None` when it is not
/// a number from 1 to 1,000,000.
pub fn parse_page(raw: Option<&str>) -> Option<u64> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Some(1),
        Some(s) => s.parse::<u64>().ok().filter(|n| (1..=MAX_PAGE).contains(n)),
    }
}

/// Pages shown on each side of the current one.
const AROUND: u64 = 2;

/// One page number of a [`Pager`].
pub struct PagerItem {
    /// Page number, from 1.
    pub number: u64,
    /// Where it leads.
    pub href: String,
    /// Whether it is the page shown.
    pub current: bool,
    /// Whether pages are left out between the previous item and this one.
    pub gap_before: bool,
}

/// The pager of a long list.
pub struct Pager {
    /// Pages in all (at least 1).
    pub pages: u64,
    /// The previous page, unless the first is shown.
    pub prev: Option<String>,
    /// The next page, unless the last (or one past it) is shown.
    pub next: Option<String>,
    /// The first and last pages and those around the current one, in order.
    pub items: Vec<PagerItem>,
}

impl Pager {
    /// The pager of `total` items, `per_page` a page, showing page `current` (from 1); `href`
    /// gives the address of a page.
    pub fn new(total: u64, per_page: u64, current: u64, href: impl Fn(u64) -> String) -> Self {
        let pages = total.div_ceil(per_page.max(1)).max(1);
        let current = current.max(1);
        let shown = |n: u64| n == 1 || n == pages || n.abs_diff(current) <= AROUND;
        let mut items = Vec::new();
        let mut last = 0;
        for number in (1..=pages).filter(|n| shown(*n)) {
            items.push(PagerItem {
                number,
                href: href(number),
                current: number == current,
                gap_before: last != 0 && number > last + 1,
            });
            last = number;
        }
        Self {
            pages,
            prev: (current > 1).then(|| href((current - 1).min(pages))),
            next: (current < pages).then(|| href(current + 1)),
            items,
        }
    }

    /// Whether there is more than one page (otherwise no pager is shown).
    pub fn needed(&self) -> bool {
        self.pages > 1
    }
}

/// A query string of the non-empty `pairs` (`a=1&b=x`), URL-encoded.
pub fn query_of(pairs: &[(&str, &str)]) -> String {
    let kept: Vec<_> = pairs.iter().filter(|(_, v)| !v.is_empty()).collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(p: &Pager) -> Vec<String> {
        p.items
            .iter()
            .map(|i| {
                let n = if i.current {
                    format!("[{}]", i.number)
                } else {
                    i.number.to_string()
                };
                if i.gap_before { format!("… {n}") } else { n }
            })
            .collect()
    }

    #[test]
    fn a_long_list_shows_the_ends_and_the_pages_around_the_current_one() {
        let p = Pager::new(1_000, 50, 10, |n| format!("?page={n}"));
        assert_eq!(p.pages, 20);
        assert_eq!(numbers(&p), ["1", "… 8", "9", "[10]", "11", "12", "… 20"]);
        assert_eq!(p.prev.as_deref(), Some("?page=9"));
        assert_eq!(p.next.as_deref(), Some("?page=11"));
    }

    #[test]
    fn the_first_and_last_pages_have_no_previous_or_next() {
        let first = Pager::new(120, 50, 1, |n| n.to_string());
        assert_eq!(numbers(&first), ["[1]", "2", "3"]);
        assert!(first.prev.is_none());
        assert_eq!(first.next.as_deref(), Some("2"));
        let last = Pager::new(120, 50, 3, |n| n.to_string());
        assert!(last.next.is_none());
        assert!(!Pager::new(0, 50, 1, |n| n.to_string()).needed());
        assert!(!Pager::new(50, 50, 1, |n| n.to_string()).needed());
        assert!(Pager::new(51, 50, 1, |n| n.to_string()).needed());
    }

    #[test]
    fn a_page_past_the_end_leads_back_to_the_last() {
        let p = Pager::new(60, 50, 9, |n| n.to_string());
        assert_eq!(p.prev.as_deref(), Some("2"));
        assert!(p.next.is_none());
    }

    #[test]
    fn page_numbers_are_checked() {
        assert_eq!(parse_page(None), Some(1));
        assert_eq!(parse_page(Some(" ")), Some(1));
        assert_eq!(parse_page(Some("3")), Some(3));
        assert_eq!(parse_page(Some("0")), None);
        assert_eq!(parse_page(Some("two")), None);
        assert_eq!(parse_page(Some("1000001")), None);
    }
}
