// Parsing an HTTP/1.1 request head: request line, headers, case-insensitive lookup.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

#[derive(Debug)]
pub struct Request<'a> {
    pub method: Method,
    pub path: &'a str,
    pub version: (u8, u8),
    headers: HashMap<String, &'a str>,
}

#[derive(Debug)]
pub enum ParseError {
    Empty,
    BadRequestLine(String),
    BadHeader { line: usize },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty request"),
            ParseError::BadRequestLine(l) => write!(f, "bad request line: {l:?}"),
            ParseError::BadHeader { line } => write!(f, "bad header on line {line}"),
        }
    }
}

impl std::error::Error for ParseError {}

fn parse_method(s: &str) -> Option<Method> {
    Some(match s {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "DELETE" => Method::Delete,
        _ => return None,
    })
}

pub fn parse(text: &str) -> Result<Request<'_>, ParseError> {
    let mut lines = text.split("\r\n");
    let first = lines.next().filter(|l| !l.is_empty()).ok_or(ParseError::Empty)?;
    let bad = || ParseError::BadRequestLine(first.to_string());
    let mut parts = first.splitn(3, ' ');
    let method = parts.next().and_then(parse_method).ok_or_else(bad)?;
    let path = parts.next().ok_or_else(bad)?;
    let version = match parts.next() {
        Some("HTTP/1.0") => (1, 0),
        Some("HTTP/1.1") => (1, 1),
        _ => return Err(bad()),
    };
    let mut headers = HashMap::new();
    for (i, line) in lines.enumerate() {
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').ok_or(ParseError::BadHeader { line: i + 2 })?;
        headers.insert(name.trim().to_ascii_lowercase(), value.trim());
    }
    Ok(Request { method, path, version, headers })
}

impl<'a> Request<'a> {
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers.get(&name.to_ascii_lowercase()).copied()
    }
}

fn main() {
    let raw = "GET /index.html HTTP/1.1\r\nHost: example.org\r\nContent-Length: 0\r\n\r\n";
    match parse(raw) {
        Ok(req) => println!("{:?} {} {:?} {:?}", req.method, req.path, req.version, req.header("HOST")),
        Err(e) => eprintln!("{e}"),
    }
    if let Err(e) = parse("FETCH / HTTP/1.1") {
        println!("{e}");
    }
}
