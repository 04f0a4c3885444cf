//! Embeds the files of `static/` with a content hash in their served names, so they can be
//! cached for a year and still change the moment their content does.

use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest
        .join("../../static")
        .canonicalize()
        .expect("static/ folder");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut code = String::from(
        "/// (logical path, served name, content type, bytes)\npub static FILES: &[(&str, &str, &str, &[u8])] = &[\n",
    );
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(&f).unwrap();
        let hash = hex::encode(&Sha256::digest(&bytes)[..8]);
        let (stem, ext) = rel.rsplit_once('.').unwrap_or((&rel, ""));
        let served = format!("{stem}.{hash}.{ext}");
        let ctype = match ext {
            "css" => "text/css; charset=utf-8",
            "js" => "text/javascript; charset=utf-8",
            "svg" => "image/svg+xml",
            "png" => "image/png",
            "woff2" => "font/woff2",
            "ico" => "image/x-icon",
            "json" => "application/json",
            _ => "application/octet-stream",
        };
        writeln!(
            code,
            "    ({rel:?}, {served:?}, {ctype:?}, include_bytes!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("static_files.rs");
    std::fs::write(out, code).unwrap();
}
