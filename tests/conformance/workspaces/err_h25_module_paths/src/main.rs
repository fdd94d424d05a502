//! A key-value store whose module files are in the wrong places.
mod store;
mod cache;
mod journal;
mod shards {
    // Looks for src/shards/ring.rs, which does not exist (it is at src/ring.rs).
    pub mod ring;
}

fn main() {
    let mut s = store::Store::new();
    s.put(3, 30);
    println!("{} {}", s.get(3), cache::hit_rate());
    println!("{}", journal::entries());
}
