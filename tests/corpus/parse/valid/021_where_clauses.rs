// Where clauses on fns, impls, structs, traits; bounds on projections and on concrete types.
use std::collections::HashMap;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::ops::Add;

pub fn group_by<T, K, F>(items: Vec<T>, key: F) -> HashMap<K, Vec<T>>
where
    K: Eq + Hash,
    F: Fn(&T) -> K,
{
    let mut groups: HashMap<K, Vec<T>> = HashMap::new();
    for item in items {
        groups.entry(key(&item)).or_default().push(item);
    }
    groups
}

pub fn sum_all<I>(iter: I) -> I::Item
where
    I: Iterator,
    I::Item: Add<Output = I::Item> + Default,
{
    iter.fold(Default::default(), |acc, x| acc + x)
}

pub struct Cache<K, V>
where
    K: Eq + Hash,
{
    map: HashMap<K, V>,
}

impl<K, V> Cache<K, V>
where
    K: Eq + Hash + Clone,
    V: Clone,
{
    pub fn get_or<F: FnOnce() -> V>(&mut self, k: &K, make: F) -> V {
        self.map.entry(k.clone()).or_insert_with(make).clone()
    }
}

pub trait Report
where
    Self: Debug,
{
    fn report(&self) -> String
    where
        Self: Display,
    {
        format!("{} / {:?}", self, self)
    }
}

fn print_pair<A, B>(a: A, b: B)
where
    A: Display,
    B: Display,
    Vec<A>: Debug,
    (A, B):,
{
    println!("{a} {b}");
}

fn empty_where<T>(t: T) -> T where {
    t
}

fn lifetime_where<'a, 'b, T>(x: &'a T, _y: &'b T) -> &'a T
where
    'b: 'a,
    T: 'a + ?Sized,
{
    x
}

fn main() {
    let g = group_by(vec![1, 2, 3, 4, 5], |x| x % 2);
    let mut c = Cache { map: HashMap::new() };
    let v = c.get_or(&"k", || 5);
    print_pair(sum_all(1..=4), v);
    println!("{} {} {}", g.len(), empty_where(3), lifetime_where("a", "b"));
}
