// A nested use group with one misspelled item, plus a `self` import of a module that is not there.
mod net {
    pub mod http {
        pub fn get(path: &str) -> u16 {
            if path.is_empty() { 400 } else { 200 }
        }
        pub fn post(path: &str) -> u16 {
            if path.len() > 3 { 201 } else { 400 }
        }
    }
}

use net::http::{get, post, delete};
use net::ftp::{self};

fn main() {
    println!("{} {}", get("/"), post("/items"));
}
