use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
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

#[derive(Default)]
pub struct Store {
    data: HashMap<String, Value>,
    writes: u64,
}

impl Store {
    pub fn set(&mut self, key: &str, value: Value) -> Option<Value> {
        self.writes += 1;
        self.data.insert(key.to_string(), value)
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.data.get(key)
    }

    pub fn incr(&mut self, key: &str, by: i64) -> Result<i64, String> {
        let entry = self.data.entry(key.to_string()).or_insert(Value::Int(0));
        match entry {
            Value::Int(n) => {
                *n += by
                self.writes += 1;
                Ok(*n)
            }
            Value::Text(_) => Err(format!("{key} is not a number")),
        }
    }

    pub fn dump(&self) -> Vec<String> {
        let mut keys: Vec<&String> = self.data.keys().collect();
        keys.sort();
        keys.into_iter().map(|k| format!("{k} = {}", self.data[k])).collect()
    }
}

fn main() {
    let mut s = Store::default();
    s.set("name", Value::Text("ferris".into()));
    println!("{:?}", s.incr("visits", 1));
    println!("{:?}", s.incr("name", 1));
    for line in s.dump() {
        println!("{line}");
    }
    println!("{:?} writes={}", s.get("visits"), s.writes);
}
