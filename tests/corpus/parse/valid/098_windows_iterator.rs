// Iterators that borrow from their source: windows over a slice, a line splitter, a lending-free split.
pub struct Windows<'a, T> {
    slice: &'a [T],
    size: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.slice.len() < self.size {
            return None;
        }
        let w = &self.slice[..self.size];
        self.slice = &self.slice[1..];
        Some(w)
    }
}

pub fn windows<T>(slice: &[T], size: usize) -> Windows<'_, T> {
    assert!(size > 0);
    Windows { slice, size }
}

pub struct SplitKeep<'s> {
    rest: &'s str,
    sep: char,
}

impl<'s> Iterator for SplitKeep<'s> {
    type Item = &'s str;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let end = self.rest.find(self.sep).map_or(self.rest.len(), |i| i + self.sep.len_utf8());
        let (head, tail) = self.rest.split_at(end);
        self.rest = tail;
        Some(head)
    }
}

fn moving_average(xs: &[f64], n: usize) -> Vec<f64> {
    windows(xs, n).map(|w| w.iter().sum::<f64>() / n as f64).collect()
}

fn main() {
    let v = [1, 2, 3, 4, 5];
    let sums: Vec<i32> = windows(&v, 3).map(|w| w.iter().sum()).collect();
    println!("{sums:?}");
    println!("{:?}", moving_average(&[1.0, 2.0, 6.0, 3.0], 2));
    let parts: Vec<&str> = SplitKeep { rest: "a;b;;c", sep: ';' }.collect();
    println!("{parts:?}");
    let increasing = windows(&v, 2).all(|w| matches!(w, [a, b] if a < b));
    println!("{increasing}");
}
