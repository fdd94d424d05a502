use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type Registry = Arc<Mutex<HashMap<String, Vec<u32>>>;

fn register(reg: &Registry, name: &str, id: u32) {
    reg.lock().unwrap().entry(name.to_string()).or_default().push(id);
}

fn main() {
    let reg: Registry = Arc::new(Mutex::new(HashMap::new()));
    register(&reg, "workers", 1);
    register(&reg, "workers", 2);
    println!("{:?}", reg.lock().unwrap().get("workers"));
}
