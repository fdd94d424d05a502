// edition:2024
// Lazily initialised statics with OnceLock and LazyLock, and a global registry behind a Mutex.
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, OnceLock};

static CONFIG: OnceLock<HashMap<&'static str, String>> = OnceLock::new();

static KEYWORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = vec!["fn", "let", "match", "impl", "trait"];
    v.sort_unstable();
    v
});

static REGISTRY: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn config() -> &'static HashMap<&'static str, String> {
    CONFIG.get_or_init(|| {
        let mut m = HashMap::new();
        m.insert("mode", std::env::var("APP_MODE").unwrap_or_else(|_| "dev".to_string()));
        m.insert("level", "info".to_string());
        m
    })
}

fn is_keyword(s: &str) -> bool {
    KEYWORDS.binary_search(&s).is_ok()
}

fn register(name: impl Into<String>) -> usize {
    let mut r = REGISTRY.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    r.push(name.into());
    r.len()
}

fn main() {
    println!("{:?} {:?}", config().get("mode"), config().get("level"));
    println!("{} {}", is_keyword("impl"), is_keyword("struct"));
    register("a");
    let n = register(String::from("b"));
    println!("{n} {:?}", REGISTRY.lock().unwrap());
}
