// An INI file parser producing nested maps, with comments, sections, quoting and error positions.
use std::collections::BTreeMap;

pub type Section = BTreeMap<String, String>;

#[derive(Debug, PartialEq)]
pub struct IniError {
    pub line: usize,
    pub kind: IniErrorKind,
}

#[derive(Debug, PartialEq)]
pub enum IniErrorKind {
    UnclosedSection,
    MissingEquals,
    EmptyKey,
}

pub fn parse_ini(text: &str) -> Result<BTreeMap<String, Section>, IniError> {
    let mut out: BTreeMap<String, Section> = BTreeMap::new();
    let mut current = String::new();
    for (idx, raw) in text.lines().enumerate() {
        let line_no = idx + 1;
        let err = |kind| IniError { line: line_no, kind };
        let line = raw.split([';', '#']).next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest.strip_suffix(']').ok_or(err(IniErrorKind::UnclosedSection))?;
            current = name.trim().to_string();
            out.entry(current.clone()).or_default();
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(err(IniErrorKind::MissingEquals))?;
        let key = key.trim();
        if key.is_empty() {
            return Err(err(IniErrorKind::EmptyKey));
        }
        let value = value.trim();
        let value = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(value);
        out.entry(current.clone()).or_default().insert(key.to_string(), value.to_string());
    }
    Ok(out)
}

fn main() {
    let text = r#"
        ; global settings
        name = demo
        [server]
        host = "0.0.0.0"   # bind everywhere
        port=8080
        [ client ]
        retries = 3
    "#;
    match parse_ini(text) {
        Ok(map) => {
            for (section, entries) in &map {
                println!("[{section}] {entries:?}");
            }
        }
        Err(e) => println!("{e:?}"),
    }
    println!("{:?}", parse_ini("[broken"));
    println!("{:?}", parse_ini("a\n= b"));
}
