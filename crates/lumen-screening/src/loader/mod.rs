//! Reading and validating catalogue files. Every problem is reported with file and line.

use crate::error::{CatalogueError, Problem};
use crate::expr::Expr;
use crate::model::{
    ActionDef, Aggravating, Catalogue, Lang, LawVersion, Localized, Purpose, Sign, SourceInfo,
};
use crate::raw::{ActionsFile, Header, IloFile, KindProbe, LawFile, RawText, SignsFile};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;
use toml::Spanned;

/// Facts a combination rule may name besides dimensions.
pub(crate) const COMBINATION_FACTS: &[&str] = &["act_established", "minor"];
/// Facts an aggravating circumstance may name besides dimensions and `indicator:<key>`.
pub(crate) const AGGRAVATING_FACTS: &[&str] = &["minor", "immediate_danger", "act_established"];
/// Facts and results an action condition may name besides dimensions.
pub(crate) const ACTION_FACTS: &[&str] = &[
    "minor",
    "immediate_danger",
    "act_established",
    "any_sign",
    "ilo_positive",
    "belgian_elements",
];
/// Outcome texts the engine needs.
pub(crate) const REQUIRED_OUTCOMES: &[&str] =
    &["ilo_combination_met", "ilo_combination_not_met", "no_signs"];

const KINDS: &[&str] = &[
    "ilo_indicators",
    "frontline_signs",
    "belgian_law",
    "frontline_actions",
];

/// A file being read: its name and text, to turn byte spans into lines.
struct Ctx<'a> {
    name: &'a str,
    src: &'a str,
}

impl Ctx<'_> {
    fn line(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.src.len());
        self.src[..end].bytes().filter(|b| *b == b'\n').count() + 1
    }
    fn at(&self, span: Range<usize>, problem: Problem) -> CatalogueError {
        CatalogueError {
            file: self.name.to_owned(),
            line: Some(self.line(&span)),
            problem,
        }
    }
    fn whole(&self, problem: Problem) -> CatalogueError {
        CatalogueError {
            file: self.name.to_owned(),
            line: None,
            problem,
        }
    }
    fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, CatalogueError> {
        toml::from_str(self.src).map_err(|e| {
            let problem = Problem::Syntax(e.message().trim().to_owned());
            match e.span() {
                Some(span) => self.at(span, problem),
                None => self.whole(problem),
            }
        })
    }
    fn source_info(&self, h: &Header) -> SourceInfo {
        SourceInfo {
            id: h.id.clone(),
            version: h.version.clone(),
            title: h.title.clone(),
            source: h.source.clone(),
            file: self.name.to_owned(),
        }
    }
}

/// Remembers identifiers already defined, to report duplicates with the first line.
struct Seen<'c, 'a> {
    ctx: &'c Ctx<'a>,
    what: &'static str,
    lines: HashMap<String, usize>,
}

impl<'c, 'a> Seen<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>, what: &'static str) -> Self {
        Seen {
            ctx,
            what,
            lines: HashMap::new(),
        }
    }
    fn add(&mut self, id: &Spanned<String>) -> Result<String, CatalogueError> {
        let line = self.ctx.line(&id.span());
        if let Some(first_line) = self.lines.get(id.get_ref()) {
            return Err(self.ctx.at(
                id.span(),
                Problem::DuplicateId {
                    what: self.what,
                    id: id.get_ref().clone(),
                    first_line: *first_line,
                },
            ));
        }
        self.lines.insert(id.get_ref().clone(), line);
        Ok(id.get_ref().clone())
    }
}

fn text(ctx: &Ctx<'_>, raw: &RawText, what: &str) -> Result<Localized, CatalogueError> {
    let mut out = BTreeMap::new();
    for (code, value) in raw.get_ref() {
        let lang = code.parse::<Lang>().map_err(|_| {
            ctx.at(
                raw.span(),
                Problem::UnknownLanguage {
                    what: what.to_owned(),
                    lang: code.clone(),
                },
            )
        })?;
        if !value.trim().is_empty() {
            out.insert(lang, value.clone());
        }
    }
    for lang in Lang::ALL {
        if !out.contains_key(&lang) {
            return Err(ctx.at(
                raw.span(),
                Problem::MissingLanguage {
                    what: what.to_owned(),
                    lang: lang.code(),
                },
            ));
        }
    }
    Ok(Localized(out))
}

fn list(items: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks that every atom of `expr` is accepted by `valid_atom`.
fn check_expr(
    ctx: &Ctx<'_>,
    expr: &Spanned<Expr>,
    valid_atom: &dyn Fn(&str) -> bool,
    valid_list: &str,
) -> Result<Expr, CatalogueError> {
    if expr.get_ref().has_empty_list() {
        return Err(ctx.at(
            expr.span(),
            Problem::Invalid("rule has an empty `all` or `any` list".into()),
        ));
    }
    for atom in expr.get_ref().atoms() {
        if !valid_atom(atom) {
            return Err(ctx.at(
                expr.span(),
                Problem::UnknownAtom {
                    found: atom.to_owned(),
                    valid: valid_list.to_owned(),
                },
            ));
        }
    }
    Ok(expr.get_ref().clone())
}

/// One file read and typed by its kind, not yet checked against the others.
struct ParsedFile {
    name: String,
    src: String,
    kind_span: Range<usize>,
    body: Body,
}

enum Body {
    Ilo(Box<IloFile>),
    Signs(SignsFile),
    Law(LawFile),
    Actions(ActionsFile),
}

fn parse_file(name: &str, src: &str) -> Result<ParsedFile, CatalogueError> {
    let ctx = Ctx { name, src };
    let probe: KindProbe = ctx.parse()?;
    let kind = probe.catalogue.kind;
    let body = match kind.get_ref().as_str() {
        "ilo_indicators" => Body::Ilo(Box::new(ctx.parse()?)),
        "frontline_signs" => Body::Signs(ctx.parse()?),
        "belgian_law" => Body::Law(ctx.parse()?),
        "frontline_actions" => Body::Actions(ctx.parse()?),
        other => {
            return Err(ctx.at(
                kind.span(),
                Problem::UnknownKind {
                    found: other.to_owned(),
                    valid: list(KINDS),
                },
            ));
        }
    };
    Ok(ParsedFile {
        name: name.to_owned(),
        src: src.to_owned(),
        kind_span: kind.span(),
        body,
    })
}

impl Catalogue {
    /// Builds the catalogue from `(file name, file contents)` pairs, validating everything.
    ///
    /// Exactly one file of each kind (`ilo_indicators`, `frontline_signs`, `belgian_law`,
    /// `frontline_actions`) is required.
    pub fn from_sources(files: &[(&str, &str)]) -> Result<Catalogue, CatalogueError> {
        let parsed = files
            .iter()
            .map(|(name, src)| parse_file(name, src))
            .collect::<Result<Vec<_>, _>>()?;
        build(parsed, "catalogues")
    }

    /// Loads every `*.toml` file of a directory (in name order) and validates them.
    pub fn load_dir(dir: &Path) -> Result<Catalogue, CatalogueError> {
        let dir_name = dir.display().to_string();
        let io = |e: std::io::Error| CatalogueError {
            file: dir_name.clone(),
            line: None,
            problem: Problem::Io(e.to_string()),
        };
        let mut paths = std::fs::read_dir(dir)
            .map_err(io)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(io)?;
        paths.retain(|p| p.extension().is_some_and(|e| e == "toml"));
        paths.sort();
        let mut parsed = Vec::with_capacity(paths.len());
        for path in paths {
            let name = path.display().to_string();
            let src = std::fs::read_to_string(&path).map_err(|e| CatalogueError {
                file: name.clone(),
                line: None,
                problem: Problem::Io(e.to_string()),
            })?;
            parsed.push(parse_file(&name, &src)?);
        }
        build(parsed, &dir_name)
    }

    /// The catalogues shipped with Lumen (embedded at build time).
    pub fn builtin() -> Result<Catalogue, CatalogueError> {
        Catalogue::from_sources(crate::BUILTIN_CATALOGUES)
    }
}

fn take_one<'p>(
    files: &'p [ParsedFile],
    kind: &str,
    pick: impl Fn(&Body) -> bool,
    where_: &str,
) -> Result<&'p ParsedFile, CatalogueError> {
    let mut found = files.iter().filter(|f| pick(&f.body));
    let first = found.next().ok_or_else(|| CatalogueError {
        file: where_.to_owned(),
        line: None,
        problem: Problem::MissingKind(kind.to_owned()),
    })?;
    if let Some(second) = found.next() {
        let ctx = Ctx {
            name: &second.name,
            src: &second.src,
        };
        return Err(ctx.at(
            second.kind_span.clone(),
            Problem::DuplicateKind {
                kind: kind.to_owned(),
                first: first.name.clone(),
            },
        ));
    }
    Ok(first)
}

fn build(files: Vec<ParsedFile>, where_: &str) -> Result<Catalogue, CatalogueError> {
    let ilo_file = take_one(
        &files,
        "ilo_indicators",
        |b| matches!(b, Body::Ilo(_)),
        where_,
    )?;
    let signs_file = take_one(
        &files,
        "frontline_signs",
        |b| matches!(b, Body::Signs(_)),
        where_,
    )?;
    let law_file = take_one(&files, "belgian_law", |b| matches!(b, Body::Law(_)), where_)?;
    let actions_file = take_one(
        &files,
        "frontline_actions",
        |b| matches!(b, Body::Actions(_)),
        where_,
    )?;
    let mut cat = match &ilo_file.body {
        Body::Ilo(ilo) => ilo::build_ilo(
            &Ctx {
                name: &ilo_file.name,
                src: &ilo_file.src,
            },
            ilo,
        )?,
        _ => unreachable!("take_one picked an ILO file"),
    };
    if let Body::Signs(signs) = &signs_file.body {
        build_signs(&mut cat, &ctx_of(signs_file), signs)?;
    }
    if let Body::Law(law) = &law_file.body {
        build_law(&mut cat, &ctx_of(law_file), law)?;
    }
    if let Body::Actions(actions) = &actions_file.body {
        build_actions(&mut cat, &ctx_of(actions_file), actions)?;
    }
    Ok(cat)
}

fn ctx_of(f: &ParsedFile) -> Ctx<'_> {
    Ctx {
        name: &f.name,
        src: &f.src,
    }
}

fn all_keys(cat: &Catalogue) -> BTreeSet<&str> {
    cat.sets
        .iter()
        .flat_map(|s| s.indicators.iter().map(|i| i.key.as_str()))
        .collect()
}

fn build_signs(cat: &mut Catalogue, ctx: &Ctx<'_>, file: &SignsFile) -> Result<(), CatalogueError> {
    let keys = all_keys(cat);
    let mut seen = Seen::new(ctx, "sign");
    let mut signs = Vec::new();
    for raw in &file.signs {
        let id = seen.add(&raw.id)?;
        for key in raw.suggests.get_ref() {
            if !keys.contains(key.as_str()) {
                return Err(ctx.at(
                    raw.suggests.span(),
                    Problem::UnknownIndicator { found: key.clone() },
                ));
            }
        }
        signs.push(Sign {
            label: text(ctx, &raw.label, &format!("sign `{id}` label"))?,
            id,
            suggests: raw.suggests.get_ref().clone(),
        });
    }
    cat.signs = signs;
    cat.sources.push(ctx.source_info(&file.catalogue));
    Ok(())
}

fn build_law(cat: &mut Catalogue, ctx: &Ctx<'_>, file: &LawFile) -> Result<(), CatalogueError> {
    let set_ids: Vec<&str> = cat.sets.iter().map(|s| s.id.as_str()).collect();
    let mut seen = Seen::new(ctx, "purpose");
    let mut purposes = Vec::new();
    for raw in &file.purposes {
        let id = seen.add(&raw.id)?;
        let suggested = raw
            .suggested_by_sets
            .as_ref()
            .map(|s| (s.get_ref().clone(), s.span()))
            .unwrap_or_default();
        if let Some(bad) = suggested.0.iter().find(|s| !set_ids.contains(&s.as_str())) {
            return Err(ctx.at(
                suggested.1,
                Problem::UnknownSet {
                    found: bad.clone(),
                    valid: list(&set_ids),
                },
            ));
        }
        purposes.push(Purpose {
            label: text(ctx, &raw.label, &format!("purpose `{id}` label"))?,
            id,
            verify: raw.verify,
            suggested_by_sets: suggested.0,
        });
    }
    let purpose_ids: Vec<&str> = purposes.iter().map(|p| p.id.as_str()).collect();
    let mut seen = Seen::new(ctx, "law version");
    let mut versions = Vec::new();
    for raw in &file.versions {
        let id = seen.add(&raw.id)?;
        for date in [&raw.valid_from, &raw.valid_until].into_iter().flatten() {
            if !crate::date::is_iso_date(date.get_ref()) {
                return Err(ctx.at(
                    date.span(),
                    Problem::Invalid(format!("date `{}` is not YYYY-MM-DD", date.get_ref())),
                ));
            }
        }
        if let Some(bad) = raw
            .purposes
            .get_ref()
            .iter()
            .find(|p| !purpose_ids.contains(&p.as_str()))
        {
            return Err(ctx.at(
                raw.purposes.span(),
                Problem::UnknownPurpose {
                    found: bad.clone(),
                    valid: list(&purpose_ids),
                },
            ));
        }
        versions.push(LawVersion {
            label: text(ctx, &raw.label, &format!("law version `{id}` label"))?,
            id,
            valid_from: raw.valid_from.as_ref().map(|d| d.get_ref().clone()),
            valid_until: raw.valid_until.as_ref().map(|d| d.get_ref().clone()),
            verify: raw.verify,
            purposes: raw.purposes.get_ref().clone(),
        });
    }
    let dims: Vec<&str> = cat.dimensions.iter().map(|d| d.id.as_str()).collect();
    let keys = all_keys(cat);
    let valid_atom = |a: &str| {
        dims.contains(&a)
            || AGGRAVATING_FACTS.contains(&a)
            || a.strip_prefix("indicator:")
                .is_some_and(|k| keys.contains(k))
    };
    let valid_list = format!(
        "{}, {}, indicator:<key>",
        list(&dims),
        list(AGGRAVATING_FACTS)
    );
    let mut seen = Seen::new(ctx, "aggravating circumstance");
    let mut aggravating = Vec::new();
    for raw in &file.aggravating {
        let id = seen.add(&raw.id)?;
        let when = match &raw.when {
            Some(w) => Some(check_expr(ctx, w, &valid_atom, &valid_list)?),
            None => None,
        };
        aggravating.push(Aggravating {
            label: text(ctx, &raw.label, &format!("aggravating `{id}` label"))?,
            id,
            verify: raw.verify,
            when,
        });
    }
    cat.purposes = purposes;
    cat.law_versions = versions;
    cat.aggravating = aggravating;
    cat.sources.push(ctx.source_info(&file.catalogue));
    Ok(())
}

fn build_actions(
    cat: &mut Catalogue,
    ctx: &Ctx<'_>,
    file: &ActionsFile,
) -> Result<(), CatalogueError> {
    let dims: Vec<&str> = cat.dimensions.iter().map(|d| d.id.as_str()).collect();
    let valid_atom = |a: &str| dims.contains(&a) || ACTION_FACTS.contains(&a);
    let valid_list = format!("{}, {}", list(&dims), list(ACTION_FACTS));
    let mut seen = Seen::new(ctx, "action");
    let mut actions = Vec::new();
    for raw in &file.actions {
        let id = seen.add(&raw.id)?;
        actions.push(ActionDef {
            when: check_expr(ctx, &raw.when, &valid_atom, &valid_list)?,
            text: text(ctx, &raw.text, &format!("action `{id}` text"))?,
            id,
            verify: raw.verify,
        });
    }
    cat.actions = actions;
    cat.sources.push(ctx.source_info(&file.catalogue));
    Ok(())
}

mod ilo;

pub(crate) use ilo::dimension_index;
