// An impl block with `pub async` typed but no `fn` yet, as an editor sees it mid-edit.
use std::collections::HashMap;

pub struct Cache {
    entries: HashMap<String, String>,
}

impl Cache {
    pub fn new() -> Self {
        Cache { entries: HashMap::new() }
    }

    pub fn get(&self, key: &str) -> Option<&String> {
        self.entries.get(key)
    }

    pub async
}

fn main() {
    let cache = Cache::new();
    println!("{:?}", cache.get("a"));
}
