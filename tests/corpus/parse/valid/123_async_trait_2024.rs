// edition:2024
// async fn in traits and return-position impl Future in traits.
use std::collections::HashMap;
use std::future::Future;

pub trait Storage {
    async fn get(&self, key: &str) -> Option<String>;
    async fn put(&mut self, key: &str, value: String) -> bool;

    fn len_hint(&self) -> impl Future<Output = usize> + Send
    where
        Self: Sync,
    {
        async { 0 }
    }
}

#[derive(Default)]
pub struct MemStore {
    map: HashMap<String, String>,
}

impl Storage for MemStore {
    async fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }

    async fn put(&mut self, key: &str, value: String) -> bool {
        self.map.insert(key.to_owned(), value).is_none()
    }

    fn len_hint(&self) -> impl Future<Output = usize> + Send {
        let n = self.map.len();
        async move { n }
    }
}

pub async fn copy_key<S: Storage>(store: &mut S, from: &str, to: &str) -> Result<(), String> {
    let Some(v) = store.get(from).await else {
        return Err(format!("missing {from}"));
    };
    if !store.put(to, v).await {
        return Err(format!("{to} already existed"));
    }
    Ok(())
}

fn main() {
    let mut store = MemStore::default();
    let job = async move {
        store.put("a", "1".into()).await;
        let r = copy_key(&mut store, "a", "b").await;
        let n = store.len_hint().await;
        (r, n)
    };
    drop(job);
}
