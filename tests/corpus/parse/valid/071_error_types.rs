// A custom error enum with Display, Error::source, From conversions and a Result alias.
use std::error::Error;
use std::fmt;
use std::io;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
pub enum ConfigError {
    Io { path: String, source: io::Error },
    Int(ParseIntError),
    Float(ParseFloatError),
    Missing(&'static str),
    Invalid { key: String, reason: String },
}

pub type Result<T> = std::result::Result<T, ConfigError>;

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, .. } => write!(f, "could not read {path}"),
            Self::Int(e) => write!(f, "bad integer: {e}"),
            Self::Float(e) => write!(f, "bad float: {e}"),
            Self::Missing(key) => write!(f, "missing key `{key}`"),
            Self::Invalid { key, reason } => write!(f, "invalid `{key}`: {reason}"),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            Self::Int(e) => Some(e),
            Self::Float(e) => Some(e),
            Self::Missing(_) | Self::Invalid { .. } => None,
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        Self::Int(e)
    }
}

impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self {
        Self::Float(e)
    }
}

#[derive(Debug)]
pub struct Config {
    pub threads: u32,
    pub ratio: f64,
}

fn value<'a>(pairs: &[(&'a str, &'a str)], key: &'static str) -> Result<&'a str> {
    pairs.iter().find(|(k, _)| *k == key).map(|&(_, v)| v).ok_or(ConfigError::Missing(key))
}

pub fn parse(pairs: &[(&str, &str)]) -> Result<Config> {
    let threads: u32 = value(pairs, "threads")?.parse()?;
    let ratio: f64 = value(pairs, "ratio")?.parse()?;
    if !(0.0..=1.0).contains(&ratio) {
        return Err(ConfigError::Invalid { key: "ratio".into(), reason: format!("{ratio} not in 0..=1") });
    }
    Ok(Config { threads, ratio })
}

fn report(e: &dyn Error) {
    eprintln!("error: {e}");
    let mut cur = e.source();
    while let Some(cause) = cur {
        eprintln!("  caused by: {cause}");
        cur = cause.source();
    }
}

fn main() {
    match parse(&[("threads", "4"), ("ratio", "0.5")]) {
        Ok(c) => println!("{c:?}"),
        Err(e) => report(&e),
    }
    if let Err(e) = parse(&[("threads", "x")]) {
        report(&e);
    }
    let io_err = ConfigError::Io { path: "/etc/x".into(), source: io::Error::new(io::ErrorKind::NotFound, "gone") };
    report(&io_err);
}
