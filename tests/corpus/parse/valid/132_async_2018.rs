// edition:2018
// Async code in the 2018 edition: async blocks, dyn Future, and `async move` closures are avoided.
use std::future::Future;
use std::pin::Pin;

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

trait Handler: Send + Sync {
    fn handle<'a>(&'a self, req: &'a str) -> BoxFuture<'a, String>;
}

struct Echo;

impl Handler for Echo {
    fn handle<'a>(&'a self, req: &'a str) -> BoxFuture<'a, String> {
        Box::pin(async move { format!("echo: {}", req) })
    }
}

struct Upper {
    prefix: String,
}

impl Handler for Upper {
    fn handle<'a>(&'a self, req: &'a str) -> BoxFuture<'a, String> {
        Box::pin(async move {
            let body = req.to_uppercase();
            format!("{}{}", self.prefix, body)
        })
    }
}

async fn dispatch(handlers: &[Box<dyn Handler>], req: &str) -> Vec<String> {
    let mut out = Vec::new();
    for h in handlers {
        out.push(h.handle(req).await);
    }
    out
}

fn main() {
    let handlers: Vec<Box<dyn Handler>> = vec![Box::new(Echo), Box::new(Upper { prefix: "> ".into() })];
    let fut = dispatch(&handlers, "hi");
    std::mem::drop(fut);
}
