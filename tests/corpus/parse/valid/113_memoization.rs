// Memoisation with a HashMap-backed cache struct wrapping a function pointer and a recursive closure.
use std::collections::HashMap;
use std::hash::Hash;

pub struct Memo<A, R> {
    f: fn(&mut Memo<A, R>, A) -> R,
    cache: HashMap<A, R>,
    calls: usize,
}

impl<A: Hash + Eq + Clone, R: Clone> Memo<A, R> {
    pub fn new(f: fn(&mut Memo<A, R>, A) -> R) -> Self {
        Memo { f, cache: HashMap::new(), calls: 0 }
    }

    pub fn get(&mut self, a: A) -> R {
        if let Some(r) = self.cache.get(&a) {
            return r.clone();
        }
        self.calls += 1;
        let r = (self.f)(self, a.clone());
        self.cache.insert(a, r.clone());
        r
    }
}

fn fib(m: &mut Memo<u64, u128>, n: u64) -> u128 {
    if n < 2 { n as u128 } else { m.get(n - 1) + m.get(n - 2) }
}

fn grid_paths(m: &mut Memo<(u32, u32), u64>, (r, c): (u32, u32)) -> u64 {
    match (r, c) {
        (0, _) | (_, 0) => 1,
        _ => m.get((r - 1, c)) + m.get((r, c - 1)),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut cache = HashMap::new();
    fn go(a: &[char], b: &[char], i: usize, j: usize, cache: &mut HashMap<(usize, usize), usize>) -> usize {
        if i == a.len() {
            return b.len() - j;
        }
        if j == b.len() {
            return a.len() - i;
        }
        if let Some(&v) = cache.get(&(i, j)) {
            return v;
        }
        let v = if a[i] == b[j] {
            go(a, b, i + 1, j + 1, cache)
        } else {
            1 + go(a, b, i + 1, j, cache).min(go(a, b, i, j + 1, cache)).min(go(a, b, i + 1, j + 1, cache))
        };
        cache.insert((i, j), v);
        v
    }
    go(&a, &b, 0, 0, &mut cache)
}

fn main() {
    let mut f = Memo::new(fib);
    println!("fib(90) = {} after {} calls", f.get(90), f.calls);
    let mut g = Memo::new(grid_paths);
    println!("paths(16,16) = {}", g.get((16, 16)));
    println!("{}", edit_distance("kitten", "sitting"));
}
