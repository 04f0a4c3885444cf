//! Reading record files with strict validation (missing columns, ragged rows, invalid UTF-8).

use crate::error::LinkError;
use crate::kind::FieldKind;
use crate::prepare::{Prepared, Schema};
use rayon::prelude::*;

/// A field specification `COLUMN=KIND`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// Column name in the CSV header.
    pub column: String,
    /// Its kind.
    pub kind: FieldKind,
}

impl std::str::FromStr for FieldSpec {
    type Err = LinkError;
    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        let (column, kind) = spec
            .split_once('=')
            .ok_or_else(|| LinkError::InvalidFieldSpec {
                spec: spec.to_string(),
                reason: "expected COLUMN=KIND".into(),
            })?;
        let kind = kind
            .parse::<FieldKind>()
            .map_err(|e| LinkError::InvalidFieldSpec {
                spec: spec.to_string(),
                reason: e.to_string(),
            })?;
        if column.is_empty() {
            return Err(LinkError::InvalidFieldSpec {
                spec: spec.to_string(),
                reason: "empty column name".into(),
            });
        }
        Ok(FieldSpec {
            column: column.to_string(),
            kind,
        })
    }
}

/// Records read from a file: ids and prepared records, plus counts.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Record ids, in file order.
    pub ids: Vec<String>,
    /// Prepared records, in file order.
    pub records: Vec<Prepared>,
    /// Impossible dates turned into missing values.
    pub invalid_dates: u64,
}

/// Read a CSV file, keep the id column and the named fields, prepare every record.
pub fn load(path: &str, id_column: &str, fields: &[FieldSpec]) -> Result<Loaded, LinkError> {
    load_with_progress(path, id_column, fields, &mut |_| {})
}

/// [`load`], calling `progress` with the number of records read after every chunk.
pub fn load_with_progress(
    path: &str,
    id_column: &str,
    fields: &[FieldSpec],
    progress: &mut dyn FnMut(usize),
) -> Result<Loaded, LinkError> {
    let file = std::fs::File::open(path).map_err(|source| LinkError::Io {
        path: path.to_string(),
        source,
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
    let headers = reader
        .byte_headers()
        .map_err(|e| LinkError::BadRow {
            file: path.to_string(),
            line: 1,
            reason: e.to_string(),
        })?
        .clone();
    let header_names: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    let find = |column: &str| {
        header_names
            .iter()
            .position(|h| h == column)
            .ok_or_else(|| LinkError::MissingColumn {
                file: path.to_string(),
                column: column.to_string(),
                available: header_names.join(","),
            })
    };
    let id_index = find(id_column)?;
    let field_indices: Vec<usize> = fields
        .iter()
        .map(|f| find(&f.column))
        .collect::<Result<_, _>>()?;
    let schema = Schema {
        kinds: fields.iter().map(|f| f.kind).collect(),
    };
    let mut loaded = Loaded::default();
    let mut line: u64 = 1;
    // Parse the next chunk while the previous one is being prepared.
    let mut current: Vec<csv::ByteRecord> = Vec::new();
    let mut spare: Vec<csv::ByteRecord> = Vec::new();
    read_chunk(&mut reader, &mut current, &mut line, path)?;
    while !current.is_empty() {
        let (next, prepared) = rayon::join(
            || read_chunk(&mut reader, &mut spare, &mut line, path),
            || prepare_chunk(&current, id_index, &field_indices, &schema),
        );
        next?;
        for (id, p) in prepared {
            loaded.invalid_dates += u64::from(p.invalid_dates);
            loaded.ids.push(id);
            loaded.records.push(p);
        }
        progress(loaded.records.len());
        std::mem::swap(&mut current, &mut spare);
    }
    Ok(loaded)
}

const CHUNK: usize = 65_536;

/// Read up to [`CHUNK`] rows into `chunk` (reusing its buffers); empty at the end of the file.
fn read_chunk<R: std::io::Read>(
    reader: &mut csv::Reader<R>,
    chunk: &mut Vec<csv::ByteRecord>,
    line: &mut u64,
    path: &str,
) -> Result<(), LinkError> {
    let mut filled = 0;
    while filled < CHUNK {
        if filled == chunk.len() {
            chunk.push(csv::ByteRecord::new());
        }
        let record = &mut chunk[filled];
        let more = reader.read_byte_record(record).map_err(|e| {
            let line = e.position().map_or(*line + 1, |p| p.line());
            let reason = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => format!("ragged row: {len} fields, header has {expected_len}"),
                _ => e.to_string(),
            };
            LinkError::BadRow {
                file: path.to_string(),
                line,
                reason,
            }
        })?;
        if !more {
            break;
        }
        *line = record.position().map_or(*line + 1, |p| p.line());
        if std::str::from_utf8(record.as_slice()).is_err() {
            return Err(LinkError::BadRow {
                file: path.to_string(),
                line: *line,
                reason: "invalid UTF-8".into(),
            });
        }
        filled += 1;
    }
    chunk.truncate(filled);
    Ok(())
}

fn prepare_chunk(
    chunk: &[csv::ByteRecord],
    id_index: usize,
    field_indices: &[usize],
    schema: &Schema,
) -> Vec<(String, Prepared)> {
    chunk
        .par_iter()
        .map(|r| {
            let text = |i: usize| {
                r.get(i)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .unwrap_or_default()
            };
            let values: Vec<&str> = field_indices.iter().map(|&i| text(i)).collect();
            (
                text(id_index).to_string(),
                Prepared::from_values(schema, &values),
            )
        })
        .collect()
}

/// Read two columns (id and another) of a CSV file as strings, e.g. clusters or ground truth.
pub fn load_pairs(
    path: &str,
    id_column: &str,
    value_column: &str,
) -> Result<Vec<(String, String)>, LinkError> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| match e.into_kind() {
        csv::ErrorKind::Io(source) => LinkError::Io {
            path: path.to_string(),
            source,
        },
        other => LinkError::BadRow {
            file: path.to_string(),
            line: 1,
            reason: format!("{other:?}"),
        },
    })?;
    let headers = reader
        .headers()
        .map_err(|e| LinkError::BadRow {
            file: path.to_string(),
            line: 1,
            reason: e.to_string(),
        })?
        .clone();
    let find = |c: &str| {
        headers
            .iter()
            .position(|h| h == c)
            .ok_or_else(|| LinkError::MissingColumn {
                file: path.to_string(),
                column: c.to_string(),
                available: headers.iter().collect::<Vec<_>>().join(","),
            })
    };
    let (a, b) = (find(id_column)?, find(value_column)?);
    let mut out = Vec::new();
    for (n, row) in reader.records().enumerate() {
        let row = row.map_err(|e| LinkError::BadRow {
            file: path.to_string(),
            line: n as u64 + 2,
            reason: e.to_string(),
        })?;
        out.push((
            row.get(a).unwrap_or_default().to_string(),
            row.get(b).unwrap_or_default().to_string(),
        ));
    }
    Ok(out)
}
