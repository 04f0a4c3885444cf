//! Importing officers from a CSV file as Excel writes it in Belgium: a header row, `;` or `,`
//! between fields, optional double quotes, UTF-8 with or without a byte-order mark. The file
//! is read by the `csv` crate (a quoted field may hold the separator, `""` and line breaks);
//! the plan lists the officers to create and every problem with the line its record starts
//! on; nothing is written unless the plan has no problem.

use super::OfficerFunction;
use crate::{UnitId, UserId};
use std::collections::HashMap;

/// The most data lines one import may hold.
pub const MAX_IMPORT_LINES: usize = 1000;

/// What is wrong with a line. The code is the message key's suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The file holds no header row.
    Empty,
    /// A required column is missing from the header (value: the column).
    MissingColumn,
    /// The header names a column that is not known (value: the column).
    UnknownColumn,
    /// Wrong number of fields or an unclosed quote.
    MalformedLine,
    /// No name, or a name over 200 characters.
    BadName,
    /// No police unit with that code or name (value: the unit).
    UnknownUnit,
    /// Not a known function (value: the function).
    UnknownFunction,
    /// Not yes/no (value: what was given).
    BadActive,
    /// The same officer appears earlier in the file (value: that line).
    DuplicateInFile,
    /// The officer is already registered in that unit.
    AlreadyRegistered,
    /// No staff account with that e-mail (value: the e-mail).
    UnknownAccount,
    /// The staff account is already linked to an officer, or twice in the file.
    AccountTaken,
    /// More than [`MAX_IMPORT_LINES`] lines.
    TooManyLines,
}

impl ProblemKind {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::MissingColumn => "missing_column",
            Self::UnknownColumn => "unknown_column",
            Self::MalformedLine => "malformed_line",
            Self::BadName => "bad_name",
            Self::UnknownUnit => "unknown_unit",
            Self::UnknownFunction => "unknown_function",
            Self::BadActive => "bad_active",
            Self::DuplicateInFile => "duplicate_in_file",
            Self::AlreadyRegistered => "already_registered",
            Self::UnknownAccount => "unknown_account",
            Self::AccountTaken => "account_taken",
            Self::TooManyLines => "too_many_lines",
        }
    }
}

/// One problem, on one line of the file (1 = the header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line number.
    pub line: usize,
    /// What is wrong.
    pub kind: ProblemKind,
    /// The value concerned, to quote in the message (may be empty).
    pub value: String,
}

/// An officer the import will create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedOfficer {
    /// The line number.
    pub line: usize,
    /// Name, trimmed.
    pub display_name: String,
    /// Unit.
    pub unit_id: UnitId,
    /// Function.
    pub function: OfficerFunction,
    /// Active or not.
    pub active: bool,
    /// Staff account, if given.
    pub user_id: Option<UserId>,
}

/// What an import would do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportPlan {
    /// Officers to create, in file order.
    pub officers: Vec<PlannedOfficer>,
    /// Problems, by line.
    pub problems: Vec<Problem>,
}

/// What the plan is checked against.
#[derive(Debug, Clone, Default)]
pub struct ImportContext {
    /// Police units officers may belong to: id, code, name.
    pub units: Vec<(UnitId, String, String)>,
    /// Staff accounts: id and e-mail.
    pub accounts: Vec<(UserId, String)>,
    /// Officers already registered: unit and name.
    pub officers: Vec<(UnitId, String)>,
    /// Staff accounts already linked to an officer.
    pub linked_accounts: Vec<UserId>,
}

/// How names are compared: case, accents kept, spaces collapsed, letters lower-cased.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Name,
    Unit,
    Function,
    Active,
    Email,
}

fn column(header: &str) -> Option<Column> {
    let h = header.trim().to_lowercase().replace(['-', '_'], " ");
    Some(match h.as_str() {
        "name" | "nom" | "naam" | "officer" | "agent" | "officier" => Column::Name,
        "unit" | "unité" | "unite" | "eenheid" => Column::Unit,
        "function" | "fonction" | "functie" => Column::Function,
        "active" | "actif" | "actief" => Column::Active,
        "email" | "e mail" | "account" | "compte" | "staff account" | "courriel" => Column::Email,
        _ => return None,
    })
}

fn function(raw: &str) -> Option<OfficerFunction> {
    let v = raw.trim().to_lowercase().replace(['-', ' '], "_");
    if let Some(f) = OfficerFunction::parse(&v) {
        return Some(f);
    }
    Some(match v.as_str() {
        "quartier" | "proximité" | "proximite" | "wijk" | "wijkagent" => {
            OfficerFunction::Neighbourhood
        }
        "accueil" | "onthaal" => OfficerFunction::Reception,
        "section_teh" | "teh" | "sectie_mh" | "mh" | "thb" => OfficerFunction::ThbSection,
        "autre" | "ander" | "andere" => OfficerFunction::Other,
        _ => return None,
    })
}

fn active(raw: &str) -> Option<bool> {
    match raw.trim().to_lowercase().as_str() {
        "" | "yes" | "y" | "oui" | "o" | "ja" | "j" | "1" | "true" | "vrai" | "waar" | "x" => {
            Some(true)
        }
        "no" | "n" | "non" | "nee" | "0" | "false" | "faux" | "onwaar" => Some(false),
        _ => None,
    }
}

/// The records of `text` with the line each starts on, blank lines left out. Quoted fields may
/// hold the separator, doubled quotes and line breaks (a record then spans several lines); a
/// quote left open runs to the end of the text, so that record has the wrong number of fields.
/// `None` for a record the reader refuses.
fn records(text: &str, sep: u8) -> impl Iterator<Item = (usize, Option<Vec<String>>)> + '_ {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    // The reader's positions are where it stood before skipping blank lines; the line of a
    // record is that of its first byte that is not a line break.
    let (mut at, mut line) = (0usize, 1usize);
    let mut line_of = move |byte: u64| {
        let bytes = text.as_bytes();
        let mut start = usize::try_from(byte)
            .unwrap_or(bytes.len())
            .min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        line += bytes[at.min(start)..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        at = at.max(start);
        line
    };
    std::iter::from_fn(move || {
        loop {
            let start = reader.position().byte();
            match reader.read_record(&mut record) {
                Ok(false) => return None,
                Ok(true) if record.len() == 1 && record[0].is_empty() => continue,
                Ok(true) => {
                    let fields = record.iter().map(str::to_owned).collect();
                    return Some((line_of(start), Some(fields)));
                }
                Err(_) => return Some((line_of(start), None)),
            }
        }
    })
}

/// Reads `text` and plans the import against `ctx`.
pub fn plan(text: &str, ctx: &ImportContext) -> ImportPlan {
    let mut out = ImportPlan::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let problem = |line, kind, value: &str| Problem {
        line,
        kind,
        value: value.to_owned(),
    };
    // The separator is the header's: `;` as Excel writes it in Belgium, else `,`.
    let header_text = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let sep = if header_text.contains(';') {
        b';'
    } else {
        b','
    };
    let mut lines = records(text, sep);
    let Some((header_line, header)) = lines.next() else {
        out.problems.push(problem(1, ProblemKind::Empty, ""));
        return out;
    };
    let Some(names) = header else {
        out.problems
            .push(problem(header_line, ProblemKind::MalformedLine, ""));
        return out;
    };
    let mut columns = Vec::new();
    for n in &names {
        match column(n) {
            Some(c) if !columns.contains(&Some(c)) => columns.push(Some(c)),
            _ => {
                out.problems
                    .push(problem(header_line, ProblemKind::UnknownColumn, n));
                columns.push(None);
            }
        }
    }
    for (c, label) in [
        (Column::Name, "name"),
        (Column::Unit, "unit"),
        (Column::Function, "function"),
    ] {
        if !columns.contains(&Some(c)) {
            out.problems
                .push(problem(header_line, ProblemKind::MissingColumn, label));
        }
    }
    if !out.problems.is_empty() {
        return out;
    }
    let mut seen: HashMap<(UnitId, String), usize> = HashMap::new();
    let mut accounts_seen: HashMap<UserId, usize> = HashMap::new();
    for (count, (n, fields)) in lines.enumerate() {
        if count >= MAX_IMPORT_LINES {
            out.problems.push(problem(n, ProblemKind::TooManyLines, ""));
            break;
        }
        let fields = match fields {
            Some(f) if f.len() == columns.len() => f,
            _ => {
                out.problems
                    .push(problem(n, ProblemKind::MalformedLine, ""));
                continue;
            }
        };
        let get = |c: Column| {
            columns
                .iter()
                .position(|k| *k == Some(c))
                .map_or("", |i| fields[i].as_str())
        };
        let before = out.problems.len();
        let name = get(Column::Name);
        if name.is_empty() || name.chars().count() > 200 {
            out.problems.push(problem(n, ProblemKind::BadName, name));
        }
        let unit_raw = get(Column::Unit);
        let unit = ctx.units.iter().find(|(_, code, uname)| {
            code.eq_ignore_ascii_case(unit_raw) || name_key(uname) == name_key(unit_raw)
        });
        if unit.is_none() {
            out.problems
                .push(problem(n, ProblemKind::UnknownUnit, unit_raw));
        }
        let func = function(get(Column::Function));
        if func.is_none() {
            out.problems.push(problem(
                n,
                ProblemKind::UnknownFunction,
                get(Column::Function),
            ));
        }
        let act = active(get(Column::Active));
        if act.is_none() {
            out.problems
                .push(problem(n, ProblemKind::BadActive, get(Column::Active)));
        }
        let email = get(Column::Email);
        let user = if email.is_empty() {
            None
        } else {
            match ctx
                .accounts
                .iter()
                .find(|(_, e)| e.eq_ignore_ascii_case(email))
            {
                None => {
                    out.problems
                        .push(problem(n, ProblemKind::UnknownAccount, email));
                    None
                }
                Some((id, _)) => {
                    if ctx.linked_accounts.contains(id) {
                        out.problems
                            .push(problem(n, ProblemKind::AccountTaken, email));
                    } else if let Some(first) = accounts_seen.get(id) {
                        out.problems.push(problem(
                            n,
                            ProblemKind::DuplicateInFile,
                            &first.to_string(),
                        ));
                    } else {
                        accounts_seen.insert(*id, n);
                    }
                    Some(*id)
                }
            }
        };
        if let (Some((unit_id, ..)), false) = (unit, name.is_empty()) {
            let key = (*unit_id, name_key(name));
            if ctx
                .officers
                .iter()
                .any(|(u, o)| *u == key.0 && name_key(o) == key.1)
            {
                out.problems
                    .push(problem(n, ProblemKind::AlreadyRegistered, name));
            } else if let Some(first) = seen.get(&key) {
                out.problems
                    .push(problem(n, ProblemKind::DuplicateInFile, &first.to_string()));
            } else {
                seen.insert(key, n);
            }
        }
        if out.problems.len() == before
            && let (Some((unit_id, ..)), Some(function), Some(active)) = (unit, func, act)
        {
            out.officers.push(PlannedOfficer {
                line: n,
                display_name: name.split_whitespace().collect::<Vec<_>>().join(" "),
                unit_id: *unit_id,
                function,
                active,
                user_id: user,
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
