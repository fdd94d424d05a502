// edition:2021
use std::collections::HashMap;

fn port(config: &HashMap<String, String>) -> u16 {
    if let Some(raw) = config.get("port") && let Ok(p) = raw.parse::<u16>() {
        p
    } else {
        8080
    }
}

fn main() {
    let mut c = HashMap::new();
    c.insert("port".to_string(), "9000".to_string());
    println!("{}", port(&c));
}
