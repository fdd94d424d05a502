// A generic bounded stack with trait impls (Default, FromIterator, Extend, IntoIterator, Display).
use std::fmt::{self, Display};
use std::iter::FromIterator;

#[derive(Debug, Clone, PartialEq)]
pub struct Stack<T> {
    items: Vec<T>,
    limit: Option<usize>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Overflow<T>(pub T);

impl<T> Default for Stack<T> {
    fn default() -> Self {
        Stack { items: Vec::new(), limit: None }
    }
}

impl<T> Stack<T> {
    pub fn bounded(limit: usize) -> Self {
        Stack { items: Vec::with_capacity(limit), limit: Some(limit) }
    }

    pub fn push(&mut self, v: T) -> Result<(), Overflow<T>> {
        match self.limit {
            Some(l) if self.items.len() >= l => Err(Overflow(v)),
            _ => {
                self.items.push(v);
                Ok(())
            }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> FromIterator<T> for Stack<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Stack { items: iter.into_iter().collect(), limit: None }
    }
}

impl<T> Extend<T> for Stack<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            if self.push(v).is_err() {
                break;
            }
        }
    }
}

impl<T> IntoIterator for Stack<T> {
    type Item = T;
    type IntoIter = std::iter::Rev<std::vec::IntoIter<T>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().rev()
    }
}

impl<T: Display> Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{item}")?;
        }
        write!(f, "]")
    }
}

fn main() {
    let mut s: Stack<i32> = (1..=3).collect();
    s.extend(vec![4, 5]);
    let mut b = Stack::bounded(1);
    b.push('a').unwrap();
    assert_eq!(b.push('b'), Err(Overflow('b')));
    println!("{s} {:?} {:?} {} {}", s.peek(), b.pop(), b.is_empty(), s.len());
    let drained: Vec<i32> = s.into_iter().collect();
    println!("{drained:?}");
}
