// Enum variants re-exported with globs and renames.
mod http {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Method {
        Get,
        Post,
        Delete,
    }
    pub use self::Method::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Status {
        Ok,
        NotFound,
    }
    pub use self::Status::{NotFound as Missing, Ok as Done};
}

mod router {
    use crate::http::{self, Method, Status};

    pub fn route(m: Method, path: u32) -> Status {
        match (m, path) {
            (http::Get, 0) => http::Done,
            (Method::Post, _) => Status::Ok,
            (http::Delete, p) if p > 10 => http::Missing,
            _ => Status::NotFound,
        }
    }
}

use http::{Delete, Get, Post};

fn main() {
    let calls = [(Get, 0), (Post, 3), (Delete, 20), (Get, 5)];
    for (m, p) in calls {
        println!("{:?} {} -> {:?}", m, p, router::route(m, p));
    }
}
