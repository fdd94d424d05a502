// edition:2024
// An LRU cache built from a HashMap and a VecDeque recency list.
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: VecDeque<K>,
    hits: u64,
    misses: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn with_capacity(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        Self { capacity, map: HashMap::with_capacity(capacity), order: VecDeque::new(), hits: 0, misses: 0 }
    }

    fn touch(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).expect("position is valid");
            self.order.push_back(k);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if self.map.contains_key(key) {
            self.hits += 1;
            self.touch(key);
            self.map.get(key)
        } else {
            self.misses += 1;
            None
        }
    }

    pub fn put(&mut self, key: K, value: V) -> Option<V> {
        if let Some(old) = self.map.insert(key.clone(), value) {
            self.touch(&key);
            return Some(old);
        }
        self.order.push_back(key);
        if self.order.len() > self.capacity
            && let Some(evicted) = self.order.pop_front()
        {
            self.map.remove(&evicted);
        }
        None
    }

    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &V {
        if !self.map.contains_key(&key) {
            self.put(key.clone(), make());
        }
        self.get(&key).unwrap()
    }

    pub fn hit_rate(&self) -> f64 {
        let total = self.hits + self.misses;
        if total == 0 { 0.0 } else { self.hits as f64 / total as f64 }
    }
}

fn main() {
    let mut cache = LruCache::with_capacity(2);
    cache.put("a", 1);
    cache.put("b", 2);
    let _ = cache.get(&"a");
    cache.put("c", 3);
    let a = cache.get(&"a").copied();
    let b = cache.get(&"b").copied();
    println!("{a:?} {b:?} {:?}", cache.get(&"c"));
    let v = *cache.get_or_insert_with("d", || 4);
    println!("{v} {:.2}", cache.hit_rate());
}
