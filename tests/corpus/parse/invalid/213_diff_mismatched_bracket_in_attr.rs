// An attribute inside a struct closes its `(` with `]`, so the struct's `}` is left over.
#[derive(Debug, Default)]
pub struct Request {
    pub method: String,
    pub path: String,
    #[allow(unused])
    body: Option<Vec<u8>>,
}

impl Request {
    pub fn get(path: &str) -> Self {
        Request { method: "GET".into(), path: path.into(), ..Default::default() }
    }
}

fn main() {
    println!("{:?}", Request::get("/"));
}
