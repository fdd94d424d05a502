// edition:2024
// let chains in if and while conditions (edition 2024).
use std::collections::HashMap;

#[derive(Debug)]
struct User {
    name: String,
    age: Option<u32>,
    email: Option<String>,
}

fn adult_email(u: &User) -> Option<&str> {
    if let Some(age) = u.age
        && age >= 18
        && let Some(email) = &u.email
        && email.contains('@')
    {
        Some(email.as_str())
    } else {
        None
    }
}

fn first_even_pair(v: &[(i32, i32)]) -> Option<(i32, i32)> {
    let mut it = v.iter();
    while let Some(&(a, b)) = it.next()
        && a >= 0
    {
        if a % 2 == 0 && let 0 = b % 2 {
            return Some((a, b));
        }
    }
    None
}

fn config_port(cfg: &HashMap<&str, &str>) -> u16 {
    if let Some(raw) = cfg.get("port") && let Ok(p) = raw.parse::<u16>() && p > 1024 {
        p
    } else if let Some(_) = cfg.get("default") {
        8080
    } else {
        80
    }
}

fn main() {
    let u = User { name: "ann".into(), age: Some(30), email: Some("a@b.c".into()) };
    println!("{} {:?}", u.name, adult_email(&u));
    println!("{:?}", first_even_pair(&[(1, 2), (4, 6), (-1, 0)]));
    let mut cfg = HashMap::new();
    cfg.insert("port", "9000");
    println!("{}", config_port(&cfg));
    let x = Some(3);
    let matched = if let Some(n) = x && n > 2 && true { n } else { 0 };
    println!("{matched}");
}
