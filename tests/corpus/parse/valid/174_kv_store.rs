// edition:2024
// An in-memory key-value store with a command language, transactions and snapshots.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i64),
    Text(String),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(n) => write!(f, "{n}"),
            Value::Text(s) => write!(f, "{s:?}"),
        }
    }
}

#[derive(Debug)]
enum Cmd<'a> {
    Set(&'a str, Value),
    Get(&'a str),
    Del(&'a str),
    Incr(&'a str, i64),
    Begin,
    Commit,
    Rollback,
}

#[derive(Default)]
struct Store {
    data: BTreeMap<String, Value>,
    snapshots: Vec<BTreeMap<String, Value>>,
}

fn parse(line: &str) -> Result<Cmd<'_>, String> {
    let mut words = line.split_whitespace();
    let verb = words.next().ok_or("empty command")?;
    let mut arg = |what: &str| words.next().ok_or(format!("{verb}: missing {what}"));
    Ok(match verb.to_ascii_uppercase().as_str() {
        "SET" => {
            let key = arg("key")?;
            let raw = arg("value")?;
            let value = raw.parse().map(Value::Int).unwrap_or_else(|_| Value::Text(raw.to_string()));
            Cmd::Set(key, value)
        }
        "GET" => Cmd::Get(arg("key")?),
        "DEL" => Cmd::Del(arg("key")?),
        "INCR" => {
            let key = arg("key")?;
            let by = match arg("amount") {
                Ok(s) => s.parse().map_err(|e| format!("INCR: {e}"))?,
                Err(_) => 1,
            };
            Cmd::Incr(key, by)
        }
        "BEGIN" => Cmd::Begin,
        "COMMIT" => Cmd::Commit,
        "ROLLBACK" => Cmd::Rollback,
        other => return Err(format!("unknown command {other}")),
    })
}

impl Store {
    fn exec(&mut self, cmd: Cmd<'_>) -> Result<String, String> {
        match cmd {
            Cmd::Set(k, v) => {
                self.data.insert(k.to_string(), v);
                Ok("OK".into())
            }
            Cmd::Get(k) => Ok(self.data.get(k).map_or("(nil)".to_string(), Value::to_string)),
            Cmd::Del(k) => Ok(u8::from(self.data.remove(k).is_some()).to_string()),
            Cmd::Incr(k, by) => match self.data.entry(k.to_string()).or_insert(Value::Int(0)) {
                Value::Int(n) => {
                    *n += by;
                    Ok(n.to_string())
                }
                Value::Text(_) => Err(format!("{k} is not an integer")),
            },
            Cmd::Begin => {
                self.snapshots.push(self.data.clone());
                Ok("BEGIN".into())
            }
            Cmd::Commit => self.snapshots.pop().map(|_| "COMMIT".into()).ok_or("no transaction".into()),
            Cmd::Rollback => {
                let Some(snap) = self.snapshots.pop() else { return Err("no transaction".into()) };
                self.data = snap;
                Ok("ROLLBACK".into())
            }
        }
    }
}

fn main() {
    let mut store = Store::default();
    let script = "SET a 1\nINCR a 41\nSET name ferris\nBEGIN\nDEL a\nGET a\nROLLBACK\nGET a\nINCR name\nFLY\nCOMMIT";
    for line in script.lines() {
        let out = parse(line).and_then(|c| store.exec(c));
        match out {
            Ok(s) => println!("{line:<14} -> {s}"),
            Err(e) => println!("{line:<14} !! {e}"),
        }
    }
}
