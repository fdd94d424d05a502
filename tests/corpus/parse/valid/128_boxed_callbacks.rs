// Closures stored in struct fields: Box<dyn Fn>, generic F fields, and Vec of FnMut.
use std::collections::HashMap;

pub struct Validator<T> {
    rules: Vec<(String, Box<dyn Fn(&T) -> bool>)>,
}

impl<T> Validator<T> {
    pub fn new() -> Self {
        Validator { rules: Vec::new() }
    }

    pub fn rule(mut self, name: &str, f: impl Fn(&T) -> bool + 'static) -> Self {
        self.rules.push((name.to_string(), Box::new(f)));
        self
    }

    pub fn check(&self, v: &T) -> Vec<&str> {
        self.rules.iter().filter(|(_, f)| !f(v)).map(|(n, _)| n.as_str()).collect()
    }
}

pub struct Retry<F>
where
    F: FnMut(u32) -> Result<String, String>,
{
    op: F,
    max: u32,
}

impl<F> Retry<F>
where
    F: FnMut(u32) -> Result<String, String>,
{
    pub fn run(&mut self) -> Result<String, Vec<String>> {
        let mut errors = Vec::new();
        for attempt in 1..=self.max {
            match (self.op)(attempt) {
                Ok(v) => return Ok(v),
                Err(e) => errors.push(e),
            }
        }
        Err(errors)
    }
}

type Command = Box<dyn FnMut(&[&str]) -> String>;

fn main() {
    let v = Validator::new()
        .rule("non-empty", |s: &String| !s.is_empty())
        .rule("short", |s| s.len() < 8)
        .rule("lowercase", |s| s.chars().all(|c| !c.is_uppercase()));
    println!("{:?} {:?}", v.check(&"hello".to_string()), v.check(&"HelloWorld".to_string()));
    let mut r = Retry { op: |n| if n < 3 { Err(format!("attempt {n} failed")) } else { Ok("done".into()) }, max: 5 };
    println!("{:?}", r.run());
    let mut counter = 0;
    let mut commands: HashMap<&str, Command> = HashMap::new();
    commands.insert("echo", Box::new(|args| args.join(" ")));
    commands.insert("count", Box::new(move |args| {
        counter += args.len();
        counter.to_string()
    }));
    for line in ["echo hi there", "count a b", "count c", "nope"] {
        let parts: Vec<&str> = line.split(' ').collect();
        let out = match commands.get_mut(parts[0]) {
            Some(cmd) => cmd(&parts[1..]),
            None => format!("unknown: {}", parts[0]),
        };
        println!("{out}");
    }
}
