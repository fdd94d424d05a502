// Newtypes with Deref/DerefMut, AsRef, Borrow, and a validated string type.
use std::borrow::Borrow;
use std::collections::HashSet;
use std::ops::{Deref, DerefMut};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(s: &str) -> Result<Self, String> {
        let ok = !s.is_empty() && s.len() <= 16 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if ok { Ok(Username(s.to_owned())) } else { Err(format!("invalid username {s:?}")) }
    }
}

impl Deref for Username {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Username {
    fn as_ref(&self) -> &str {
        self
    }
}

impl Borrow<str> for Username {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Default)]
pub struct Sorted<T: Ord>(Vec<T>);

impl<T: Ord> Sorted<T> {
    pub fn insert(&mut self, v: T) {
        let pos = self.0.binary_search(&v).unwrap_or_else(|e| e);
        self.0.insert(pos, v);
    }
}

impl<T: Ord> Deref for Sorted<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

pub struct Tracked<T> {
    value: T,
    writes: usize,
}

impl<T> Deref for Tracked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Tracked<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.writes += 1;
        &mut self.value
    }
}

fn shout(s: impl AsRef<str>) -> String {
    s.as_ref().to_uppercase()
}

fn main() {
    let u = Username::parse("ferris_42").unwrap();
    let mut set = HashSet::new();
    set.insert(u.clone());
    println!("{} {} {} {}", u.len(), u.starts_with("fer"), shout(&*u), set.contains("ferris_42"));
    println!("{:?}", Username::parse("no spaces"));
    let mut s = Sorted::default();
    for x in [5, 1, 4, 2] {
        s.insert(x);
    }
    println!("{:?} first={:?} {}", &*s, s.first(), s.contains(&4));
    let mut t = Tracked { value: vec![1], writes: 0 };
    t.push(2);
    t.push(3);
    println!("{:?} len={} writes={}", *t, t.len(), t.writes);
}
