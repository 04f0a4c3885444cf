//! Boolean expressions used by combination rules, actions and aggravating circumstances.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A condition written as data, e.g. `{ all = [ { any = ["D1","D2","D3"] }, "D4" ] }`.
///
/// An atom is a name (a dimension id, a fact, or `indicator:<key>`) whose truth the
/// caller supplies when evaluating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Expr {
    /// A named condition.
    Atom(String),
    /// True when every part is true.
    All {
        /// The parts.
        all: Vec<Expr>,
    },
    /// True when at least one part is true.
    Any {
        /// The parts.
        any: Vec<Expr>,
    },
    /// True when the part is false.
    Not {
        /// The part.
        not: Box<Expr>,
    },
}

impl Expr {
    /// Evaluates the expression, asking `atom` for the truth of each name.
    pub fn eval(&self, atom: &dyn Fn(&str) -> bool) -> bool {
        match self {
            Expr::Atom(name) => atom(name),
            Expr::All { all } => all.iter().all(|e| e.eval(atom)),
            Expr::Any { any } => any.iter().any(|e| e.eval(atom)),
            Expr::Not { not } => !not.eval(atom),
        }
    }

    /// Every atom named in the expression, in order.
    pub fn atoms(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_atoms(&mut out);
        out
    }

    fn collect_atoms<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Atom(name) => out.push(name),
            Expr::All { all: parts } | Expr::Any { any: parts } => {
                parts.iter().for_each(|p| p.collect_atoms(out))
            }
            Expr::Not { not } => not.collect_atoms(out),
        }
    }

    /// True when an `all`/`any` list is empty somewhere (a rule that cannot be meant).
    pub(crate) fn has_empty_list(&self) -> bool {
        match self {
            Expr::Atom(_) => false,
            Expr::All { all: parts } | Expr::Any { any: parts } => {
                parts.is_empty() || parts.iter().any(Expr::has_empty_list)
            }
            Expr::Not { not } => not.has_empty_list(),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |f: &mut fmt::Formatter<'_>, parts: &[Expr], op: &str| {
            write!(f, "(")?;
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    write!(f, " {op} ")?;
                }
                write!(f, "{p}")?;
            }
            write!(f, ")")
        };
        match self {
            Expr::Atom(name) => write!(f, "{name}"),
            Expr::All { all } => join(f, all, "and"),
            Expr::Any { any } => join(f, any, "or"),
            Expr::Not { not } => write!(f, "not {not}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adult_rule_reads_and_evaluates() {
        let e: Expr = toml::from_str::<std::collections::BTreeMap<String, Expr>>(
            r#"e = { all = [ { any = ["D1","D2","D3"] }, "D4", { any = ["D5","D6"] } ] }"#,
        )
        .unwrap()
        .remove("e")
        .unwrap();
        assert_eq!(e.to_string(), "((D1 or D2 or D3) and D4 and (D5 or D6))");
        assert!(e.eval(&|a| matches!(a, "D2" | "D4" | "D6")));
        assert!(!e.eval(&|a| matches!(a, "D2" | "D4")));
        assert_eq!(e.atoms(), ["D1", "D2", "D3", "D4", "D5", "D6"]);
    }

    #[test]
    fn not_inverts() {
        let e = Expr::Not {
            not: Box::new(Expr::Atom("any_sign".into())),
        };
        assert!(e.eval(&|_| false));
        assert!(!e.eval(&|_| true));
    }
}
