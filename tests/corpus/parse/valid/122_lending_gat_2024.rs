// edition:2024
// Generic associated types: a lending iterator over overlapping mutable windows.
pub trait LendingIterator {
    type Item<'a>
    where
        Self: 'a;

    fn next<'a>(&'a mut self) -> Option<Self::Item<'a>>;
}

pub struct WindowsMut<'t, T> {
    slice: &'t mut [T],
    start: usize,
    size: usize,
}

impl<'t, T> LendingIterator for WindowsMut<'t, T> {
    type Item<'a>
        = &'a mut [T]
    where
        Self: 'a;

    fn next<'a>(&'a mut self) -> Option<Self::Item<'a>> {
        let window = self.slice.get_mut(self.start..self.start + self.size)?;
        self.start += 1;
        Some(window)
    }
}

pub trait Family {
    type Member<T>: Clone
    where
        T: Clone;
    fn wrap<T: Clone>(t: T) -> Self::Member<T>;
}

pub struct OptionFamily;

impl Family for OptionFamily {
    type Member<T> = Option<T> where T: Clone;

    fn wrap<T: Clone>(t: T) -> Option<T> {
        Some(t)
    }
}

fn wrap_twice<F: Family>(x: u8) -> (F::Member<u8>, F::Member<String>) {
    (F::wrap(x), F::wrap(x.to_string()))
}

fn main() {
    let mut data = [1, 2, 3, 4, 5];
    let mut it = WindowsMut { slice: &mut data, start: 0, size: 2 };
    while let Some(w) = it.next() {
        w[1] += w[0];
    }
    println!("{data:?}");
    println!("{:?}", wrap_twice::<OptionFamily>(7));
}
