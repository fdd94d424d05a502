// edition:2024
// Async functions, async blocks (move and not), async closures, .await chains.
use std::future::Future;
use std::pin::Pin;

async fn fetch(id: u32) -> Result<String, String> {
    if id == 0 { Err("bad id".into()) } else { Ok(format!("item{id}")) }
}

async fn fetch_all(ids: &[u32]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for &id in ids {
        out.push(fetch(id).await?);
    }
    Ok(out)
}

async fn run_twice<F>(f: F) -> u32
where
    F: AsyncFn(u32) -> u32,
{
    f(1).await + f(2).await
}

fn boxed(id: u32) -> Pin<Box<dyn Future<Output = usize> + Send>> {
    Box::pin(async move {
        let s = fetch(id).await.unwrap_or_default();
        s.len()
    })
}

struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> String {
        format!("{}/{}", self.base, path)
    }

    async fn chain(&self) -> usize {
        self.get("a").await.len() + self.get("b").await.trim().len()
    }
}

fn main() {
    let offset = 10;
    let add = async |x: u32| x + offset;
    let add_move = async move |x: u32| -> u32 { x * offset };
    let block = async { fetch_all(&[1, 2]).await.map(|v| v.len()) };
    let block_move = async move { offset + 1 };
    let c = Client { base: "http://local".into() };
    let fut = async {
        let a = run_twice(add).await;
        let b = run_twice(add_move).await;
        let n = block.await.unwrap_or(0) as u32 + block_move.await;
        let len = boxed(3).await + c.chain().await;
        a + b + n + len as u32
    };
    drop(fut);
}
